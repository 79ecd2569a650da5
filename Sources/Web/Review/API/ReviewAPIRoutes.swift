import Foundation
import Identity
import KechuangCore
import Projects
import Review
import Vapor

/// Every step of the formal check and expert review over the JSON API, the same service calls as
/// the pages (Art. 29, 60): the programme officer accepts an application for review, sets a call's
/// round, runs the optimal assignment, swaps reviewers, records conflicts, publishes, reminds,
/// reads the ranking (the funding decision is the Grants API's, through `Awards`); an expert lists their invitations, accepts or declines
/// and submits a review. Anyone may read a call's published assignment report: what they need to
/// re-run the assignment and where to download the `rap-bench/1` input files.
struct ReviewAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        let any = SiteURL.anyID
        routes.on(.POST, ReviewAPI.formalCheck(any), action: .formalCheckApplications, use: formalCheck)
        routes.on(.GET, ReviewAPI.round(any), action: .manageReviewRounds, use: show)
        routes.on(.PUT, ReviewAPI.round(any), action: .manageReviewRounds, use: configure)
        routes.on(.POST, ReviewAPI.roundRun(any), action: .manageReviewRounds, use: run)
        routes.on(.POST, ReviewAPI.roundSwap(any), action: .manageReviewRounds, use: swap)
        routes.on(.POST, ReviewAPI.roundConflicts(any), action: .manageReviewRounds, use: addConflict)
        routes.on(.POST, ReviewAPI.roundPublish(any), action: .manageReviewRounds, use: publish)
        routes.on(.POST, ReviewAPI.roundRemind(any), action: .manageReviewRounds, use: remind)
        routes.on(.GET, ReviewAPI.ranking(any), action: .manageReviewRounds, use: ranking)
        routes.on(.GET, ReviewAPI.report(any), action: .viewAssignmentReports, use: report)
        routes.on(.GET, ReviewAPI.reviews, action: .reviewAssignedApplications, use: invitations)
        routes.on(.POST, ReviewAPI.reviewAccept(any), action: .reviewAssignedApplications, use: accept)
        routes.on(.POST, ReviewAPI.reviewDecline(any), action: .reviewAssignedApplications, use: decline)
        routes.on(.POST, ReviewAPI.reviewSubmit(any), action: .reviewAssignedApplications, use: submit)
    }

    // MARK: Formal check (the funding decision is the Grants API's: `GrantsAPI.award`, `GrantsAPI.notFunded`)

    struct FormalCheckBody: Content {
        /// `accept` or `not_accept`.
        var decision: String
        var note: String?
    }

    @Sendable func formalCheck(req: Request) async throws -> GrantApplicationJSON {
        let officer = try req.requirePrincipal().person
        let body = try req.content.decode(FormalCheckBody.self)
        let id = try req.idParameter(as: GrantApplication.ID.self)
        switch body.decision {
        case "accept": return GrantApplicationJSON(try await req.applications.accept(id, note: body.note, by: officer))
        case "not_accept": return GrantApplicationJSON(try await req.applications.notAccept(id, reason: body.note ?? "", by: officer))
        default: throw Self.invalid("decision", rule: "formal_check.decision", zh: "decision 须为 accept 或 not_accept", en: "decision must be accept or not_accept")
        }
    }

    // MARK: The round

    func roundJSON(_ req: Request, callID: UUID) async throws -> ReviewRoundJSON {
        let rounds = req.rounds
        let round = try await rounds.round(call: callID, as: try req.requirePrincipal().person, for: .view)
        return ReviewRoundJSON(round, assignments: try await rounds.assignments(round: round.id),
                               exclusions: try await rounds.exclusions(round: round.id),
                               progress: try await req.reviews.progress(round: round.id))
    }

    func requireRound(_ req: Request) async throws -> (Person, UUID, ReviewRound) {
        let officer = try req.requirePrincipal().person
        let callID = try await req.calls.find(try req.idParameter(as: Call.ID.self)).id.rawValue
        let round = try await req.rounds.round(call: callID, as: officer, for: .change)
        return (officer, callID, round)
    }

    @Sendable func show(req: Request) async throws -> ReviewRoundJSON {
        try await roundJSON(req, callID: try await req.calls.find(try req.idParameter(as: Call.ID.self)).id.rawValue)
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
        let callID = try await req.calls.find(try req.idParameter(as: Call.ID.self)).id.rawValue
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
        /// Published, pseudonymously, in the assignment report.
        var reason: String?
        /// Must be true to swap in an expert whose match with the proposal is 0.000 (Art. 29);
        /// absent means not confirmed.
        var confirm_no_match: Bool?
    }

    @Sendable func swap(req: Request) async throws -> ReviewRoundJSON {
        let (officer, callID, round) = try await requireRound(req)
        let body = try req.content.decode(SwapBody.self)
        try await req.rounds.swap(round: round.id, application: body.application_id, from: body.from_expert_id, to: body.to_expert_id,
                                  reason: body.reason, noMatchConfirmed: body.confirm_no_match ?? false, by: officer)
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
        let call = try await req.calls.find(try req.idParameter(as: Call.ID.self))
        return try await req.reviews.ranking(call: call.id).map(RankingRowJSON.init)
    }

    // MARK: The published report

    @Sendable func report(req: Request) async throws -> AssignmentReportJSON {
        let call = try await req.calls.find(try req.idParameter(as: Call.ID.self))
        let rounds = req.rounds
        let (round, report) = try await rounds.publishedReport(call: call.id.rawValue)
        let files = try await rounds.instanceFiles(round: round.id).keys.sorted()
        return AssignmentReportJSON(report, files: files.map { ReviewURL.reviewReportFile(call.id.rawValue, $0).path })
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
