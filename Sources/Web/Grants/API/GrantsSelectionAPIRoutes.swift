import Foundation
import Grants
import Identity
import KechuangCore
import Projects
import Vapor

/// Expert recommendation and directed commission (Art. 29(1)) over the JSON API: the same services
/// as the pages, so the same refusals (conflict of interest, not a registered expert, a published
/// call) with the article in the problem. Funding stays `GrantsAPI.award` (`Awards`).
struct GrantsSelectionAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        let any = SiteURL.anyID
        routes.on(.GET, GrantsAPI.nominations(any), action: .decideFunding, use: nominations)
        routes.on(.POST, GrantsAPI.nominations(any), action: .reviewAssignedApplications, use: nominate)
        routes.on(.GET, GrantsAPI.commissions, action: .decideFunding, use: commissions)
        routes.on(.POST, GrantsAPI.commissions, action: .decideFunding, use: commission)
    }

    func person(_ req: Request) throws -> Person { try req.requirePrincipal().person }

    struct NominationJSON: Content {
        let id: UUID
        let application_id: UUID
        let expert_id: UUID
        let expert_name: String
        let statement: String
        let created_at: Date
        let article: String

        init(_ n: Nomination) {
            id = n.id; application_id = n.applicationID; expert_id = n.expertID; expert_name = n.expertName; statement = n.statement
            created_at = n.createdAt; article = "29(1)"
        }
    }

    struct NominationsJSON: Content {
        let required: Int
        let nominations: [NominationJSON]
    }

    struct NominationBody: Content { var statement: String? }

    struct CommissionJSON: Content {
        let id: UUID
        let call_id: UUID
        let application_id: UUID
        let organisation_id: UUID
        let principal_investigator_id: UUID
        let title_zh: String
        let amount: Int
        let reason: String
        let created_at: Date
        let article: String

        init(_ c: Commission) {
            id = c.id; call_id = c.callID; application_id = c.applicationID; organisation_id = c.organisationID
            principal_investigator_id = c.principalInvestigatorID; title_zh = c.titleZh; amount = c.amount; reason = c.reason
            created_at = c.createdAt; article = "29(1)"
        }
    }

    struct CommissionBody: Content {
        var call_id: UUID?
        var organisation_id: UUID?
        var pi_email: String?
        var title_zh: String?
        var title_en: String?
        var summary: String?
        var amount: Int?
        var reason: String?
    }

    @Sendable func nominations(req: Request) async throws -> NominationsJSON {
        let id = try req.idParameter(as: GrantApplication.ID.self)
        // The officer's view of the application (404 for one that did not reach them).
        _ = try await req.awards.facts(id, as: try person(req))
        return NominationsJSON(required: SelectionRules.requiredNominations, nominations: try await req.recommendations.nominations(id).map(NominationJSON.init))
    }

    @Sendable func nominate(req: Request) async throws -> Response {
        let body = try req.content.decode(NominationBody.self)
        let id = try req.idParameter(as: GrantApplication.ID.self)
        let expert = try person(req)
        // Applications not open for recommendation do not exist here.
        guard try await req.recommendations.candidates(for: expert).contains(where: { $0.application.id == id }) else {
            throw DomainError.notFound(entity: "application")
        }
        let made = try await req.recommendations.nominate(id, statement: body.statement ?? "", by: expert)
        return try await NominationJSON(made).created(at: GrantsAPI.nominations(id.rawValue), for: req)
    }

    @Sendable func commissions(req: Request) async throws -> [CommissionJSON] {
        try await req.commissions.list(as: try person(req)).map(CommissionJSON.init)
    }

    @Sendable func commission(req: Request) async throws -> Response {
        let body = try req.content.decode(CommissionBody.self)
        let email = (body.pi_email ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let pi = email.isEmpty ? nil : try await req.people.find(email: email)?.id
        let input = CommissionInput(callID: body.call_id, organisationID: body.organisation_id, principalInvestigatorID: pi, titleZh: body.title_zh ?? "",
                                    titleEn: body.title_en ?? "", summary: body.summary ?? "", amount: body.amount, reason: body.reason ?? "")
        let made = try await req.commissions.commission(input, by: try person(req))
        return try await CommissionJSON(made).created(at: GrantsAPI.award(made.applicationID), for: req)
    }
}
