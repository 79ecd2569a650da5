import Foundation
import Identity
import KechuangCore
import Projects
import Vapor

/// Applications over the JSON API: the PI starts, edits, checks, submits and withdraws; the
/// research office of the PI's organisation decides (Art. 22); the programme officer lists what
/// reached them. Anyone who may not see an application is told it does not exist (404).
struct ApplicationAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.POST, ProjectsAPI.callApplications(SiteURL.anyID), action: .applyForCalls, use: start)
        routes.on(.GET, ProjectsAPI.callApplications(SiteURL.anyID), action: .viewCallApplications, use: callApplications)
        routes.on(.GET, ProjectsAPI.applications, action: .applyForCalls, use: mine)
        // Seen by the PI, the research office and (once it reached them) officers: the service decides (`ApplicationAccess`).
        routes.on(.GET, ProjectsAPI.application(SiteURL.anyID), action: .viewApplication, use: show)
        routes.on(.PUT, ProjectsAPI.application(SiteURL.anyID), action: .applyForCalls, use: update)
        routes.on(.GET, ProjectsAPI.applicationProblems(SiteURL.anyID), action: .viewApplication, use: problems)
        routes.on(.POST, ProjectsAPI.applicationSubmit(SiteURL.anyID), action: .applyForCalls, use: submit)
        routes.on(.POST, ProjectsAPI.applicationWithdraw(SiteURL.anyID), action: .applyForCalls, use: withdraw)
        routes.on(.POST, ProjectsAPI.applicationDecision(SiteURL.anyID), action: .reviewInstitutionApplications, use: decide)
    }

    // MARK: Access

    /// Who may see or change an application is `ApplicationAccess` (Projects); the service applies
    /// it in `find(_:as:for:)`, and anyone it refuses gets 404 like for a missing application.
    func visible(_ req: Request) async throws -> GrantApplication {
        try await req.applications.find(try req.idParameter(as: GrantApplication.ID.self), as: try req.requirePrincipal().person)
    }

    /// The application, only for its own PI; anyone else is told it does not exist.
    func owned(_ req: Request) async throws -> (GrantApplication, Person) {
        let person = try req.requirePrincipal().person
        return (try await req.applications.find(try req.idParameter(as: GrantApplication.ID.self), as: person, for: .change), person)
    }

    // MARK: Handlers

    struct StartBody: Content {
        var organisation_id: String?
    }

    @Sendable func start(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let callID = try await req.calls.find(try req.idParameter(as: Call.ID.self)).id
        let body: StartBody = req.body.data == nil ? StartBody() : try req.content.decode(StartBody.self)
        let organisation: UUID
        if let raw = body.organisation_id, !raw.isEmpty {
            guard let id = UUID(uuidString: raw) else {
                throw DomainError.validation([FieldError(field: "organisation_id", rule: "application.organisation.id",
                    message: LocalizedText(zh: "单位标识格式不正确", en: "The organisation id is not a valid id"))])
            }
            organisation = id
        } else {
            guard let first = person.memberships.first(where: { $0.role == .applicant })?.organisationID else {
                throw DomainError.forbidden(LocalizedText(zh: "您没有申请人身份，不能申报", en: "You do not hold an applicant role, so you cannot apply"), basis: nil)
            }
            organisation = first
        }
        let application = try await req.applications.start(call: callID, principalInvestigator: person, organisation: Organisation.ID(organisation))
        return try await GrantApplicationJSON(application).created(at: ProjectsAPI.application(application.id.rawValue), for: req)
    }

    @Sendable func mine(req: Request) async throws -> [GrantApplicationJSON] {
        let person = try req.requirePrincipal().person
        return try await req.applications.list(principalInvestigator: person.id).map(GrantApplicationJSON.init)
    }

    @Sendable func show(req: Request) async throws -> GrantApplicationJSON {
        GrantApplicationJSON(try await visible(req))
    }

    @Sendable func update(req: Request) async throws -> GrantApplicationJSON {
        let (application, person) = try await owned(req)
        let body = try req.content.decode(ApplicationBody.self)
        guard let version = body.version else { throw DomainError.versionRequired }
        let draft = try body.draft(keepingConfirmationsOf: application)
        return GrantApplicationJSON(try await req.applications.save(application.id, draft, expectedVersion: version, by: person))
    }

    @Sendable func problems(req: Request) async throws -> ApplicationProblemsJSON {
        let application = try await visible(req)
        return ApplicationProblemsJSON(problems: try await req.applications.problems(application.id).map(ApplicationProblemsJSON.Item.init))
    }

    @Sendable func submit(req: Request) async throws -> GrantApplicationJSON {
        let (application, person) = try await owned(req)
        return GrantApplicationJSON(try await req.applications.submit(application.id, by: person))
    }

    @Sendable func withdraw(req: Request) async throws -> GrantApplicationJSON {
        let (application, person) = try await owned(req)
        return GrantApplicationJSON(try await req.applications.withdraw(application.id, by: person))
    }

    struct DecisionBody: Content {
        var approve: Bool?
        var comment: String?
    }

    @Sendable func decide(req: Request) async throws -> GrantApplicationJSON {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: GrantApplication.ID.self)
        let body = try req.content.decode(DecisionBody.self)
        guard let approve = body.approve else {
            throw DomainError.validation([FieldError(field: "approve", rule: "application.decision.required",
                message: LocalizedText(zh: "请说明是否同意（approve: true 或 false）", en: "Say whether you approve (approve: true or false)"))])
        }
        return GrantApplicationJSON(try await req.applications.decide(id, approve: approve, comment: body.comment, by: person))
    }

    @Sendable func callApplications(req: Request) async throws -> [GrantApplicationJSON] {
        let call = try await req.calls.find(try req.idParameter(as: Call.ID.self))
        return try await req.applications.list(call: call.id).map(GrantApplicationJSON.init)
    }
}
