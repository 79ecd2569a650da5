import Foundation
import KechuangCore
import Market
import Vapor

/// The department's and the experts' steps of scenario demand lists over `/api/v1` (Art. 35),
/// through the same services as the `/admin/scenarios` and `/expert/market-reviews` pages: draft
/// a list, add a scenario, publish; the solutions of a list; the expert panel (computed conflicts,
/// optimal assignment), the decision with its reason, the pilot and its publication; the experts'
/// assignments and review forms. Bodies are the pages' form fields as strings; refusals are
/// problems citing their article.
enum ScenarioStepsAPI: SiteRoute {
    case batches, scenarios(UUID), publish(UUID), solutions(UUID)
    case panel(UUID), decision(UUID), pilot(UUID), publishPilot(UUID)
    case reviews, review(UUID)

    var path: String {
        let id = { (u: UUID) in u.uuidString.lowercased() }
        return switch self {
        case .batches: "/api/v1/scenario-batches"
        case .scenarios(let u): "/api/v1/scenario-batches/\(id(u))/scenarios"
        case .publish(let u): "/api/v1/scenario-batches/\(id(u))/publish"
        case .solutions(let u): "/api/v1/scenario-batches/\(id(u))/solutions"
        case .panel(let u): "/api/v1/scenario-solutions/\(id(u))/panel"
        case .decision(let u): "/api/v1/scenario-solutions/\(id(u))/decision"
        case .pilot(let u): "/api/v1/scenario-solutions/\(id(u))/pilot"
        case .publishPilot(let u): "/api/v1/scenario-solutions/\(id(u))/pilot/publish"
        case .reviews: "/api/v1/market-reviews"
        case .review(let u): "/api/v1/market-reviews/\(id(u))"
        }
    }
}

struct PanelReviewJSON: Content {
    let id: UUID
    let subject_kind: String
    let subject_id: UUID
    let expert_id: UUID
    let expert: String
    let affinity: Int
    let scores: [String: Int]
    let comment: String
    let submitted_at: Date?

    init(_ r: PanelReview) {
        id = r.id.rawValue; subject_kind = r.subject.kind.rawValue; subject_id = r.subject.id; expert_id = r.expertID; expert = r.expertName
        affinity = r.affinity; scores = r.scores; comment = r.comment; submitted_at = r.submittedAt
    }
}

struct PilotJSON: Content {
    struct Milestone: Content {
        let title: String
        let due: String
        let done: Bool
    }
    let id: UUID
    let solution_id: UUID
    let start_on: String
    let milestones: [Milestone]
    let outcome: String
    let published_at: Date?
    let article: String

    init(_ p: Pilot) {
        id = p.id.rawValue; solution_id = p.solutionID.rawValue; start_on = p.startOn.description
        milestones = p.milestones.map { Milestone(title: $0.title, due: $0.due.description, done: $0.done) }
        outcome = p.outcome; published_at = p.publishedAt; article = "35"
    }
}

struct PanelJSON: Content {
    let reviews: [PanelReviewJSON]
}

extension ScenarioStepsAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) {
        let any = SiteURL.anyID
        routes.on(.POST, ScenarioStepsAPI.batches, action: .manageScenarioBatches, use: createBatch)
        routes.on(.POST, ScenarioStepsAPI.scenarios(any), action: .manageScenarioBatches, use: addScenario)
        routes.on(.POST, ScenarioStepsAPI.publish(any), action: .manageScenarioBatches, use: publish)
        routes.on(.GET, ScenarioStepsAPI.solutions(any), action: .manageScenarioBatches, use: solutions)
        routes.on(.POST, ScenarioStepsAPI.panel(any), action: .manageScenarioBatches, use: panel)
        routes.on(.POST, ScenarioStepsAPI.decision(any), action: .manageScenarioBatches, use: decide)
        routes.on(.POST, ScenarioStepsAPI.pilot(any), action: .manageScenarioBatches, use: pilot)
        routes.on(.POST, ScenarioStepsAPI.publishPilot(any), action: .manageScenarioBatches, use: publishPilot)
        routes.on(.GET, ScenarioStepsAPI.reviews, action: .reviewMarketSubmissions, use: reviews)
        routes.on(.POST, ScenarioStepsAPI.review(any), action: .reviewMarketSubmissions, use: submitReview)
    }

    @Sendable static func createBatch(req: Request) async throws -> Response {
        let b = try await req.scenarioBatches.create(ScenarioAdminRoutes.batchInput(try req.marketForm()), by: try req.requirePrincipal().person)
        return try await ScenarioBatchJSON(b, scenarios: [], today: req.marketToday).created(at: MarketScenarioAPI.batch(b.id.rawValue), for: req)
    }

    @Sendable static func addScenario(req: Request) async throws -> Response {
        let id = try req.idParameter(as: ScenarioBatch.ID.self)
        let (input, errors) = ScenarioAdminRoutes.scenarioInput(try req.marketForm())
        if !errors.isEmpty { throw DomainError.validation(errors) }
        let s = try await req.scenarioBatches.addScenario(to: id, input, by: try req.requirePrincipal().person)
        return try await ScenarioJSON(s).created(at: MarketScenarioAPI.batch(id.rawValue), for: req)
    }

    @Sendable static func publish(req: Request) async throws -> ScenarioBatchJSON {
        let id = try req.idParameter(as: ScenarioBatch.ID.self)
        let b = try await req.scenarioBatches.publish(id, by: try req.requirePrincipal().person)
        return ScenarioBatchJSON(b, scenarios: try await req.scenarioBatches.scenarios(of: id), today: req.marketToday)
    }

    @Sendable static func solutions(req: Request) async throws -> [SolutionJSON] {
        try await req.scenarioSolutions.list(batch: try req.idParameter(as: ScenarioBatch.ID.self), by: try req.requirePrincipal().person).map(SolutionJSON.init)
    }

    @Sendable static func panel(req: Request) async throws -> PanelJSON {
        let reviewers = try ScenarioAdminRoutes.reviewers(try req.marketForm())
        let (_, reviews) = try await req.scenarioSolutions.assignPanel(try req.idParameter(as: Solution.ID.self), reviewers: reviewers, by: try req.requirePrincipal().person)
        return PanelJSON(reviews: reviews.map(PanelReviewJSON.init))
    }

    @Sendable static func decide(req: Request) async throws -> SolutionJSON {
        let v = try req.marketForm()
        guard let decision = v["decision"], ["select", "reject"].contains(decision) else {
            throw DomainError.validation([FieldError(field: "decision", rule: "solution.decision.choice", message: LocalizedText(zh: "请选择结论（select 或 reject）", en: "Choose the decision (select or reject)"))])
        }
        return SolutionJSON(try await req.scenarioSolutions.decide(try req.idParameter(as: Solution.ID.self), select: decision == "select", reason: v["reason"] ?? "",
                                                                   pilotStart: v["pilot_start"].flatMap { BeijingDay(parsing: $0.trimmingCharacters(in: .whitespaces)) },
                                                                   by: try req.requirePrincipal().person))
    }

    @Sendable static func pilot(req: Request) async throws -> PilotJSON {
        let v = try req.marketForm()
        guard let milestones = ScenarioComponents.milestones(v["milestones"] ?? "") else {
            throw DomainError.validation([FieldError(field: "milestones", rule: "pilot.milestones.format",
                                                     message: LocalizedText(zh: "每行以日期开头，如 2027-05-01 部署完成", en: "Start each line with a date, e.g. 2027-05-01 deployed"))])
        }
        return PilotJSON(try await req.scenarioPilots.record(try req.idParameter(as: Solution.ID.self),
                                                             startOn: v["start_on"].flatMap { BeijingDay(parsing: $0.trimmingCharacters(in: .whitespaces)) },
                                                             milestones: milestones, outcome: v["outcome"] ?? "", by: try req.requirePrincipal().person))
    }

    @Sendable static func publishPilot(req: Request) async throws -> PilotJSON {
        PilotJSON(try await req.scenarioPilots.publish(try req.idParameter(as: Solution.ID.self), by: try req.requirePrincipal().person))
    }

    @Sendable static func reviews(req: Request) async throws -> [PanelReviewJSON] {
        try await req.marketPanels.assignments(of: try req.requirePrincipal().person).map(PanelReviewJSON.init)
    }

    @Sendable static func submitReview(req: Request) async throws -> PanelReviewJSON {
        PanelReviewJSON(try await req.marketPanels.submit(try req.idParameter(as: PanelReview.ID.self), ScenarioRoutes.reviewInput(try req.marketForm()),
                                                          by: try req.requirePrincipal().person))
    }

    static var operations: [OpenAPIDocument.Operation] {
        let any = SiteURL.anyID
        let tag = "market"
        return [
            .init(.POST, ScenarioStepsAPI.batches, summary: "Draft a scenario demand list for a department one is staff of (department_id, title_zh, title_en, summary, closes_on; Art. 35)",
                  tag: tag, body: "MarketListingBody", response: "ScenarioBatch", status: 201),
            .init(.POST, ScenarioStepsAPI.scenarios(any), summary: "Add a scenario to a draft list (title_zh, title_en, discipline, problem, site, resources, expected_outcome, budget, timeline, contact)",
                  tag: tag, body: "MarketListingBody", response: "Scenario", status: 201),
            .init(.POST, ScenarioStepsAPI.publish(any), summary: "Publish a list (its Atom feed and public page follow); refusals cite Art. 35", tag: tag, response: "ScenarioBatch"),
            .init(.GET, ScenarioStepsAPI.solutions(any), summary: "The solutions submitted to a list (its department)", tag: tag, response: "SolutionList"),
            .init(.POST, ScenarioStepsAPI.panel(any), summary: "Assign an expert panel to a solution (reviewers = 1–5): conflicts computed, assignment optimal (Art. 29)",
                  tag: tag, body: "MarketListingBody", response: "MarketPanelAssignment"),
            .init(.POST, ScenarioStepsAPI.decision(any), summary: "Select or reject a solution with the reason (decision, reason, pilot_start)", tag: tag, body: "MarketListingBody", response: "Solution"),
            .init(.POST, ScenarioStepsAPI.pilot(any), summary: "Record the selected solution's pilot (start_on, milestones one a line starting with a date, outcome)",
                  tag: tag, body: "MarketListingBody", response: "ScenarioPilot"),
            .init(.POST, ScenarioStepsAPI.publishPilot(any), summary: "Publish the pilot on the public pilots page", tag: tag, response: "ScenarioPilot"),
            .init(.GET, ScenarioStepsAPI.reviews, summary: "The expert's market review assignments (scenario solutions and recognition applications)", tag: tag, response: "MarketPanelReviewList"),
            .init(.POST, ScenarioStepsAPI.review(any), summary: "Submit a review: score_<criterion>, comment, language, confidentiality=yes, no_conflict=yes (the proposals' review form)",
                  tag: tag, body: "MarketListingBody", response: "MarketPanelReview"),
        ]
    }

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, uuid = OpenAPIDocument.uuid, int = OpenAPIDocument.int32
        let nullableTime: JSONValue = ["type": ["string", "null"], "format": "date-time"]
        return [
            ("MarketPanelReview", ["type": "object", "properties": [
                "id": uuid, "subject_kind": string, "subject_id": uuid, "expert_id": uuid, "expert": string, "affinity": int,
                "scores": ["type": "object", "additionalProperties": int], "comment": string, "submitted_at": nullableTime]]),
            ("MarketPanelReviewList", ["type": "array", "items": OpenAPIDocument.ref("MarketPanelReview")]),
            ("MarketPanelAssignment", ["type": "object", "properties": ["reviews": OpenAPIDocument.ref("MarketPanelReviewList")]]),
            ("ScenarioPilot", ["type": "object", "properties": [
                "id": uuid, "solution_id": uuid, "start_on": string,
                "milestones": ["type": "array", "items": ["type": "object", "properties": ["title": string, "due": string, "done": ["type": "boolean"]]]],
                "outcome": string, "published_at": nullableTime, "article": string]]),
            ("SolutionList", ["type": "array", "items": OpenAPIDocument.ref("Solution")]),
        ]
    }
}
