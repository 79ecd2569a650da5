import Foundation
import Grants
import Identity
import KechuangCore
import Vapor

extension GrantsClosureAPIRoutes {
    // MARK: Change requests

    @Sendable func changes(req: Request) async throws -> [ChangeRequestJSON] {
        try await req.changeRequests.list(project: try Self.projectID(req), as: try Self.person(req)).map(ChangeRequestJSON.init)
    }

    struct ChangeBody: Content {
        var kind: String
        var reason: String
        var new_end_date: String?
        /// The new PI's e-mail address on the platform.
        var new_pi_email: String?
        var team: [[String: String]]?
    }

    @Sendable func fileChange(req: Request) async throws -> Response {
        let body = try req.content.decode(ChangeBody.self)
        let email = (body.new_pi_email ?? "").trimmingCharacters(in: .whitespaces)
        let newPI = email.isEmpty ? nil : try await req.people.find(email: email)?.id
        let team = (body.team ?? []).map { "\($0["name"] ?? ""),\($0["email"] ?? "")" }.joined(separator: "\n")
        let (input, errors) = ClosureForms.change(["kind": body.kind, "reason": body.reason, "new_end_date": body.new_end_date ?? "", "team": team], newPI: newPI)
        if !errors.isEmpty { throw DomainError.validation(errors) }
        let request = try await req.changeRequests.file(project: try Self.projectID(req), input, by: try Self.person(req))
        let response = try await ChangeRequestJSON(request).encodeResponse(for: req)
        response.status = .created
        return response
    }

    @Sendable func decideChange(req: Request) async throws -> ChangeRequestJSON {
        let body = try req.content.decode(DecisionBody.self)
        return ChangeRequestJSON(try await req.changeRequests.decide(try req.idParameter(as: ChangeRequest.ID.self), approve: body.approve,
                                                                     comment: body.comment ?? "", by: try Self.person(req)))
    }

    // MARK: Acceptance

    func acceptanceJSON(_ req: Request) async throws -> AcceptanceJSON {
        guard let found = try await req.acceptances.acceptance(of: try Self.projectID(req), as: try Self.person(req)) else {
            throw DomainError.notFound(entity: "acceptance")
        }
        return AcceptanceJSON(found.acceptance, panel: found.panel)
    }

    @Sendable func acceptance(req: Request) async throws -> AcceptanceJSON { try await acceptanceJSON(req) }

    @Sendable func openAcceptance(req: Request) async throws -> AcceptanceJSON {
        _ = try await req.acceptances.open(project: try Self.projectID(req), by: try Self.person(req))
        return try await acceptanceJSON(req)
    }

    func current(_ req: Request) async throws -> Acceptance.ID {
        guard let found = try await req.acceptances.acceptance(of: try Self.projectID(req), as: try Self.person(req)) else {
            throw DomainError.notFound(entity: "acceptance")
        }
        return found.acceptance.id
    }

    @Sendable func choosePanel(req: Request) async throws -> AcceptanceJSON {
        _ = try await req.acceptances.choosePanel(try await current(req), by: try Self.person(req))
        return try await acceptanceJSON(req)
    }

    struct DecideBody: Content {
        var outcome: String
        var finding: String?
        var misconduct: String?
        var misconduct_description: String?
    }

    @Sendable func decide(req: Request) async throws -> AcceptanceJSON {
        let body = try req.content.decode(DecideBody.self)
        let decision = ClosureForms.decision(["outcome": body.outcome, "finding": body.finding ?? "", "misconduct": body.misconduct ?? "",
                                              "misconduct_description": body.misconduct_description ?? ""])
        if let raw = body.misconduct, !raw.isEmpty, decision.misconduct == nil {
            throw DomainError.validation([ClosureForms.unreadable("misconduct", zh: "未知的失信行为类型", en: "Unknown kind of misconduct")])
        }
        _ = try await req.acceptances.decide(try await current(req), decision, by: try Self.person(req))
        return try await acceptanceJSON(req)
    }

    @Sendable func invitations(req: Request) async throws -> [AcceptanceInvitationJSON] {
        try await req.acceptances.invitations(for: try Self.person(req)).map(AcceptanceInvitationJSON.init)
    }

    struct ScoreBody: Content {
        var scores: [String: Int]
        var comment: String
    }

    @Sendable func submitReview(req: Request) async throws -> AcceptanceInvitationJSON {
        let body = try req.content.decode(ScoreBody.self)
        let expert = try Self.person(req)
        let id: UUID = try req.idParameter()
        _ = try await req.acceptances.submitReview(id, scores: body.scores.mapValues(String.init), comment: body.comment, by: expert)
        return AcceptanceInvitationJSON(try await req.acceptances.invitation(id, for: expert))
    }

    // MARK: Schemes

    @Sendable func schemes(req: Request) async throws -> [AcceptanceSchemeJSON] {
        let programme: UUID = try req.idParameter()
        var out: [AcceptanceSchemeJSON] = []
        for type in ResearchType.allCases { out.append(AcceptanceSchemeJSON(try await req.acceptances.scheme(programme: programme, type: type))) }
        return out
    }

    struct SchemeBody: Content {
        var research_type: String
        var reviewer_kind: String
        var criteria: [AcceptanceSchemeJSON.Criterion]
        var reviewers_per_project: Int
        var pass_mark: Int
    }

    @Sendable func saveScheme(req: Request) async throws -> AcceptanceSchemeJSON {
        let body = try req.content.decode(SchemeBody.self)
        guard let type = ResearchType(rawValue: body.research_type) else {
            throw DomainError.validation([ClosureForms.unreadable("research_type", zh: "成果类别须为 basic、applied 或 development", en: "research_type is basic, applied or development")])
        }
        guard let kind = AcceptanceReviewerKind(rawValue: body.reviewer_kind) else {
            throw DomainError.validation([ClosureForms.unreadable("reviewer_kind", zh: "评价主体须为 academic_peers、users 或 market", en: "reviewer_kind is academic_peers, users or market")])
        }
        let scheme = AcceptanceScheme(programmeID: try req.idParameter(), category: type, reviewerKind: kind,
                                      criteria: body.criteria.map { AcceptanceCriterion(key: $0.key, zh: $0.zh, en: $0.en, weight: $0.weight) },
                                      reviewersPerProject: body.reviewers_per_project, passMark: body.pass_mark)
        return AcceptanceSchemeJSON(try await req.acceptances.saveScheme(scheme, by: try Self.person(req)))
    }
}
