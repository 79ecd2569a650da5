import Foundation
import KechuangCore
import Monitoring
import Vapor

/// The ledger's API (Art. 6, 8, 14): plans, tasks with their standing and flags, progress reports, the assessment.
struct LedgerAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, LedgerAPI.plans, action: .viewLedger, use: plans)
        routes.on(.GET, LedgerAPI.tasks, action: .viewLedger, use: tasks)
        routes.on(.GET, LedgerAPI.task(SiteURL.anyID), action: .viewLedger, use: task)
        routes.on(.POST, LedgerAPI.progress(SiteURL.anyID), action: .reportLedgerProgress, use: report)
        routes.on(.GET, LedgerAPI.assessment, action: .viewLedger, use: assessment)
    }

    struct PlanJSON: Content {
        struct Goal: Content { let text_zh: String, text_en: String, indicators: [String] }
        let id: UUID, level: String, scope: String, title_zh: String, title_en: String, from_year: Int, to_year: Int, goals: [Goal]
        init(_ p: LedgerPlan) {
            (id, level, scope, title_zh, title_en, from_year, to_year) = (p.id.rawValue, p.level.rawValue, p.scope, p.titleZh, p.titleEn, p.fromYear, p.toYear)
            goals = p.goals.map { Goal(text_zh: $0.textZh, text_en: $0.textEn, indicators: $0.indicators) }
        }
    }

    struct FlagJSON: Content {
        let rule: String, article: String?, message_zh: String, message_en: String
        init(_ e: FieldError) { (rule, article, message_zh, message_en) = (e.rule, e.basis?.code, e.message.zh, e.message.en) }
    }

    struct ProgressJSON: Content {
        let month: String, revision: Int, value: Double, narrative: String, reported_at: Date
        init(_ r: ProgressReport) { (month, revision, value, narrative, reported_at) = (r.month, r.revision, r.value, r.narrative, r.reportedAt) }
    }

    struct TaskJSON: Content {
        let id: UUID, plan_id: UUID, year: Int, code: String, title_zh: String, title_en: String, lead_department_id: UUID, co_department_ids: [UUID]
        let deadline: String, target_value: Double, target_unit: String, indicator_code: String?, article: String?, plan_item: String
        let achieved: Double?, status: String, flags: [FlagJSON], progress: [ProgressJSON]?
        init(_ s: TaskStanding, withHistory: Bool) {
            let t = s.task
            (id, plan_id, year, code, title_zh, title_en) = (t.id.rawValue, t.planID.rawValue, t.year, t.code, t.titleZh, t.titleEn)
            (lead_department_id, co_department_ids, deadline, target_value, target_unit) = (t.leadDepartmentID, t.coDepartmentIDs, t.deadline.description, t.targetValue, t.targetUnit)
            (indicator_code, article, plan_item) = (t.indicatorCode, t.article?.code, t.planItem)
            (achieved, status, flags) = (s.achieved, s.status.rawValue, s.flags.map(FlagJSON.init))
            progress = withHistory ? s.history.map(ProgressJSON.init) : nil
        }
    }

    struct ProgressBody: Content { let month: String, value: String, narrative: String }

    struct AssessmentJSON: Content { let department_id: UUID, tasks: Int, met: Int, overdue: Int, score: Double }

    @Sendable func plans(req: Request) async throws -> [PlanJSON] { try await req.keyTaskLedger.plans().map(PlanJSON.init) }

    @Sendable func tasks(req: Request) async throws -> [TaskJSON] {
        try await req.keyTaskLedger.standings(year: LedgerRoutes.year(req)).map { TaskJSON($0, withHistory: false) }
    }

    func standing(_ req: Request, _ id: LedgerTask.ID) async throws -> TaskStanding {
        let ledger = req.keyTaskLedger
        return KeyTaskLedger.standing(try await ledger.task(id), history: try await ledger.history(id), on: BeijingDay(containing: req.services.now()))
    }

    @Sendable func task(req: Request) async throws -> TaskJSON {
        TaskJSON(try await standing(req, try req.idParameter(as: LedgerTask.ID.self)), withHistory: true)
    }

    @Sendable func report(req: Request) async throws -> Response {
        let id = try req.idParameter(as: LedgerTask.ID.self)
        let body = try req.content.decode(ProgressBody.self)
        try await req.keyTaskLedger.report(id, ProgressInput(month: body.month, value: body.value, narrative: body.narrative), by: try req.requirePrincipal().person)
        return try await TaskJSON(try await standing(req, id), withHistory: true).created(at: LedgerAPI.task(id.rawValue), for: req)
    }

    @Sendable func assessment(req: Request) async throws -> [AssessmentJSON] {
        try await req.keyTaskLedger.assessment(year: LedgerRoutes.year(req)).map {
            AssessmentJSON(department_id: $0.departmentID, tasks: $0.tasks, met: $0.met, overdue: $0.overdue, score: $0.score)
        }
    }

    static var operations: [OpenAPIDocument.Operation] {
        let year = [("year", "The work plan's year (default: this year)")]
        return [
            .init(.GET, LedgerAPI.plans, summary: "Plans at city, district and zone level with their goals and indicator codes (Art. 14; officers)", tag: "monitoring",
                  response: "LedgerPlanList"),
            .init(.GET, LedgerAPI.tasks, summary: "The year's key tasks with their figure in force, status and flags citing Art. 8(1) (officers)", tag: "monitoring",
                  query: year, response: "LedgerTaskList"),
            .init(.GET, LedgerAPI.task(SiteURL.anyID), summary: "One key task with its progress history (every revision kept)", tag: "monitoring", response: "LedgerTask"),
            .init(.POST, LedgerAPI.progress(SiteURL.anyID), summary: "Report a month's progress (lead or co-department); a second report of a month is its next revision; 422 names the field",
                  tag: "monitoring", body: "LedgerProgressBody", response: "LedgerTask", status: 201),
            .init(.GET, LedgerAPI.assessment, summary: "The year-end assessment per lead department: tasks, targets met, overdue, score (Art. 8(1))", tag: "monitoring",
                  query: year, response: "LedgerAssessment"),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, uuid = OpenAPIDocument.uuid, int = OpenAPIDocument.int32, time = OpenAPIDocument.dateTime
        let number: JSONValue = ["type": "number"]
        let flag: JSONValue = ["type": "object", "properties": ["rule": string, "article": OpenAPIDocument.nullableString, "message_zh": string, "message_en": string]]
        let progress: JSONValue = ["type": "object", "properties": ["month": string, "revision": int, "value": number, "narrative": string, "reported_at": time]]
        return [
            ("LedgerPlanList", ["type": "array", "items": ["type": "object", "properties": [
                "id": uuid, "level": ["type": "string", "enum": ["city", "district", "zone"]], "scope": string, "title_zh": string, "title_en": string,
                "from_year": int, "to_year": int,
                "goals": ["type": "array", "items": ["type": "object", "properties": ["text_zh": string, "text_en": string, "indicators": ["type": "array", "items": string]]]]]]]),
            ("LedgerTask", ["type": "object", "properties": [
                "id": uuid, "plan_id": uuid, "year": int, "code": string, "title_zh": string, "title_en": string, "lead_department_id": uuid,
                "co_department_ids": ["type": "array", "items": uuid], "deadline": string, "target_value": number, "target_unit": string,
                "indicator_code": OpenAPIDocument.nullableString, "article": OpenAPIDocument.nullableString, "plan_item": string, "achieved": number,
                "status": ["type": "string", "enum": ["met", "on_track", "at_risk", "overdue"]], "flags": ["type": "array", "items": flag],
                "progress": ["type": "array", "items": progress]]]),
            ("LedgerTaskList", ["type": "array", "items": OpenAPIDocument.ref("LedgerTask")]),
            ("LedgerProgressBody", ["type": "object", "required": ["month", "value", "narrative"], "properties": ["month": string, "value": string, "narrative": string]]),
            ("LedgerAssessment", ["type": "array", "items": ["type": "object", "properties": [
                "department_id": uuid, "tasks": int, "met": int, "overdue": int, "score": number]]]),
        ]
    }
}

extension LedgerAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) { LedgerAPIRoutes().register(on: routes) }
    static var operations: [OpenAPIDocument.Operation] { LedgerAPIRoutes.operations }
    static var schemas: [(String, JSONValue)] { LedgerAPIRoutes.schemas }
}
