import Foundation
import Grants
import Identity
import KechuangCore
import Projects
import Vapor

/// Money, sub-tasks and the inspection plan over the JSON API: the same services as the pages,
/// so the same refusals, each citing its article in the problem (`article`, `errors[].article`).
struct GrantsMoneyAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        let any = SiteURL.anyID
        routes.on(.GET, GrantsMoneyAPI.execution(any), action: .viewProjectMoney, use: execution)
        routes.on(.GET, GrantsMoneyAPI.expenditures(any), action: .viewProjectMoney, use: expenditures)
        routes.on(.POST, GrantsMoneyAPI.expenditures(any), action: .recordProjectExpenditure, bodyLimit: BodyLimit.upload, use: record)
        routes.on(.GET, GrantsMoneyAPI.expenditure(any), action: .viewProjectMoney, use: expenditure)
        routes.on(.POST, GrantsMoneyAPI.expenditureDecision(any), action: .decideProjectMoney, use: decideExpenditure)
        routes.on(.GET, GrantsMoneyAPI.tranches(any), action: .viewProjectMoney, use: tranches)
        routes.on(.POST, GrantsMoneyAPI.trancheReleases(any), action: .decideProjectMoney, use: release)
        routes.on(.POST, GrantsMoneyAPI.milestoneReports(any), action: .reportProjectMilestones, use: reportMilestone)
        routes.on(.GET, GrantsMoneyAPI.budget(any), action: .viewProjectMoney, use: budget)
        routes.on(.POST, GrantsMoneyAPI.budgetAdjustments(any), action: .recordProjectExpenditure, use: adjust)
        routes.on(.POST, GrantsMoneyAPI.budgetAdjustmentDecision(any), action: .decideProjectMoney, use: decideAdjustment)
        routes.on(.GET, GrantsMoneyAPI.subTasks(any), action: .viewProjectMoney, use: subTasks)
        routes.on(.POST, GrantsMoneyAPI.subTasks(any), action: .allocateSubTasks, use: allocate)
        routes.on(.GET, GrantsMoneyAPI.programmeExecution(any), action: .decideProjectMoney, use: programme)
        routes.on(.GET, GrantsMoneyAPI.inspections, action: .viewInspectionPlan, use: inspections)
        routes.on(.POST, GrantsMoneyAPI.inspections, action: .manageInspections, use: enter)
        routes.on(.GET, GrantsMoneyAPI.inspection(any), action: .viewInspectionPlan, use: inspection)
        routes.on(.POST, GrantsMoneyAPI.inspectionFindings(any), action: .manageInspections, use: findings)
    }

    func person(_ req: Request) throws -> Person { try req.requirePrincipal().person }
    func projectID(_ req: Request) throws -> Project.ID { try req.idParameter(as: Project.ID.self) }

    static func required(_ field: String) -> DomainError {
        .validation([FieldError(field: field, rule: "\(field).required", message: LocalizedText(zh: "缺少字段 \(field)", en: "The field \(field) is missing"))])
    }

    // MARK: Execution

    @Sendable func execution(req: Request) async throws -> ExecutionJSON {
        ExecutionJSON(try await req.executionReports.project(try projectID(req), as: try person(req)))
    }

    @Sendable func programme(req: Request) async throws -> ProgrammeExecutionJSON {
        ProgrammeExecutionJSON(try await req.executionReports.programme(try req.idParameter(), as: try person(req)))
    }

    // MARK: Expenditure lines

    @Sendable func expenditures(req: Request) async throws -> [ExpenditureJSON] {
        try await req.expenditures.list(try projectID(req), as: try person(req)).map(ExpenditureJSON.init)
    }

    @Sendable func expenditure(req: Request) async throws -> ExpenditureJSON {
        ExpenditureJSON(try await req.expenditures.find(try req.idParameter(as: Expenditure.ID.self), as: try person(req)))
    }

    struct LineBody: Content {
        var category: String?
        var amount: Int?
        var date: String?
        var payee_kind: String?
        var payee: String?
        var description: String?
        /// The receipt PDF, base64.
        var receipt_pdf_base64: String?
        var receipt_name: String?
    }

    @Sendable func record(req: Request) async throws -> Response {
        let body = try req.content.decode(LineBody.self)
        var reading: [FieldError] = []
        let date = ExpenditureForm.day(body.date, field: "date", &reading)
        let input = ExpenditureInput(category: body.category.flatMap(ExpenditureCategory.init(rawValue:)), amount: body.amount, date: date,
                                     payeeKind: body.payee_kind.flatMap(PayeeKind.init(rawValue:)), payee: body.payee ?? "", description: body.description ?? "")
        if !reading.isEmpty { throw DomainError.validation(ExpenditureForm.merged(reading, ExpenditureRules.input.violations(of: input, at: req.services.now()))) }
        let receipt = body.receipt_pdf_base64.flatMap { Data(base64Encoded: $0, options: .ignoreUnknownCharacters) }
            .map { Expenditures.ReceiptUpload(data: $0, name: body.receipt_name ?? "receipt.pdf") }
        let line = try await req.expenditures.record(try projectID(req), input, receipt: receipt, store: req.services.attachments, by: try person(req))
        return try await ExpenditureJSON(line).created(at: GrantsMoneyAPI.expenditure(line.id.rawValue), for: req)
    }

    struct DecisionBody: Content {
        var approve: Bool?
        var note: String?
        var version: Int?
    }

    @Sendable func decideExpenditure(req: Request) async throws -> ExpenditureJSON {
        let body = try req.content.decode(DecisionBody.self)
        guard let approve = body.approve else { throw Self.required("approve") }
        guard let version = body.version else { throw DomainError.versionRequired }
        return ExpenditureJSON(try await req.expenditures.decideCrossBorder(try req.idParameter(as: Expenditure.ID.self), approve: approve,
                                                                           note: body.note ?? "", expectedVersion: version, by: try person(req)))
    }

    // MARK: Tranches

    @Sendable func tranches(req: Request) async throws -> [TrancheJSON] {
        try await req.tranches.list(try projectID(req), as: try person(req)).map(TrancheJSON.init)
    }

    struct ReleaseBody: Content {
        var tranche_id: UUID?
    }

    @Sendable func release(req: Request) async throws -> [TrancheJSON] {
        guard let tranche = try req.content.decode(ReleaseBody.self).tranche_id else { throw Self.required("tranche_id") }
        let id = try projectID(req), person = try person(req)
        _ = try await req.tranches.release(id, tranche: tranche, by: person)
        return try await req.tranches.list(id, as: person).map(TrancheJSON.init)
    }

    struct MilestoneBody: Content {
        var milestone_id: UUID?
        var note: String?
    }

    @Sendable func reportMilestone(req: Request) async throws -> [TrancheJSON] {
        let body = try req.content.decode(MilestoneBody.self)
        guard let milestone = body.milestone_id else { throw Self.required("milestone_id") }
        let id = try projectID(req), person = try person(req)
        _ = try await req.tranches.reportMilestoneDone(id, milestone: milestone, note: body.note ?? "", by: person)
        return try await req.tranches.list(id, as: person).map(TrancheJSON.init)
    }

    // MARK: Budget

    @Sendable func budget(req: Request) async throws -> BudgetJSON {
        let id = try projectID(req), person = try person(req)
        let project = try await req.moneyProjects.find(id, as: person)
        let (adjustments, plan, used) = try await req.budgetAdjustments.list(id, as: person)
        return BudgetJSON(budget_mode: project.budgetMode.rawValue, total: plan.total,
                          lines: plan.lines.map { .init(category: $0.category, budget: $0.amount, used: used[$0.category] ?? 0) },
                          adjustments: adjustments.map(BudgetAdjustmentJSON.init))
    }

    struct AdjustmentBody: Content {
        var kind: String?
        var from_category: String?
        var to_category: String?
        var amount: Int?
        var reason: String?
    }

    @Sendable func adjust(req: Request) async throws -> Response {
        let body = try req.content.decode(AdjustmentBody.self)
        let input = BudgetAdjustmentInput(kind: body.kind.flatMap(BudgetAdjustmentKind.init(rawValue:)), fromCategory: body.from_category,
                                          toCategory: body.to_category, amount: body.amount, reason: body.reason ?? "")
        let adjustment = try await req.budgetAdjustments.enter(try projectID(req), input, by: try person(req))
        return try await BudgetAdjustmentJSON(adjustment).created(at: GrantsMoneyAPI.budgetAdjustment(adjustment.id.rawValue), for: req)
    }

    @Sendable func decideAdjustment(req: Request) async throws -> BudgetAdjustmentJSON {
        let body = try req.content.decode(DecisionBody.self)
        guard let approve = body.approve else { throw Self.required("approve") }
        guard let version = body.version else { throw DomainError.versionRequired }
        return BudgetAdjustmentJSON(try await req.budgetAdjustments.decide(try req.idParameter(as: BudgetAdjustment.ID.self), approve: approve,
                                                                          note: body.note ?? "", expectedVersion: version, by: try person(req)))
    }

    // MARK: Sub-tasks (Art. 29)

    @Sendable func subTasks(req: Request) async throws -> [SubTaskJSON] {
        try await req.subTasks.list(try projectID(req), as: try person(req)).map(SubTaskJSON.init)
    }

    struct SubTaskBody: Content {
        var title: String?
        var leader_name: String?
        var leader_email: String?
        var budget: Int?
    }

    @Sendable func allocate(req: Request) async throws -> Response {
        let body = try req.content.decode(SubTaskBody.self)
        let id = try projectID(req)
        let task = try await req.subTasks.allocate(id, SubTaskInput(title: body.title ?? "", leaderName: body.leader_name ?? "",
                                                                    leaderEmail: body.leader_email ?? "", budget: body.budget), by: try person(req))
        return try await SubTaskJSON(task).created(at: GrantsMoneyAPI.subTasks(id.rawValue), for: req)
    }

    // MARK: Inspections (Art. 50(3))

    @Sendable func inspections(req: Request) async throws -> [InspectionJSON] {
        try await req.inspections.plan(as: try person(req), year: try InspectionRoutes.year(req)).map(InspectionJSON.init)
    }

    @Sendable func inspection(req: Request) async throws -> InspectionJSON {
        InspectionJSON(try await req.inspections.find(try req.idParameter(as: Inspection.ID.self), as: try person(req)))
    }

    struct InspectionEntryBody: Content {
        var kind: String?
        var body: String?
        var body_name: String?
        var target_kind: String?
        var target_id: UUID?
        var scopes: [String]?
        var period_start: String?
        var period_end: String?
        var title: String?
    }

    @Sendable func enter(req: Request) async throws -> Response {
        let b = try req.content.decode(InspectionEntryBody.self)
        var reading: [FieldError] = []
        let target = b.target_id.flatMap { id in b.target_kind.flatMap { InspectionTarget(kind: $0, id: id) } }
        let scopes = Set((b.scopes ?? []).compactMap(InspectionScope.init(rawValue:)))
        let input = InspectionInput(kind: b.kind.flatMap(InspectionKind.init(rawValue:)), body: b.body.flatMap(InspectionBody.init(rawValue:)),
                                    bodyName: b.body_name ?? "", target: target, scopes: scopes,
                                    periodStart: ExpenditureForm.day(b.period_start, field: "period_start", &reading),
                                    periodEnd: ExpenditureForm.day(b.period_end, field: "period_end", &reading), title: b.title ?? "")
        if !reading.isEmpty { throw DomainError.validation(ExpenditureForm.merged(reading, InspectionRules.input.violations(of: input, at: req.services.now()))) }
        let inspection = try await req.inspections.plan(input, by: try person(req))
        return try await InspectionJSON(inspection).created(at: GrantsMoneyAPI.inspection(inspection.id.rawValue), for: req)
    }

    struct FindingsBody: Content {
        var findings: String?
        var version: Int?
    }

    @Sendable func findings(req: Request) async throws -> InspectionJSON {
        let body = try req.content.decode(FindingsBody.self)
        guard let version = body.version else { throw DomainError.versionRequired }
        return InspectionJSON(try await req.inspections.recordFindings(try req.idParameter(as: Inspection.ID.self), body.findings ?? "",
                                                                      expectedVersion: version, by: try person(req)))
    }
}
