import Foundation
import KechuangCore
import Monitoring
import Vapor

/// The risk-warning API (Art. 65): the rules as data, the warnings, a run, acknowledgement and closing.
struct WarningAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, WarningAPI.rules, action: .viewWarnings, use: rules)
        routes.on(.GET, WarningAPI.warnings, action: .viewWarnings, use: warnings)
        routes.on(.GET, WarningAPI.warning(SiteURL.anyID), action: .viewWarnings, use: warning)
        routes.on(.POST, WarningAPI.run, action: .manageWarnings, use: run)
        routes.on(.POST, WarningAPI.acknowledge(SiteURL.anyID), action: .manageWarnings, use: acknowledge)
        routes.on(.POST, WarningAPI.close(SiteURL.anyID), action: .manageWarnings, use: close)
    }

    struct RuleJSON: Content {
        let id: String, name_zh: String, name_en: String, description_zh: String, description_en: String, article: String, severity: String
        let effective_from: Date, evaluated: Bool, unavailable_zh: String?, unavailable_en: String?
        init(_ r: WarningRule) {
            (id, name_zh, name_en, description_zh, description_en) = (r.id, r.name.zh, r.name.en, r.description.zh, r.description.en)
            (article, severity, effective_from, evaluated) = (r.article.code, r.severity.rawValue, r.effectiveFrom, r.unavailable == nil)
            (unavailable_zh, unavailable_en) = (r.unavailable?.zh, r.unavailable?.en)
        }
    }

    struct WarningJSON: Content {
        let id: UUID, rule: String, article: String?, subject_type: String, subject_id: String, subject_label: String, severity: String
        let evidence_zh: String, evidence_en: String, state: String, owner_id: UUID?, raised_at: Date
        let acknowledged_by: UUID?, acknowledged_at: Date?, acknowledgement: String, closed_by: UUID?, closed_at: Date?, closing_note: String, version: Int
        init(_ w: RiskWarning) {
            (id, rule, article, subject_type, subject_id, subject_label) = (w.id.rawValue, w.ruleID, w.rule?.article.code, w.subjectType, w.subjectID, w.subjectLabel)
            (severity, evidence_zh, evidence_en, state, owner_id, raised_at) = (w.severity.rawValue, w.evidence.zh, w.evidence.en, w.state.rawValue, w.ownerID, w.raisedAt)
            (acknowledged_by, acknowledged_at, acknowledgement) = (w.acknowledgedBy, w.acknowledgedAt, w.acknowledgement)
            (closed_by, closed_at, closing_note, version) = (w.closedBy, w.closedAt, w.closingNote, w.version)
        }
    }

    struct RunJSON: Content { let raised: [WarningJSON], already_open: Int, not_evaluated: [String] }
    struct StepBody: Content { let note: String?, version: Int }

    @Sendable func rules(req: Request) async throws -> [RuleJSON] { WarningRules.all.map(RuleJSON.init) }

    @Sendable func warnings(req: Request) async throws -> [WarningJSON] {
        let state = InstrumentsRoutes.queryItems(req)["state"].flatMap(WarningState.init(rawValue:))
        return try await req.riskWarnings.list(state: state).map(WarningJSON.init)
    }

    @Sendable func warning(req: Request) async throws -> WarningJSON {
        WarningJSON(try await req.riskWarnings.find(try req.idParameter(as: RiskWarning.ID.self)))
    }

    @Sendable func run(req: Request) async throws -> RunJSON {
        let run = try await req.riskWarnings.run(by: try req.requirePrincipal().person)
        return RunJSON(raised: run.raised.map(WarningJSON.init), already_open: run.alreadyOpen, not_evaluated: run.notEvaluated)
    }

    @Sendable func acknowledge(req: Request) async throws -> WarningJSON {
        let body = try req.content.decode(StepBody.self)
        return WarningJSON(try await req.riskWarnings.acknowledge(try req.idParameter(as: RiskWarning.ID.self), note: body.note ?? "", expectedVersion: body.version,
                                                                  by: try req.requirePrincipal().person))
    }

    @Sendable func close(req: Request) async throws -> WarningJSON {
        let body = try req.content.decode(StepBody.self)
        return WarningJSON(try await req.riskWarnings.close(try req.idParameter(as: RiskWarning.ID.self), note: body.note ?? "", expectedVersion: body.version,
                                                            by: try req.requirePrincipal().person))
    }

    static var operations: [OpenAPIDocument.Operation] {
        [
            .init(.GET, WarningAPI.rules, summary: "The warning rules as data: threshold, severity, article, and whether the platform holds the data to run them (Art. 65(1))",
                  tag: "monitoring", response: "WarningRuleList"),
            .init(.GET, WarningAPI.warnings, summary: "Risk warnings, open ones first (officers); a warning never blocks anything by itself", tag: "monitoring",
                  query: [("state", "open, acknowledged or closed")], response: "WarningList"),
            .init(.GET, WarningAPI.warning(SiteURL.anyID), summary: "One warning with its evidence, owner, acknowledgement and closing note", tag: "monitoring", response: "Warning"),
            .init(.POST, WarningAPI.run, summary: "Run the rules in force now; no second warning for a rule and subject while one is open (department staff)",
                  tag: "monitoring", response: "WarningRun"),
            .init(.POST, WarningAPI.acknowledge(SiteURL.anyID), summary: "Acknowledge an open warning and take ownership; an old version is 409", tag: "monitoring",
                  body: "WarningStepBody", response: "Warning"),
            .init(.POST, WarningAPI.close(SiteURL.anyID), summary: "Close a warning with a note (its owner); an empty note is a 422 citing Art. 65(1)", tag: "monitoring",
                  body: "WarningStepBody", response: "Warning"),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, uuid = OpenAPIDocument.uuid, int = OpenAPIDocument.int32, time = OpenAPIDocument.dateTime
        let nullable = OpenAPIDocument.nullableString
        return [
            ("WarningRuleList", ["type": "array", "items": ["type": "object", "properties": [
                "id": string, "name_zh": string, "name_en": string, "description_zh": string, "description_en": string, "article": string,
                "severity": ["type": "string", "enum": ["low", "medium", "high"]], "effective_from": time, "evaluated": ["type": "boolean"],
                "unavailable_zh": nullable, "unavailable_en": nullable]]]),
            ("Warning", ["type": "object", "properties": [
                "id": uuid, "rule": string, "article": nullable, "subject_type": ["type": "string", "enum": ["project", "person", "organisation"]],
                "subject_id": string, "subject_label": string, "severity": ["type": "string", "enum": ["low", "medium", "high"]],
                "evidence_zh": string, "evidence_en": string, "state": ["type": "string", "enum": ["open", "acknowledged", "closed"]],
                "owner_id": uuid, "raised_at": time, "acknowledged_by": uuid, "acknowledged_at": time, "acknowledgement": string,
                "closed_by": uuid, "closed_at": time, "closing_note": string, "version": int]]),
            ("WarningList", ["type": "array", "items": OpenAPIDocument.ref("Warning")]),
            ("WarningRun", ["type": "object", "properties": [
                "raised": ["type": "array", "items": OpenAPIDocument.ref("Warning")], "already_open": int, "not_evaluated": ["type": "array", "items": string]]]),
            ("WarningStepBody", ["type": "object", "required": ["version"], "properties": ["note": string, "version": int]]),
        ]
    }
}

extension WarningAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) { WarningAPIRoutes().register(on: routes) }
    static var operations: [OpenAPIDocument.Operation] { WarningAPIRoutes.operations }
    static var schemas: [(String, JSONValue)] { WarningAPIRoutes.schemas }
}
