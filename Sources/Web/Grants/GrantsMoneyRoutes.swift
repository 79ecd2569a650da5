import Export
import Foundation
import Grants
import Identity
import KechuangCore
import Projects
import Storage
import Vapor

extension Request {
    var moneyProjects: GrantProjects { GrantProjects(db: db, now: services.now) }
    var expenditures: Expenditures { Expenditures(db: db, now: services.now) }
    var budgetAdjustments: BudgetAdjustments { BudgetAdjustments(db: db, now: services.now) }
    var tranches: Tranches { Tranches(db: db, now: services.now) }
    var subTasks: SubTasks { SubTasks(db: db, now: services.now) }
    var executionReports: ExecutionReports { ExecutionReports(db: db, now: services.now) }
    var inspections: Inspections { Inspections(db: db, now: services.now) }
}

/// Project money (Art. 22, 50(2)), sub-tasks under chief-scientist responsibility (Art. 29) and
/// the one inspection plan (Art. 50(3)). Which project or entry a person may see or change is the
/// services' (`ProjectAccess`, `InspectionAccess`); a refused one is a 404 like a missing one.
struct GrantsMoneyRoutes {
    func register(on routes: any RoutesBuilder) {
        let any = SiteURL.anyID
        routes.on(.GET, GrantsMoneyURL.money(any), action: .viewProjectMoney, use: execution)
        routes.on(.GET, GrantsMoneyURL.moneyCSV(any), action: .viewProjectMoney, use: executionCSV)
        routes.on(.GET, GrantsMoneyURL.moneyXLSX(any), action: .viewProjectMoney, use: executionXLSX)
        routes.on(.GET, GrantsMoneyURL.expenditures(any), action: .viewProjectMoney, use: expenditures)
        routes.on(.POST, GrantsMoneyURL.expenditures(any), action: .recordProjectExpenditure, bodyLimit: BodyLimit.upload, use: recordExpenditure)
        routes.on(.GET, GrantsMoneyURL.expenditureReceipt(any), action: .viewProjectMoney, use: receipt)
        routes.on(.POST, GrantsMoneyURL.expenditureDecision(any), action: .decideProjectMoney, use: decideExpenditure)
        routes.on(.GET, GrantsMoneyURL.tranches(any), action: .viewProjectMoney, use: tranches)
        routes.on(.POST, GrantsMoneyURL.tranches(any), action: .decideProjectMoney, use: release)
        routes.on(.POST, GrantsMoneyURL.milestones(any), action: .reportProjectMilestones, use: reportMilestone)
        routes.on(.GET, GrantsMoneyURL.budget(any), action: .viewProjectMoney, use: budget)
        routes.on(.POST, GrantsMoneyURL.budget(any), action: .recordProjectExpenditure, use: adjust)
        routes.on(.POST, GrantsMoneyURL.adjustmentDecision(any), action: .decideProjectMoney, use: decideAdjustment)
        routes.on(.GET, GrantsMoneyURL.subTasks(any), action: .viewProjectMoney, use: subTasks)
        routes.on(.POST, GrantsMoneyURL.subTasks(any), action: .allocateSubTasks, use: allocate)
        routes.on(.GET, GrantsMoneyURL.approvals, action: .decideProjectMoney, use: approvals)
        routes.on(.GET, GrantsMoneyURL.programmes, action: .decideProjectMoney, use: programmes)
        routes.on(.GET, GrantsMoneyURL.programme(any), action: .decideProjectMoney, use: programme)
        routes.on(.GET, GrantsMoneyURL.programmeCSV(any), action: .decideProjectMoney, use: programmeCSV)
        routes.on(.GET, GrantsMoneyURL.programmeXLSX(any), action: .decideProjectMoney, use: programmeXLSX)
        InspectionRoutes().register(on: routes)
    }

    // MARK: Helpers

    static func person(_ req: Request) throws -> Person { try req.requirePrincipal().person }

    static func project(_ req: Request, for action: ProjectAccess.Action = .view) async throws -> Project {
        try await req.moneyProjects.find(try req.idParameter(as: Project.ID.self), as: try person(req), for: action)
    }

    static func values(_ req: Request) throws -> [String: String] { try req.content.decode([String: String].self) }

    static func download(_ data: Data, type: String, filename: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: type)
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename)\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    // MARK: Execution

    @Sendable func execution(req: Request) async throws -> Response {
        let project = try await Self.project(req)
        let summary = try await req.executionReports.project(project.id, as: try Self.person(req))
        return PageRenderer.response(ExecutionPage(project: project, summary: summary).render(PageContext(req)))
    }

    @Sendable func executionCSV(req: Request) async throws -> Response {
        let project = try await Self.project(req)
        let summary = try await req.executionReports.project(project.id, as: try Self.person(req))
        return Self.download(CSVWriter.csv(ExecutionPage.table(summary, PageContext(req))), type: "text/csv; charset=utf-8",
                             filename: "execution-\(project.number).csv")
    }

    @Sendable func executionXLSX(req: Request) async throws -> Response {
        let project = try await Self.project(req)
        let summary = try await req.executionReports.project(project.id, as: try Self.person(req))
        return Self.download(XLSXWriter.xlsx(ExecutionPage.table(summary, PageContext(req)), sheetName: "execution"), type: Self.xlsxType,
                             filename: "execution-\(project.number).xlsx")
    }

    // MARK: Expenditure lines

    func expenditurePage(_ req: Request, _ project: Project, values: [String: String] = [:], errors: [FieldError] = []) async throws -> ExpenditurePage {
        let person = try Self.person(req)
        let call = try await req.calls.find(Call.ID(project.callID))
        return ExpenditurePage(project: project, lines: try await req.expenditures.list(project.id, as: person), negativeList: call.negativeList,
                               mayRecord: ProjectAccess.may(.approve, project, as: person) && [.running, .acceptance].contains(project.status),
                               mayDecide: ProjectAccess.may(.manage, project, as: person), values: values, errors: errors)
    }

    @Sendable func expenditures(req: Request) async throws -> Response {
        let project = try await Self.project(req)
        return PageRenderer.response(try await expenditurePage(req, project).render(PageContext(req)))
    }

    struct LineForm: Content {
        var category: String?
        var amount: String?
        var date: String?
        var payee_kind: String?
        var payee: String?
        var description: String?
        var receipt: File?
    }

    @Sendable func recordExpenditure(req: Request) async throws -> Response {
        let project = try await Self.project(req, for: .approve)
        let form = try req.content.decode(LineForm.self)
        let values = ["category": form.category ?? "", "amount": form.amount ?? "", "date": form.date ?? "", "payee_kind": form.payee_kind ?? "",
                      "payee": form.payee ?? "", "description": form.description ?? ""]
        do {
            let (input, reading) = ExpenditureForm.expenditure(values)
            if !reading.isEmpty {
                throw DomainError.validation(ExpenditureForm.merged(reading, ExpenditureRules.input.violations(of: input, at: req.services.now())))
            }
            let upload = form.receipt.flatMap { file -> Expenditures.ReceiptUpload? in
                let data = Data(buffer: file.data)
                return data.isEmpty ? nil : Expenditures.ReceiptUpload(data: data, name: file.filename)
            }
            _ = try await req.expenditures.record(project.id, input, receipt: upload, store: req.services.attachments, by: try Self.person(req))
            return req.redirect(to: GrantsMoneyURL.expenditures(project.id.rawValue), notice: GrantsMoneyMsg.gmLineRecorded)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = try await expenditurePage(req, project, values: values, errors: errors)
            return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func receipt(req: Request) async throws -> Response {
        let line = try await req.expenditures.find(try req.idParameter(as: Expenditure.ID.self), as: try Self.person(req))
        guard let receipt = line.receipt else { throw DomainError.notFound(entity: "receipt") }
        let data = try await req.services.attachments.get(receipt.key)
        return Self.download(data, type: "application/pdf", filename: "receipt-\(line.id.uuidString.lowercased()).pdf")
    }

    struct DecisionForm: Content {
        var decision: String?
        var note: String?
        var version: Int?
    }

    @Sendable func decideExpenditure(req: Request) async throws -> Response {
        let person = try Self.person(req)
        let line = try await req.expenditures.find(try req.idParameter(as: Expenditure.ID.self), as: person)
        let form = try req.content.decode(DecisionForm.self)
        do {
            _ = try await req.expenditures.decideCrossBorder(line.id, approve: form.decision == "approve", note: form.note ?? "",
                                                             expectedVersion: form.version ?? line.version, by: person)
            return req.redirect(to: GrantsMoneyURL.expenditures(line.projectID.rawValue), notice: GrantsMoneyMsg.gmDecided)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let project = try await req.moneyProjects.find(line.projectID, as: person)
            return PageRenderer.response(try await expenditurePage(req, project, errors: GrantsMoneyComponents.forNote(errors, line.id.rawValue)).render(PageContext(req)),
                                         status: .unprocessableEntity)
        }
    }

    // MARK: Tranches and milestones

    func tranchePage(_ req: Request, _ project: Project, errors: [FieldError] = []) async throws -> TranchePage {
        let person = try Self.person(req)
        return TranchePage(project: project, milestones: try await req.tranches.milestones(project.id, as: person),
                           tranches: try await req.tranches.list(project.id, as: person),
                           mayReport: (ProjectAccess.may(.edit, project, as: person) || ProjectAccess.may(.approve, project, as: person))
                               && [.running, .acceptance].contains(project.status),
                           mayRelease: ProjectAccess.may(.manage, project, as: person) && [.running, .acceptance].contains(project.status), errors: errors)
    }

    @Sendable func tranches(req: Request) async throws -> Response {
        let project = try await Self.project(req)
        return PageRenderer.response(try await tranchePage(req, project).render(PageContext(req)))
    }

    @Sendable func release(req: Request) async throws -> Response {
        let project = try await Self.project(req, for: .manage)
        let values = try Self.values(req)
        do {
            guard let tranche = UUID(uuidString: values["tranche_id"] ?? "") else {
                throw DomainError.validation([FieldError(field: "tranche", rule: "tranche.exists", message: GrantsMoneyMsg.gmTrancheMissing.text, basis: .art(50, 2))])
            }
            _ = try await req.tranches.release(project.id, tranche: tranche, by: try Self.person(req))
            return req.redirect(to: GrantsMoneyURL.tranches(project.id.rawValue), notice: GrantsMoneyMsg.gmReleasedNotice)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await tranchePage(req, project, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func reportMilestone(req: Request) async throws -> Response {
        let project = try await Self.project(req)
        let values = try Self.values(req)
        do {
            guard let milestone = UUID(uuidString: values["milestone_id"] ?? "") else {
                throw DomainError.validation([FieldError(field: "tranche", rule: "tranche.milestone.exists", message: GrantsMoneyMsg.gmTrancheMissing.text,
                                                         basis: .art(50, 2))])
            }
            _ = try await req.tranches.reportMilestoneDone(project.id, milestone: milestone, note: values["note"] ?? "", by: try Self.person(req))
            return req.redirect(to: GrantsMoneyURL.tranches(project.id.rawValue), notice: GrantsMoneyMsg.gmMilestoneReported)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await tranchePage(req, project, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    // MARK: Budget adjustments

    func budgetPage(_ req: Request, _ project: Project, values: [String: String] = [:], errors: [FieldError] = []) async throws -> BudgetPage {
        let person = try Self.person(req)
        let (adjustments, plan, used) = try await req.budgetAdjustments.list(project.id, as: person)
        return BudgetPage(project: project, plan: plan, used: used, adjustments: adjustments,
                          mayEnter: ProjectAccess.may(.approve, project, as: person) && [.running, .acceptance].contains(project.status),
                          mayDecide: ProjectAccess.may(.manage, project, as: person), values: values, errors: errors)
    }

    @Sendable func budget(req: Request) async throws -> Response {
        let project = try await Self.project(req)
        return PageRenderer.response(try await budgetPage(req, project).render(PageContext(req)))
    }

    @Sendable func adjust(req: Request) async throws -> Response {
        let project = try await Self.project(req, for: .approve)
        let values = try Self.values(req)
        do {
            let (input, reading) = ExpenditureForm.adjustment(values)
            if !reading.isEmpty { throw DomainError.validation(ExpenditureForm.merged(reading, BudgetRules.input.violations(of: input, at: req.services.now()))) }
            let adjustment = try await req.budgetAdjustments.enter(project.id, input, by: try Self.person(req))
            return req.redirect(to: GrantsMoneyURL.budget(project.id.rawValue),
                                notice: adjustment.state == .recorded ? GrantsMoneyMsg.gmAdjustmentRecorded : GrantsMoneyMsg.gmAdjustmentRequested)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await budgetPage(req, project, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func decideAdjustment(req: Request) async throws -> Response {
        let person = try Self.person(req)
        let id = try req.idParameter(as: BudgetAdjustment.ID.self)
        let form = try req.content.decode(DecisionForm.self)
        do {
            let decided = try await req.budgetAdjustments.decide(id, approve: form.decision == "approve", note: form.note ?? "",
                                                                 expectedVersion: form.version ?? 1, by: person)
            return req.redirect(to: GrantsMoneyURL.budget(decided.projectID.rawValue), notice: GrantsMoneyMsg.gmDecided)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            // The page of the adjustment's project, when the person may see it.
            let pending = try await req.budgetAdjustments.awaitingApproval(as: person)
            guard let adjustment = pending.first(where: { $0.id == id }) else { throw error }
            let project = try await req.moneyProjects.find(adjustment.projectID, as: person)
            return PageRenderer.response(try await budgetPage(req, project, errors: GrantsMoneyComponents.forNote(errors, id.rawValue)).render(PageContext(req)),
                                         status: .unprocessableEntity)
        }
    }

    // MARK: Sub-tasks (Art. 29)

    func subTaskPage(_ req: Request, _ project: Project, values: [String: String] = [:], errors: [FieldError] = []) async throws -> SubTaskPage {
        let person = try Self.person(req)
        return SubTaskPage(project: project, subTasks: try await req.subTasks.list(project.id, as: person),
                           mayAllocate: project.chiefScientist && ProjectAccess.may(.edit, project, as: person) && [.running, .acceptance].contains(project.status),
                           values: values, errors: errors)
    }

    @Sendable func subTasks(req: Request) async throws -> Response {
        let project = try await Self.project(req)
        return PageRenderer.response(try await subTaskPage(req, project).render(PageContext(req)))
    }

    @Sendable func allocate(req: Request) async throws -> Response {
        let project = try await Self.project(req, for: .edit)
        let values = try Self.values(req)
        do {
            let (input, reading) = ExpenditureForm.subTask(values)
            if !reading.isEmpty { throw DomainError.validation(ExpenditureForm.merged(reading, SubTaskRules.input.violations(of: input, at: req.services.now()))) }
            _ = try await req.subTasks.allocate(project.id, input, by: try Self.person(req))
            return req.redirect(to: GrantsMoneyURL.subTasks(project.id.rawValue), notice: GrantsMoneyMsg.gmSubTaskAllocated)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await subTaskPage(req, project, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    // MARK: The funder's views

    @Sendable func approvals(req: Request) async throws -> Response {
        let person = try Self.person(req)
        var names: [UUID: String] = [:]
        for project in try await req.moneyProjects.all() { names[project.id.rawValue] = GrantsMoneyComponents.projectName(project, PageContext(req)) }
        let lines = try await req.expenditures.awaitingApproval(as: person).map { ($0, names[$0.projectID.rawValue] ?? "") }
        let adjustments = try await req.budgetAdjustments.awaitingApproval(as: person).map { ($0, names[$0.projectID.rawValue] ?? "") }
        return PageRenderer.response(ExecutionApprovalsPage(lines: lines, adjustments: adjustments).render(PageContext(req)))
    }

    @Sendable func programmes(req: Request) async throws -> Response {
        let c = PageContext(req)
        let list = try await req.calls.programmes().map { (id: $0.id, name: c.language == .zh || $0.nameEn.isEmpty ? $0.nameZh : $0.nameEn) }
        return PageRenderer.response(ProgrammeListPage(programmes: list).render(c))
    }

    func programmeData(_ req: Request) async throws -> (String, ProgrammeExecution) {
        let id = try req.idParameter()
        let programme = try await req.calls.programme(id)
        let execution = try await req.executionReports.programme(id, as: try Self.person(req))
        return (req.language == .zh || programme.nameEn.isEmpty ? programme.nameZh : programme.nameEn, execution)
    }

    @Sendable func programme(req: Request) async throws -> Response {
        let (name, execution) = try await programmeData(req)
        return PageRenderer.response(ProgrammeExecutionPage(programmeName: name, execution: execution).render(PageContext(req)))
    }

    @Sendable func programmeCSV(req: Request) async throws -> Response {
        let (_, execution) = try await programmeData(req)
        return Self.download(CSVWriter.csv(ProgrammeExecutionPage.table(execution, PageContext(req))), type: "text/csv; charset=utf-8",
                             filename: "programme-execution-\(execution.programmeID.uuidString.lowercased()).csv")
    }

    @Sendable func programmeXLSX(req: Request) async throws -> Response {
        let (_, execution) = try await programmeData(req)
        return Self.download(XLSXWriter.xlsx(ProgrammeExecutionPage.table(execution, PageContext(req)), sheetName: "execution"), type: Self.xlsxType,
                             filename: "programme-execution-\(execution.programmeID.uuidString.lowercased()).xlsx")
    }
}
