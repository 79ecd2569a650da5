import Foundation
import Grants
import Identity
import KechuangCore
import Projects
import Vapor

extension Request {
    var awards: Awards { Awards(db: db, now: services.now) }
    var grantProjects: GrantProjects { GrantProjects(db: db, now: services.now) }
    var taskAgreements: TaskAgreements { TaskAgreements(db: db, now: services.now) }
    var youngScientists: YoungScientists { YoungScientists(db: db) }

    /// The birth year of the person with this e-mail, for the young scientists' share.
    var birthYearByEmail: @Sendable (String) async throws -> Int? {
        let people = self.people
        return { email in try await people.find(email: email)?.birthYear }
    }
}

/// The funding decision (Art. 28, 29), projects and task agreements (Art. 22), the young
/// scientists' share (Art. 45).
struct GrantsCoreRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, GrantsURL.fundingDecision(SiteURL.anyID), action: .decideFunding, use: fundingDecision)
        routes.on(.POST, GrantsURL.fundingDecision(SiteURL.anyID), action: .decideFunding, use: decide)
        routes.on(.GET, GrantsURL.projects, action: .viewProjects, use: projects)
        routes.on(.GET, GrantsURL.project(SiteURL.anyID), action: .viewProjects, use: project)
        routes.on(.GET, GrantsURL.agreement(SiteURL.anyID), action: .viewProjects, use: agreement)
        routes.on(.POST, GrantsURL.agreement(SiteURL.anyID), action: .signProjectAgreements, use: saveAgreement)
        routes.on(.POST, GrantsURL.agreementSign(SiteURL.anyID), action: .signProjectAgreements, use: sign)
        routes.on(.GET, GrantsURL.agreementPDF(SiteURL.anyID), action: .viewProjects, use: pdf)
        routes.on(.GET, GrantsURL.youngScientists, action: .decideFunding, use: young)
        GrantsSelectionRoutes().register(on: routes)
    }

    func person(_ req: Request) throws -> Person { try req.requirePrincipal().person }

    // MARK: Funding decision

    func decisionPage(_ req: Request, errors: [FieldError] = [], form: AwardForm? = nil) async throws -> Response {
        let facts = try await req.awards.facts(try req.idParameter(as: GrantApplication.ID.self), as: try person(req))
        let page = FundingDecisionPage(facts: facts, today: BeijingDay(containing: req.services.now()), errors: errors, form: form)
        return PageRenderer.response(page.render(PageContext(req)), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable func fundingDecision(req: Request) async throws -> Response { try await decisionPage(req) }

    @Sendable func decide(req: Request) async throws -> Response {
        let form = try req.content.decode(AwardForm.self)
        let id = try req.idParameter(as: GrantApplication.ID.self)
        let officer = try person(req)
        do {
            guard form.confirmed else { throw DomainError.validation([form.confirmError]) }
            if form.notFund {
                _ = try await req.awards.notFund(id, reason: form.not_fund_reason ?? "", by: officer)
                return req.redirect(to: GrantsURL.fundingDecision(id.rawValue), notice: GrantsMsg.notFundDone)
            }
            let project = try await req.awards.fund(id, form.input, by: officer)
            return req.redirect(to: GrantsURL.project(project.id.rawValue), notice: GrantsMsg.fundDone)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return try await decisionPage(req, errors: form.renamed(errors), form: form)
        }
    }

    // MARK: Projects

    @Sendable func projects(req: Request) async throws -> Response {
        let list = try await req.grantProjects.list(for: try person(req))
        return PageRenderer.response(ProjectsListPage(projects: list).render(PageContext(req)))
    }

    @Sendable func project(req: Request) async throws -> Response {
        let viewer = try person(req)
        let view = try await req.taskAgreements.find(project: try req.idParameter(as: Project.ID.self), as: viewer)
        let pi = try await Directory(db: req.db).person(view.project.principalInvestigatorID)
        return PageRenderer.response(ProjectPage(view: view, piName: pi.name).render(PageContext(req)))
    }

    // MARK: Task agreement

    func agreementPage(_ req: Request, errors: [FieldError] = [], form: AgreementForm? = nil) async throws -> Response {
        let viewer = try person(req)
        let view = try await req.taskAgreements.find(project: try req.idParameter(as: Project.ID.self), as: viewer)
        let page = AgreementPage(view: view, may: AgreementPage.Permissions(view.project, viewer, stage: view.stage), errors: errors, form: form)
        return PageRenderer.response(page.render(PageContext(req)), status: errors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable func agreement(req: Request) async throws -> Response { try await agreementPage(req) }

    @Sendable func saveAgreement(req: Request) async throws -> Response {
        let form = try req.content.decode(AgreementForm.self)
        let id = try req.idParameter(as: Project.ID.self)
        do {
            _ = try await req.taskAgreements.update(project: id, form.input, by: try person(req))
            return req.redirect(to: GrantsURL.agreement(id.rawValue), notice: GrantsMsg.agrSaved)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return try await agreementPage(req, errors: errors, form: form)
        }
    }

    @Sendable func sign(req: Request) async throws -> Response {
        let form = try req.content.decode(SignForm.self)
        let id = try req.idParameter(as: Project.ID.self)
        guard let party = form.party.flatMap(AgreementParty.init(rawValue:)) else { throw Abort(.badRequest) }
        do {
            _ = try await req.taskAgreements.sign(project: id, as: party, sha256: form.sha256, by: try person(req))
            return req.redirect(to: GrantsURL.agreement(id.rawValue), notice: GrantsMsg.agrSignedNotice)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return try await agreementPage(req, errors: errors)
        }
    }

    @Sendable func pdf(req: Request) async throws -> Response {
        let view = try await req.taskAgreements.find(project: try req.idParameter(as: Project.ID.self), as: try person(req))
        let pi = try await Directory(db: req.db).person(view.project.principalInvestigatorID)
        let html = AgreementDocument(view: view, piName: pi.name).render()
        let data = try await AgreementPDF.render(html: html, logger: req.logger)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "pdf")
        headers.replaceOrAdd(name: .contentDisposition, value: "inline; filename=\"\(view.project.number)-task-agreement.pdf\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    // MARK: Young scientists (Art. 45)

    @Sendable func young(req: Request) async throws -> Response {
        let shares = try await req.youngScientists.shares(birthYear: req.birthYearByEmail)
        return PageRenderer.response(YoungScientistsPage(shares: shares, definition: .standard).render(PageContext(req)))
    }
}
