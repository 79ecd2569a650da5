import Foundation
import Identity
import KechuangCore
import Monitoring
import Vapor

extension Request {
    var keyTaskLedger: KeyTaskLedger { KeyTaskLedger(db: db, now: services.now) }
}

/// Reading the ledger's forms.
enum LedgerForm {
    static func coField(_ id: UUID) -> String { "co_" + id.uuidString.lowercased() }

    static func plan(_ v: [String: String]) -> PlanInput {
        PlanInput(level: v["level"] ?? "", scope: (v["scope"] ?? "").trimmingCharacters(in: .whitespaces), titleZh: v["title_zh"] ?? "", titleEn: v["title_en"] ?? "",
                  fromYear: v["from_year"] ?? "", toYear: v["to_year"] ?? "", goals: v["goals"] ?? "")
    }

    static func task(_ v: [String: String]) -> TaskInput {
        TaskInput(planID: v["plan_id"] ?? "", year: v["year"] ?? "", code: v["code"] ?? "", titleZh: v["title_zh"] ?? "", titleEn: v["title_en"] ?? "",
                  leadDepartment: v["lead_department_id"] ?? "", coDepartments: v.keys.filter { $0.hasPrefix("co_") }.map { String($0.dropFirst(3)) }.sorted(),
                  deadline: v["deadline"] ?? "", targetValue: v["target_value"] ?? "", targetUnit: v["target_unit"] ?? "",
                  indicator: v["indicator_code"] ?? "", article: v["article"] ?? "", planItem: v["plan_item"] ?? "")
    }

    static func progress(_ v: [String: String]) -> ProgressInput {
        ProgressInput(month: v["month"] ?? "", value: v["value"] ?? "", narrative: v["narrative"] ?? "")
    }
}

/// The key-task ledger's pages (Art. 6, 8, 14): plans and tasks, a task with its progress, the assessment.
struct LedgerRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, LedgerURL.ledger, action: .viewLedger, use: ledger)
        routes.on(.POST, LedgerURL.plans, action: .manageLedger, use: createPlan)
        routes.on(.POST, LedgerURL.tasks, action: .manageLedger, use: createTask)
        routes.on(.GET, LedgerURL.task(SiteURL.anyID), action: .viewLedger, use: task)
        routes.on(.POST, LedgerURL.progress(SiteURL.anyID), action: .reportLedgerProgress, use: report)
        routes.on(.GET, LedgerURL.assessment, action: .viewLedger, use: assessment)
    }

    static func year(_ req: Request) -> Int {
        let current = BeijingDay(containing: req.services.now()).year
        return InstrumentsRoutes.queryItems(req)["year"].flatMap { Int($0) }.map { min(max($0, 2000), current + 5) } ?? current
    }

    static func organisations(_ req: Request, _ ids: some Sequence<UUID>) async throws -> [UUID: Organisation] {
        var out: [UUID: Organisation] = [:]
        let directory = Organisations(db: req.db)
        for id in Set(ids) { out[id] = try await directory.find(Organisation.ID(id)) }
        return out
    }

    func page(_ req: Request, year: Int, form: String = "", values: [String: String] = [:], errors: [FieldError] = []) async throws -> LedgerPage {
        let standings = try await req.keyTaskLedger.standings(year: year)
        let departments = PageContext(req).can(.manageLedger)
            ? try await Organisations(db: req.db).list(limit: 500).filter { $0.type == .governmentDepartment } : []
        return LedgerPage(year: year, plans: try await req.keyTaskLedger.plans(), standings: standings,
                          organisations: try await Self.organisations(req, standings.flatMap(\.task.departments)), departments: departments,
                          form: form, values: values, errors: errors)
    }

    @Sendable func ledger(req: Request) async throws -> Response {
        PageRenderer.response(try await page(req, year: Self.year(req)).render(PageContext(req)))
    }

    func save(_ req: Request, form: String, notice: MonitoringLedgerMsg, _ body: @escaping @Sendable ([String: String], Person) async throws -> Int) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.formValues()
        do {
            let year = try await body(values, person)
            return req.redirect(to: SiteURL.Link(path: LedgerURL.ledger.path, query: ["year": "\(year)", "notice": notice.rawValue]))
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let year = Int(values["year"] ?? values["from_year"] ?? "") ?? Self.year(req)
            return PageRenderer.response(try await page(req, year: year, form: form, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func createPlan(req: Request) async throws -> Response {
        let ledger = req.keyTaskLedger
        return try await save(req, form: "plan", notice: .ldgPlanCreated) { values, person in try await ledger.createPlan(LedgerForm.plan(values), by: person).fromYear }
    }

    @Sendable func createTask(req: Request) async throws -> Response {
        let ledger = req.keyTaskLedger
        return try await save(req, form: "task", notice: .ldgTaskCreated) { values, person in try await ledger.createTask(LedgerForm.task(values), by: person).year }
    }

    func taskPage(_ req: Request, _ id: LedgerTask.ID, values: [String: String] = [:], errors: [FieldError] = []) async throws -> LedgerTaskPage {
        let ledger = req.keyTaskLedger
        let task = try await ledger.task(id)
        let today = BeijingDay(containing: req.services.now())
        let standing = KeyTaskLedger.standing(task, history: try await ledger.history(id), on: today)
        let person = req.principal?.person
        return LedgerTaskPage(standing: standing, plan: try await ledger.plan(task.planID), organisations: try await Self.organisations(req, task.departments),
                              mayReport: person.map { LedgerAccess.mayReport($0, on: task) } ?? false,
                              thisMonth: String(format: "%04d-%02d", today.year, today.month), values: values, errors: errors)
    }

    @Sendable func task(req: Request) async throws -> Response {
        PageRenderer.response(try await taskPage(req, try req.idParameter(as: LedgerTask.ID.self)).render(PageContext(req)))
    }

    @Sendable func report(req: Request) async throws -> Response {
        let id = try req.idParameter(as: LedgerTask.ID.self)
        let values = try req.formValues()
        do {
            try await req.keyTaskLedger.report(id, LedgerForm.progress(values), by: try req.requirePrincipal().person)
            return req.redirect(to: LedgerURL.task(id.rawValue), notice: MonitoringLedgerMsg.ldgReported)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await taskPage(req, id, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func assessment(req: Request) async throws -> Response {
        let year = Self.year(req)
        let rows = try await req.keyTaskLedger.assessment(year: year)
        return PageRenderer.response(LedgerAssessmentPage(year: year, rows: rows, organisations: try await Self.organisations(req, rows.map(\.departmentID)))
            .render(PageContext(req)))
    }
}
