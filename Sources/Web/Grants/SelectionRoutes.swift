import Foundation
import Grants
import Identity
import KechuangCore
import Projects
import Vapor

extension Request {
    var recommendations: Recommendations { Recommendations(db: db, now: services.now) }
    var commissions: Commissions { Commissions(db: db, now: services.now) }
}

/// Expert recommendation and directed commission (Art. 29(1)) and a programme's acceptance
/// schemes (Art. 31) as pages. The funding decision itself stays on `GrantsURL.fundingDecision`
/// (`Awards`), which shows the nominations or the commission.
struct GrantsSelectionRoutes {
    func register(on routes: any RoutesBuilder) {
        let any = SiteURL.anyID
        routes.on(.GET, GrantsURL.expertNominations, action: .reviewAssignedApplications, use: candidates)
        routes.on(.GET, GrantsURL.nomination(any), action: .reviewAssignedApplications, use: nominationForm)
        routes.on(.POST, GrantsURL.nomination(any), action: .reviewAssignedApplications, use: nominate)
        routes.on(.GET, GrantsURL.commissions, action: .decideFunding, use: commissions)
        routes.on(.POST, GrantsURL.commissions, action: .decideFunding, use: commission)
        routes.on(.GET, GrantsURL.acceptanceSchemes(any), action: .manageAcceptance, use: schemes)
        routes.on(.POST, GrantsURL.acceptanceSchemes(any), action: .manageAcceptance, use: saveScheme)
    }

    func person(_ req: Request) throws -> Person { try req.requirePrincipal().person }

    // MARK: Expert recommendation

    @Sendable func candidates(req: Request) async throws -> Response {
        let list = try await req.recommendations.candidates(for: try person(req))
        return PageRenderer.response(NominationsPage(candidates: list).render(PageContext(req)))
    }

    func candidate(_ req: Request) async throws -> Recommendations.Candidate {
        let id = try req.idParameter(as: GrantApplication.ID.self)
        // Only applications open for recommendation exist here, for anyone.
        guard let found = try await req.recommendations.candidates(for: try person(req)).first(where: { $0.application.id == id }) else {
            throw DomainError.notFound(entity: "application")
        }
        return found
    }

    @Sendable func nominationForm(req: Request) async throws -> Response {
        PageRenderer.response(NominationPage(candidate: try await candidate(req)).render(PageContext(req)))
    }

    @Sendable func nominate(req: Request) async throws -> Response {
        let found = try await candidate(req)
        let statement = (try req.content.decode(NominationForm.self)).statement ?? ""
        do {
            _ = try await req.recommendations.nominate(found.application.id, statement: statement, by: try person(req))
            return req.redirect(to: GrantsURL.expertNominations, notice: GrantsMsg.nomDone)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = NominationPage(candidate: found, statement: statement, errors: errors)
            return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    // MARK: Directed commission

    func commissionsPage(_ req: Request, form: CommissionForm = CommissionForm(), errors: [FieldError] = []) async throws -> Response {
        let officer = try person(req)
        let page = CommissionsPage(commissions: try await req.commissions.list(as: officer), calls: try await req.commissions.calls(),
                                   organisations: try await req.organisations.list(limit: 500), form: form, errors: errors)
        return PageRenderer.response(page.render(PageContext(req)), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable func commissions(req: Request) async throws -> Response { try await commissionsPage(req) }

    @Sendable func commission(req: Request) async throws -> Response {
        let form = try req.content.decode(CommissionForm.self)
        do {
            let input = try await form.input(req)
            let made = try await req.commissions.commission(input, by: try person(req))
            return req.redirect(to: GrantsURL.fundingDecision(made.applicationID), notice: GrantsMsg.comDone)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return try await commissionsPage(req, form: form, errors: errors)
        }
    }

    // MARK: Acceptance schemes (Art. 31)

    func schemesPage(_ req: Request, type: ResearchType, form: SchemeForm? = nil, errors: [FieldError] = []) async throws -> Response {
        let programme = try await req.calls.programme(try req.idParameter())
        var schemes: [AcceptanceScheme] = []
        for t in ResearchType.allCases { schemes.append(try await req.acceptances.scheme(programme: programme.id, type: t)) }
        let page = AcceptanceSchemesPage(programme: programme, schemes: schemes, editing: type, form: form, errors: errors)
        return PageRenderer.response(page.render(PageContext(req)), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable func schemes(req: Request) async throws -> Response {
        try await schemesPage(req, type: (try? req.query.get(String.self, at: "type")).flatMap(ResearchType.init(rawValue:)) ?? .basic)
    }

    @Sendable func saveScheme(req: Request) async throws -> Response {
        let form = try req.content.decode(SchemeForm.self)
        let programme: UUID = try req.idParameter()
        let type = form.research_type.flatMap(ResearchType.init(rawValue:)) ?? .basic
        do {
            _ = try await req.acceptances.saveScheme(try form.scheme(programme: programme, type: type), by: try person(req))
            let link = SiteURL.Link(path: GrantsURL.acceptanceSchemes(programme).path, query: ["type": type.rawValue, "notice": GrantsMsg.schSaved.rawValue])
            return req.redirect(to: link)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return try await schemesPage(req, type: type, form: form, errors: errors)
        }
    }
}
