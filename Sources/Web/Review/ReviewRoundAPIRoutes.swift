import Foundation
import Identity
import KechuangCore
import Projects
import Review
import Vapor

/// Every step of the formal check and expert review over the JSON API, the same service calls as
/// the pages (Art. 29, 60): the programme officer accepts an application for review, sets a call's
/// round, runs the optimal assignment, swaps reviewers, records conflicts, publishes, reminds,
/// reads the ranking and decides funding; an expert lists their invitations, accepts or declines
/// and submits a review.
struct ReviewRoundAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        let api = routes.grouped("api", "v1")
        api.on(.POST, ["applications", ":id", "formal-check"], action: .formalCheckApplications, use: formalCheck)
        api.on(.POST, ["applications", ":id", "funding"], action: .manageReviewRounds, use: funding)
        api.on(.GET, ["calls", ":id", "review-round"], action: .manageReviewRounds, use: show)
        api.on(.PUT, ["calls", ":id", "review-round"], action: .manageReviewRounds, use: configure)
        api.on(.POST, ["calls", ":id", "review-round", "run"], action: .manageReviewRounds, use: run)
        api.on(.POST, ["calls", ":id", "review-round", "swap"], action: .manageReviewRounds, use: swap)
        api.on(.POST, ["calls", ":id", "review-round", "conflicts"], action: .manageReviewRounds, use: addConflict)
        api.on(.POST, ["calls", ":id", "review-round", "publish"], action: .manageReviewRounds, use: publish)
        api.on(.POST, ["calls", ":id", "review-round", "remind"], action: .manageReviewRounds, use: remind)
        api.on(.GET, ["calls", ":id", "ranking"], action: .manageReviewRounds, use: ranking)
        api.on(.GET, ["reviews"], action: .reviewAssignedApplications, use: invitations)
        api.on(.POST, ["reviews", ":id", "accept"], action: .reviewAssignedApplications, use: accept)
        api.on(.POST, ["reviews", ":id", "decline"], action: .reviewAssignedApplications, use: decline)
        api.on(.POST, ["reviews", ":id", "submit"], action: .reviewAssignedApplications, use: submit)
    }

    // MARK: Formal check and funding

    struct FormalCheckBody: Content {
        /// `accept` or `not_accept`.
        var decision: String
        var note: String?
    }

    @Sendable func formalCheck(req: Request) async throws -> GrantApplicationJSON {
        let officer = try req.requirePrincipal().person
        let body = try req.content.decode(FormalCheckBody.self)
        let id = try req.idParameter()
        switch body.decision {
        case "accept": return GrantApplicationJSON(try await req.applications.accept(id, note: body.note, by: officer))
        case "not_accept": return GrantApplicationJSON(try await req.applications.notAccept(id, reason: body.note ?? "", by: officer))
        default: throw Self.invalid("decision", rule: "formal_check.decision", zh: "decision 须为 accept 或 not_accept", en: "decision must be accept or not_accept")
        }
    }

    struct FundingBody: Content {
        var fund: Bool
        var note: String?
    }

    @Sendable func funding(req: Request) async throws -> GrantApplicationJSON {
        let officer = try req.requirePrincipal().person
        let body = try req.content.decode(FundingBody.self)
        return GrantApplicationJSON(try await req.applications.decideFunding(try req.idParameter(), fund: body.fund, note: body.note, by: officer))
    }

    // MARK: The round

    func roundJSON(_ req: Request, callID: UUID) async throws -> ReviewRoundJSON {
        let rounds = req.rounds
        guard let round = try await rounds.round(call: callID) else { throw DomainError.notFound(entity: "review round") }
        return ReviewRoundJSON(round, assignments: try await rounds.assignments(round: round.id),
                               exclusions: try await rounds.exclusions(round: round.id),
                               progress: try await req.reviews.progress(round: round.id))
    }

    func requireRound(_ req: Request) async throws -> (Person, UUID, ReviewRound) {
        let officer = try req.requirePrincipal().person
        let callID = try await req.calls.find(try req.idParameter()).id
        guard let round = try await req.rounds.round(call: callID) else { throw DomainError.notFound(entity: "review round") }
        return (officer, callID, round)
    }

    @Sendable func show(req: Request) async throws -> ReviewRoundJSON {
        try await roundJSON(req, callID: try await req.calls.find(try req.idParameter()).id)
    }

    struct RoundBody: Content {
        var reviewers_per_proposal: Int
        var min_load: Int
        var max_load: Int
        /// Beijing time (`2026-12-31 17:00`) or ISO 8601 with an offset.
        var deadline: String
        var fair: Bool?
        var seed: Int?
    }

    @Sendable func configure(req: Request) async throws -> ReviewRoundJSON {
        let officer = try req.requirePrincipal().person
        let callID = try await req.calls.find(try req.idParameter()).id
        let body = try req.content.decode(RoundBody.self)
        guard let deadline = BeijingTime.parse(body.deadline) else {
            throw Self.invalid("deadline", rule: "round.deadline.format", zh: "格式：2026-01-31 17:00（北京时间）或带时区的 ISO 8601",
                               en: "Format: 2026-01-31 17:00 (Beijing time) or ISO 8601 with an offset")
        }
        _ = try await req.rounds.configure(call: callID, reviewersPerProposal: body.reviewers_per_proposal, minLoad: body.min_load,
                                           maxLoad: body.max_load, deadline: deadline, fair: body.fair ?? false, seed: body.seed ?? 0,
                                           criteria: ReviewRound.defaultCriteria, by: officer)
        return try await roundJSON(req, callID: callID)
    }

    @Sendable func run(req: Request) async throws -> ReviewRoundJSON {
        let (officer, callID, round) = try await requireRound(req)
        _ = try await req.rounds.run(round.id, by: officer)
        return try await roundJSON(req, callID: callID)
    }

    struct SwapBody: Content {
        var application_id: UUID
        var from_expert_id: UUID
        var to_expert_id: UUID
    }

    @Sendable func swap(req: Request) async throws -> ReviewRoundJSON {
        let (officer, callID, round) = try await requireRound(req)
        let body = try req.content.decode(SwapBody.self)
        try await req.rounds.swap(round: round.id, application: body.application_id, from: body.from_expert_id, to: body.to_expert_id, by: officer)
        return try await roundJSON(req, callID: callID)
    }

    struct ConflictBody: Content {
        var application_id: UUID
        var expert_id: UUID
        var reason: String
    }

    @Sendable func addConflict(req: Request) async throws -> ReviewRoundJSON {
        let (officer, callID, round) = try await requireRound(req)
        let body = try req.content.decode(ConflictBody.self)
        try await req.rounds.addConflict(round: round.id, application: body.application_id, expert: body.expert_id, reason: body.reason, by: officer)
        return try await roundJSON(req, callID: callID)
    }

    @Sendable func publish(req: Request) async throws -> ReviewRoundJSON {
        let (officer, callID, round) = try await requireRound(req)
        _ = try await req.rounds.publish(round.id, by: officer)
        return try await roundJSON(req, callID: callID)
    }

    struct RemindedJSON: Content {
        let reminded: Int
    }

    @Sendable func remind(req: Request) async throws -> RemindedJSON {
        let (officer, _, round) = try await requireRound(req)
        return RemindedJSON(reminded: try await req.reviews.remind(round: round.id, by: officer))
    }

    @Sendable func ranking(req: Request) async throws -> [RankingRowJSON] {
        let call = try await req.calls.find(try req.idParameter())
        return try await req.reviews.ranking(call: call.id).map(RankingRowJSON.init)
    }

    // MARK: Experts

    @Sendable func invitations(req: Request) async throws -> [InvitationJSON] {
        let expert = try req.requirePrincipal().person
        return try await req.reviews.invitations(for: expert).map(InvitationJSON.init)
    }

    @Sendable func accept(req: Request) async throws -> InvitationJSON {
        let expert = try req.requirePrincipal().person
        let id = try req.idParameter()
        try await req.reviews.accept(id, by: expert)
        return InvitationJSON(try await req.reviews.invitation(id, for: expert))
    }

    struct DeclineBody: Content { var reason: String }
    struct DeclinedJSON: Content {
        /// Whether another eligible expert took the proposal over.
        let replacement_assigned: Bool
    }

    @Sendable func decline(req: Request) async throws -> DeclinedJSON {
        let expert = try req.requirePrincipal().person
        let body = try req.content.decode(DeclineBody.self)
        let replacement = try await req.reviews.decline(try req.idParameter(), reason: body.reason, by: expert)
        return DeclinedJSON(replacement_assigned: replacement != nil)
    }

    struct ReviewBody: Content {
        /// Criterion key → score (whole number from 0 to the criterion's maximum).
        var scores: [String: Int]
        var comment: String
        /// `zh` or `en`.
        var language: String
        var confidentiality: Bool
        var no_conflict: Bool
    }

    @Sendable func submit(req: Request) async throws -> SubmittedReviewJSON {
        let expert = try req.requirePrincipal().person
        let body = try req.content.decode(ReviewBody.self)
        let input = ReviewInput(scores: body.scores.mapValues(String.init), comment: body.comment, language: body.language,
                                confidentiality: body.confidentiality, noConflict: body.no_conflict)
        return SubmittedReviewJSON(try await req.reviews.submit(try req.idParameter(), input, by: expert))
    }

    static func invalid(_ field: String, rule: String, zh: String, en: String) -> DomainError {
        .validation([FieldError(field: field, rule: rule, message: LocalizedText(zh: zh, en: en))])
    }
}

// MARK: JSON shapes

struct ReviewRoundJSON: Content {
    struct Assignment: Content {
        let id: UUID
        let application_id: UUID
        let expert_id: UUID
        let affinity: Int
        let status: String
        let source: String
    }

    struct ExclusionJSON: Content {
        let application_id: UUID
        let expert_id: UUID
        let reason: String
        let detail: String
        let by_officer: Bool
    }

    let id: UUID
    let call_id: UUID
    let state: String
    let reviewers_per_proposal: Int
    let min_load: Int
    let max_load: Int
    let deadline: Date
    let fair: Bool
    let seed: Int
    let objective: Int?
    let assignments: [Assignment]
    let exclusions: [ExclusionJSON]
    let progress: [String: Int]
    let version: Int
    let article: String

    init(_ r: ReviewRound, assignments: [ReviewAssignment], exclusions: [Exclusion], progress: [AssignmentStatus: Int]) {
        id = r.id; call_id = r.callID; state = r.state.rawValue; reviewers_per_proposal = r.reviewersPerProposal
        min_load = r.minLoad; max_load = r.maxLoad; deadline = r.deadline; fair = r.fair; seed = r.seed; objective = r.report?.objective
        self.assignments = assignments.map {
            Assignment(id: $0.id, application_id: $0.applicationID, expert_id: $0.expertID, affinity: $0.affinity, status: $0.status.rawValue, source: $0.source.rawValue)
        }
        self.exclusions = exclusions.map {
            ExclusionJSON(application_id: $0.applicationID, expert_id: $0.expertID, reason: $0.reason.rawValue, detail: $0.detail, by_officer: $0.byOfficer)
        }
        self.progress = Dictionary(uniqueKeysWithValues: progress.map { ($0.key.rawValue, $0.value) })
        version = r.version
        article = "29"
    }
}

struct RankingRowJSON: Content {
    let application_id: UUID
    let title: String
    let budget: Int
    let reviews: Int
    /// Mean of the weighted review totals (0–100); null without reviews.
    let mean: Double?
    let spread: Double?
    let outliers: [Double]
    let above_cutoff: Bool
    let state: String

    init(_ r: RankingRow) {
        application_id = r.applicationID; title = r.title; budget = r.budget; reviews = r.reviews
        mean = r.reviews > 0 ? r.mean : nil
        spread = r.reviews > 1 ? r.spread : nil
        outliers = r.outliers; above_cutoff = r.aboveCutoff; state = r.state
    }
}

struct InvitationJSON: Content {
    let id: UUID
    let application_id: UUID
    let call_title: String
    let title: String
    let status: String
    let deadline: Date
    let needs_reminder: Bool

    init(_ i: Reviews.Invitation) {
        id = i.assignment.id; application_id = i.application.id; call_title = i.callTitle; title = i.application.titleZh
        status = i.assignment.status.rawValue; deadline = i.round.deadline; needs_reminder = i.needsReminder
    }
}

struct SubmittedReviewJSON: Content {
    let assignment_id: UUID
    let application_id: UUID
    let scores: [String: Int]
    /// Weighted total, 0–100.
    let total: Double
    let comment: String
    let language: String
    let submitted_at: Date

    init(_ r: SubmittedReview) {
        assignment_id = r.assignmentID; application_id = r.applicationID; scores = r.scores; total = r.total
        comment = r.comment; language = r.language; submitted_at = r.submittedAt
    }
}

// MARK: OpenAPI

extension ReviewRoundAPIRoutes {
    typealias Operation = OpenAPIDocument.Operation

    static let operations: [Operation] = [
        Operation(method: .POST, path: "/api/v1/applications/{id}/formal-check", summary: "The formal check: accept an application that reached the officer for review, or not (with the reason); accepting is refused under an integrity restriction (Art. 60)",
                  tag: "review", body: "FormalCheckBody", response: "GrantApplication"),
        Operation(method: .POST, path: "/api/v1/applications/{id}/funding", summary: "Fund an accepted application or not; funding is refused under an integrity restriction on fiscal funding (Art. 60)",
                  tag: "review", body: "FundingBody", response: "GrantApplication"),
        Operation(method: .GET, path: "/api/v1/calls/{id}/review-round", summary: "The call's review round: parameters, assignments, exclusions with their reasons, progress (Art. 29)",
                  tag: "review", response: "ReviewRound"),
        Operation(method: .PUT, path: "/api/v1/calls/{id}/review-round", summary: "Set the round's parameters (before it is published)", tag: "review",
                  body: "ReviewRoundBody", response: "ReviewRound"),
        Operation(method: .POST, path: "/api/v1/calls/{id}/review-round/run", summary: "Compute the optimal assignment of reviewers (refused with the reason when infeasible)",
                  tag: "review", response: "ReviewRound"),
        Operation(method: .POST, path: "/api/v1/calls/{id}/review-round/swap", summary: "Replace one reviewer of a proposal; refused when the new one is conflicted, already assigned or at their maximum",
                  tag: "review", body: "SwapBody", response: "ReviewRound"),
        Operation(method: .POST, path: "/api/v1/calls/{id}/review-round/conflicts", summary: "Record a conflict of interest between a proposal and an expert, with the reason",
                  tag: "review", body: "ConflictBody", response: "ReviewRound"),
        Operation(method: .POST, path: "/api/v1/calls/{id}/review-round/publish", summary: "Publish the assignment: invitations go out and the report becomes public",
                  tag: "review", response: "ReviewRound"),
        Operation(method: .POST, path: "/api/v1/calls/{id}/review-round/remind", summary: "Remind every expert whose review is not submitted", tag: "review", response: "Reminded"),
        Operation(method: .GET, path: "/api/v1/calls/{id}/ranking", summary: "The ranking: mean weighted score, spread, outliers and the budget cut-off",
                  tag: "review", response: "RankingList"),
        Operation(method: .GET, path: "/api/v1/reviews", summary: "The expert's invitations in published rounds, newest deadlines first", tag: "review", response: "InvitationList"),
        Operation(method: .POST, path: "/api/v1/reviews/{id}/accept", summary: "Accept an invitation (refused under an integrity restriction on review duty, Art. 60)",
                  tag: "review", response: "Invitation"),
        Operation(method: .POST, path: "/api/v1/reviews/{id}/decline", summary: "Decline an invitation with the reason; the next best eligible expert takes the proposal",
                  tag: "review", body: "DeclineBody", response: "Declined"),
        Operation(method: .POST, path: "/api/v1/reviews/{id}/submit", summary: "Submit the review: a score for every criterion, a comment and both declarations",
                  tag: "review", body: "ReviewBody", response: "SubmittedReview"),
    ]

    static var schemas: [(String, JSONValue)] {
        let string = OpenAPIDocument.string, uuid = OpenAPIDocument.uuid, dateTime = OpenAPIDocument.dateTime
        let int32: JSONValue = ["type": "integer", "format": "int32"]
        func bounded(_ min: Int, _ max: Int, _ description: String) -> JSONValue {
            ["type": "integer", "format": "int32", "minimum": .int(min), "maximum": .int(max), "description": .string(description)]
        }
        return [
            ("FormalCheckBody", ["type": "object", "required": ["decision"], "properties": [
                "decision": ["type": "string", "enum": ["accept", "not_accept"]],
                "note": ["type": "string", "description": "The officer's note; required (the reason) when not accepting"],
            ]]),
            ("FundingBody", ["type": "object", "required": ["fund"], "properties": ["fund": ["type": "boolean"], "note": string]]),
            ("ReviewRoundBody", ["type": "object", "required": ["reviewers_per_proposal", "min_load", "max_load", "deadline"], "properties": [
                "reviewers_per_proposal": bounded(1, 15, "Reviewers per proposal"),
                "min_load": bounded(0, 200, "The fewest proposals per expert"),
                "max_load": bounded(1, 200, "The most proposals per expert (an expert's own lower maximum applies)"),
                "deadline": ["type": "string", "description": "Beijing time, e.g. 2026-12-31 17:00, or ISO 8601 with an offset; in the future"],
                "fair": ["type": "boolean", "description": "Best worst-off proposal first, then the largest total"],
                "seed": bounded(0, Int(Int32.max), "Seed recorded in the report"),
            ]]),
            ("ReviewRound", ["type": "object", "properties": [
                "id": uuid, "call_id": uuid, "state": ["type": "string", "enum": ["draft", "computed", "published"]],
                "reviewers_per_proposal": int32, "min_load": int32, "max_load": int32, "deadline": dateTime, "fair": ["type": "boolean"],
                "seed": ["type": "integer", "format": "int64"], "objective": ["type": ["integer", "null"], "format": "int64"],
                "assignments": ["type": "array", "items": ["type": "object", "properties": [
                    "id": uuid, "application_id": uuid, "expert_id": uuid, "affinity": bounded(0, 65535, "Affinity score"),
                    "status": ["type": "string", "enum": ["assigned", "accepted", "declined", "submitted"]],
                    "source": ["type": "string", "enum": ["solver", "manual", "replacement"]],
                ]]],
                "exclusions": ["type": "array", "items": ["type": "object", "properties": [
                    "application_id": uuid, "expert_id": uuid, "reason": string, "detail": string, "by_officer": ["type": "boolean"],
                ]]],
                "progress": ["type": "object", "additionalProperties": int32], "version": int32, "article": ["type": "string", "description": "29"],
            ]]),
            ("SwapBody", ["type": "object", "required": ["application_id", "from_expert_id", "to_expert_id"], "properties": [
                "application_id": uuid, "from_expert_id": uuid, "to_expert_id": uuid,
            ]]),
            ("ConflictBody", ["type": "object", "required": ["application_id", "expert_id", "reason"], "properties": [
                "application_id": uuid, "expert_id": uuid, "reason": string,
            ]]),
            ("Reminded", ["type": "object", "properties": ["reminded": int32]]),
            ("RankingList", ["type": "array", "items": ["type": "object", "properties": [
                "application_id": uuid, "title": string, "budget": ["type": "integer", "format": "int64", "description": "yuan"],
                "reviews": int32, "mean": ["type": ["number", "null"], "description": "Mean weighted total, 0–100; null without reviews"],
                "spread": ["type": ["number", "null"], "description": "Sample standard deviation; null with fewer than two reviews"],
                "outliers": ["type": "array", "items": ["type": "number"]], "above_cutoff": ["type": "boolean"], "state": string,
            ]]]),
            ("Invitation", ["type": "object", "properties": [
                "id": uuid, "application_id": uuid, "call_title": string, "title": string,
                "status": ["type": "string", "enum": ["assigned", "accepted", "declined", "submitted"]], "deadline": dateTime,
                "needs_reminder": ["type": "boolean"],
            ]]),
            ("InvitationList", ["type": "array", "items": OpenAPIDocument.ref("Invitation")]),
            ("DeclineBody", ["type": "object", "required": ["reason"], "properties": ["reason": string]]),
            ("Declined", ["type": "object", "properties": ["replacement_assigned": ["type": "boolean"]]]),
            ("ReviewBody", ["type": "object", "required": ["scores", "comment", "language", "confidentiality", "no_conflict"], "properties": [
                "scores": ["type": "object", "additionalProperties": bounded(0, 100, "Score of one criterion, 0 to its maximum")],
                "comment": string, "language": ["type": "string", "enum": ["zh", "en"]],
                "confidentiality": ["type": "boolean"], "no_conflict": ["type": "boolean"],
            ]]),
            ("SubmittedReview", ["type": "object", "properties": [
                "assignment_id": uuid, "application_id": uuid, "scores": ["type": "object", "additionalProperties": int32],
                "total": ["type": "number"], "comment": string, "language": string, "submitted_at": dateTime,
            ]]),
        ]
    }
}
