import Foundation
import Grants
import Identity
import KechuangCore
import Vapor

extension Request {
    var projectReports: Reports { Reports(db: db, now: services.now) }
    var projectOutputs: Outputs { Outputs(db: db, now: services.now) }
    var changeRequests: ChangeRequests { ChangeRequests(db: db, now: services.now) }
    var acceptances: Acceptances { Acceptances(db: db, now: services.now) }
}

/// Reports, outputs, change requests, final acceptance and the results register (Art. 22, 31, 32,
/// 33, 48, 59, 64). Which project a person may see or change is the services' (`ProjectAccess`);
/// a refused one is a 404 like a missing one.
struct GrantsClosureRoutes {
    typealias M = GrantsClosureMsg

    func register(on routes: any RoutesBuilder) {
        let any = SiteURL.anyID
        routes.on(.GET, GrantsClosureURL.closure(any), action: .followProjectReports, use: closure)
        routes.on(.GET, GrantsClosureURL.outputs(any), action: .followProjectReports, use: outputs)
        routes.on(.POST, GrantsClosureURL.outputs(any), action: .followProjectReports, use: registerOutput)
        routes.on(.GET, GrantsClosureURL.changes(any), action: .followProjectReports, use: changes)
        routes.on(.POST, GrantsClosureURL.changes(any), action: .followProjectReports, use: fileChange)
        routes.on(.POST, GrantsClosureURL.changeDecision(any), action: .decideProjectChanges, use: decideChange)
        routes.on(.GET, GrantsClosureURL.changesWaiting, action: .decideProjectChanges, use: waiting)
        routes.on(.GET, GrantsClosureURL.report(any), action: .followProjectReports, use: report)
        routes.on(.POST, GrantsClosureURL.report(any), action: .followProjectReports, use: submitReport)
        routes.on(.POST, GrantsClosureURL.reportReview(any), action: .manageAcceptance, use: reviewReport)
        routes.on(.GET, GrantsClosureURL.reportsDue, action: .followProjectReports, use: due)
        routes.on(.POST, GrantsClosureURL.reportsRemind, action: .manageAcceptance, use: remind)
        routes.on(.POST, GrantsClosureURL.acceptanceOpen(any), action: .manageAcceptance, use: openAcceptance)
        routes.on(.POST, GrantsClosureURL.acceptancePanel(any), action: .manageAcceptance, use: choosePanel)
        routes.on(.POST, GrantsClosureURL.acceptanceDecision(any), action: .manageAcceptance, use: decide)
        routes.on(.GET, GrantsClosureURL.acceptanceReviews, action: .reviewAcceptance, use: acceptanceReviews)
        routes.on(.GET, GrantsClosureURL.acceptanceReview(any), action: .reviewAcceptance, use: acceptanceReview)
        routes.on(.POST, GrantsClosureURL.acceptanceReview(any), action: .reviewAcceptance, use: submitAcceptanceReview)
        routes.on(.GET, GrantsClosureURL.results, action: .viewResultsRegister, use: results)
    }

    static func person(_ req: Request) throws -> Person { try req.requirePrincipal().person }

    static func project(_ req: Request, for action: ProjectAccess.Action = .view) async throws -> Project {
        try await GrantProjects(db: req.db, now: req.services.now).find(try req.idParameter(as: Project.ID.self), as: try person(req), for: action)
    }

    static func values(_ req: Request) throws -> [String: String] { try req.content.decode([String: String].self) }

    /// Runs `body`; a validation error re-renders the page with it (422), anything else propagates.
    static func onForm(_ req: Request, _ body: () async throws -> Response, page: ([FieldError]) async throws -> String) async throws -> Response {
        do { return try await body() } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await page(errors), status: .unprocessableEntity)
        }
    }

    // MARK: Project

    func closurePage(_ req: Request, values: [String: String] = [:], errors: [FieldError] = []) async throws -> String {
        let person = try Self.person(req)
        let project = try await Self.project(req)
        let acceptance = try await req.acceptances.acceptance(of: project.id, as: person)
        return ClosurePage(project: project, reports: try await req.projectReports.list(project: project.id, as: person),
                           acceptance: acceptance?.acceptance, panel: acceptance?.panel ?? [],
                           mayManage: ProjectAccess.may(.manage, project, as: person), now: req.services.now(), values: values, errors: errors)
            .render(PageContext(req))
    }

    @Sendable func closure(req: Request) async throws -> Response {
        PageRenderer.response(try await closurePage(req))
    }

    func outputsPage(_ req: Request, values: [String: String] = [:], errors: [FieldError] = []) async throws -> String {
        let person = try Self.person(req)
        let project = try await Self.project(req)
        return OutputsPage(project: project, outputs: try await req.projectOutputs.list(project: project.id, as: person),
                           mayEdit: ProjectAccess.may(.edit, project, as: person), values: values, errors: errors).render(PageContext(req))
    }

    @Sendable func outputs(req: Request) async throws -> Response { PageRenderer.response(try await outputsPage(req)) }

    @Sendable func registerOutput(req: Request) async throws -> Response {
        let values = try Self.values(req)
        return try await Self.onForm(req, {
            let (input, errors) = ClosureForms.output(values)
            if !errors.isEmpty { throw DomainError.validation(errors) }
            let project = try await Self.project(req, for: .edit)
            _ = try await req.projectOutputs.register(project: project.id, input, by: try Self.person(req))
            return req.redirect(to: GrantsClosureURL.outputs(project.id.rawValue), notice: M.gcOutputRegistered)
        }, page: { try await outputsPage(req, values: values, errors: $0) })
    }

    func changesPage(_ req: Request, values: [String: String] = [:], errors: [FieldError] = []) async throws -> String {
        let person = try Self.person(req)
        let project = try await Self.project(req)
        return ChangesPage(project: project, requests: try await req.changeRequests.list(project: project.id, as: person),
                           mayEdit: ProjectAccess.may(.edit, project, as: person), mayApprove: ProjectAccess.may(.approve, project, as: person),
                           mayManage: ProjectAccess.may(.manage, project, as: person), values: values, errors: errors).render(PageContext(req))
    }

    @Sendable func changes(req: Request) async throws -> Response { PageRenderer.response(try await changesPage(req)) }

    @Sendable func fileChange(req: Request) async throws -> Response {
        let values = try Self.values(req)
        return try await Self.onForm(req, {
            let email = (values["new_pi"] ?? "").trimmingCharacters(in: .whitespaces)
            let newPI = email.isEmpty ? nil : try await req.people.find(email: email)?.id
            let (input, errors) = ClosureForms.change(values, newPI: newPI)
            if !errors.isEmpty { throw DomainError.validation(errors) }
            let project = try await Self.project(req, for: .edit)
            _ = try await req.changeRequests.file(project: project.id, input, by: try Self.person(req))
            return req.redirect(to: GrantsClosureURL.changes(project.id.rawValue), notice: M.gcChangeFiled)
        }, page: { try await changesPage(req, values: values, errors: $0) })
    }

    /// The decision forms name their comment `comment_<id>`; the services name it `comment`.
    static func decision(_ values: [String: String], id: UUID) -> (approve: Bool, comment: String) {
        (values["decision"] == "approve", values["comment_\(id.uuidString.lowercased())"] ?? values["comment"] ?? "")
    }

    static func renamed(_ errors: [FieldError], id: UUID) -> [FieldError] {
        errors.map { $0.field == "comment" ? FieldError(field: "comment_\(id.uuidString.lowercased())", rule: $0.rule, message: $0.message, basis: $0.basis) : $0 }
    }

    @Sendable func decideChange(req: Request) async throws -> Response {
        let person = try Self.person(req)
        let id = try req.idParameter(as: ChangeRequest.ID.self)
        let values = try Self.values(req)
        let (request, project) = try await req.changeRequests.find(id, as: person)
        let decision = Self.decision(values, id: id.rawValue)
        do {
            _ = try await req.changeRequests.decide(id, approve: decision.approve, comment: decision.comment, by: person)
            return req.redirect(to: GrantsClosureURL.changes(request.projectID), notice: M.gcChangeDecided)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = ChangesPage(project: project, requests: try await req.changeRequests.list(project: project.id, as: person),
                                   mayEdit: ProjectAccess.may(.edit, project, as: person), mayApprove: ProjectAccess.may(.approve, project, as: person),
                                   mayManage: ProjectAccess.may(.manage, project, as: person), errors: Self.renamed(errors, id: id.rawValue))
            return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func waiting(req: Request) async throws -> Response {
        let waiting = try await req.changeRequests.waiting(for: try Self.person(req))
        return PageRenderer.response(ChangesWaitingPage(waiting: waiting).render(PageContext(req)))
    }

    // Reports, acceptance and the register: `GrantsClosureRoutes+Acceptance.swift`.
}
