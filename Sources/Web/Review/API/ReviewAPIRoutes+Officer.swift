import Foundation
import Identity
import Integrity
import KechuangCore
import Projects
import Review
import Vapor

/// The officer's and the expert's steps that were pages only: the formal check's facts (integrity
/// decision, near-duplicates, Art. 60), confirming a duplicate (drafts an integrity record), the
/// expert pool (list, invite, activate), and one invitation with the expert's own review and, once
/// submitted, the others'. Same service calls as the pages (`ReviewRoutes`).
struct ReviewOfficerAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        let any = SiteURL.anyID
        routes.on(.GET, ReviewAPI.formalCheck(any), action: .formalCheckApplications, use: formalCheck)
        routes.on(.POST, ReviewAPI.duplicateConfirmation(any), action: .formalCheckApplications, use: confirmDuplicate)
        routes.on(.GET, ReviewAPI.experts, action: .manageExperts, use: experts)
        routes.on(.POST, ReviewAPI.expertInvitations, action: .manageExperts, use: invite)
        routes.on(.POST, ReviewAPI.expertActive(any), action: .manageExperts, use: setActive)
        routes.on(.GET, ReviewAPI.review(any), action: .reviewAssignedApplications, use: review)
    }

    struct FormalCheckJSON: Content {
        struct Record: Content {
            let id: UUID
            let document_number: String
            let deciding_body: String
            let finding: String
            let until: Date?
        }
        struct Duplicate: Content {
            let application_id: UUID
            let call_title: String
            let jaccard: Double
        }
        let application_id: UUID
        let state: String
        let integrity_allowed: Bool
        let integrity_records: [Record]
        let duplicates: [Duplicate]
        let article: String

        init(_ check: FormalCheck) {
            application_id = check.application.id.rawValue
            state = check.application.state.rawValue
            integrity_allowed = check.integrity.isAllowed
            integrity_records = check.integrity.records.map {
                Record(id: $0.id, document_number: $0.documentNumber, deciding_body: $0.decidingBody, finding: $0.finding.rawValue, until: $0.until)
            }
            duplicates = check.duplicates.map { Duplicate(application_id: $0.other.id.rawValue, call_title: $0.otherCallTitle, jaccard: $0.jaccard) }
            article = "60"
        }
    }

    @Sendable func formalCheck(req: Request) async throws -> FormalCheckJSON {
        let officer = try req.requirePrincipal().person
        let application = try await req.applications.find(try req.idParameter(as: GrantApplication.ID.self), as: officer, for: .check)
        return FormalCheckJSON(try await req.applications.formalCheck(application.id))
    }

    struct DuplicateBody: Content { var other_application_id: UUID }
    struct DuplicateJSON: Content {
        let integrity_record_id: UUID
        let state: String
        let finding: String
        let article: String
    }

    @Sendable func confirmDuplicate(req: Request) async throws -> Response {
        let officer = try req.requirePrincipal().person
        let body = try req.content.decode(DuplicateBody.self)
        let application = try await req.applications.find(try req.idParameter(as: GrantApplication.ID.self), as: officer, for: .check)
        let record = try await req.applications.confirmDuplicate(application.id, of: GrantApplication.ID(body.other_application_id), by: officer)
        let response = try await DuplicateJSON(integrity_record_id: record.id.rawValue, state: record.state.rawValue, finding: record.finding.rawValue,
                                               article: record.finding.basis.code).encodeResponse(for: req)
        response.status = .created
        return response
    }

    struct ExpertJSON: Content {
        let person_id: UUID
        let name: String
        let disciplines: [String]
        let keywords: String
        let max_load: Int
        let active: Bool

        init(_ e: ExpertProfile) {
            person_id = e.personID; name = e.name; disciplines = e.disciplines; keywords = e.keywords; max_load = e.maxLoad; active = e.active
        }
    }

    @Sendable func experts(req: Request) async throws -> [ExpertJSON] {
        try await req.expertPool.list().map(ExpertJSON.init)
    }

    struct InviteBody: Content { var email: String }

    @Sendable func invite(req: Request) async throws -> Response {
        let officer = try req.requirePrincipal().person
        let body = try req.content.decode(InviteBody.self)
        let profile = try await req.expertPool.invite(email: body.email, people: req.people, by: officer)
        let response = try await ExpertJSON(profile).encodeResponse(for: req)
        response.status = .created
        return response
    }

    struct ActiveBody: Content { var active: Bool }

    @Sendable func setActive(req: Request) async throws -> ExpertJSON {
        let officer = try req.requirePrincipal().person
        let body = try req.content.decode(ActiveBody.self)
        let id: UUID = try req.idParameter()
        try await req.expertPool.setActive(id, body.active, by: officer)
        guard let expert = try await req.expertPool.list().first(where: { $0.personID == id }) else { throw DomainError.notFound(entity: "expert") }
        return ExpertJSON(expert)
    }

    struct ReviewDetailJSON: Content {
        let invitation: InvitationJSON
        let own: SubmittedReviewJSON?
        /// The other reviews of the proposal: null until the expert submitted their own.
        let others: [SubmittedReviewJSON]?
    }

    @Sendable func review(req: Request) async throws -> ReviewDetailJSON {
        let expert = try req.requirePrincipal().person
        let id: UUID = try req.idParameter()
        let reviews = req.reviews
        return ReviewDetailJSON(invitation: InvitationJSON(try await reviews.invitation(id, for: expert)),
                                own: try await reviews.ownReview(id, for: expert).map(SubmittedReviewJSON.init),
                                others: try await reviews.otherReviews(id, for: expert)?.map(SubmittedReviewJSON.init))
    }
}
