import Export
import Foundation
import Identity
import KechuangCore
import Projects
import Vapor

/// Applications: the PI starts one from an open call and fills five pages (each saves the draft),
/// checks and submits it; the research office of the PI's organisation approves or returns it
/// (Art. 22); the programme officer lists what reached them, by organisation, and exports it.
struct ApplicationRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.POST, ProjectsURL.callApply(SiteURL.anyID), action: .applyForCalls, use: apply)
        routes.on(.GET, ProjectsURL.applications, action: .applyForCalls, use: mine)
        routes.on(.GET, ProjectsURL.teamConfirmations, action: .viewApplication, use: invitations)
        routes.on(.POST, ProjectsURL.teamConfirm(SiteURL.anyID), action: .viewApplication, use: confirm)
        routes.on(.GET, ProjectsURL.applicationAttachments(SiteURL.anyID), action: .applyForCalls, use: attachments)
        routes.on(.POST, ProjectsURL.applicationAttachments(SiteURL.anyID), action: .applyForCalls, bodyLimit: BodyLimit.upload, use: attach)
        routes.on(.GET, ProjectsURL.applicationAttachment(SiteURL.anyID, "k"), action: .viewApplication, use: download)
        routes.on(.GET, ProjectsURL.applicationPage(SiteURL.anyID, .basic), action: .applyForCalls, use: showPage)
        routes.on(.POST, ProjectsURL.applicationPage(SiteURL.anyID, .basic), action: .applyForCalls, use: savePage)
        routes.on(.POST, ProjectsURL.applicationSubmit(SiteURL.anyID), action: .applyForCalls, use: submit)
        routes.on(.POST, ProjectsURL.applicationWithdraw(SiteURL.anyID), action: .applyForCalls, use: withdraw)
        routes.on(.GET, ProjectsURL.institutionApplications, action: .reviewInstitutionApplications, use: institution)
        routes.on(.POST, ProjectsURL.institutionDecision(SiteURL.anyID), action: .reviewInstitutionApplications, use: decide)
        routes.on(.GET, ProjectsURL.adminCallApplications(SiteURL.anyID), action: .viewCallApplications, use: callApplications)
        routes.on(.GET, ProjectsURL.adminCallApplicationsCSV(SiteURL.anyID), action: .viewCallApplications, use: exportCSV)
        routes.on(.GET, ProjectsURL.adminCallApplicationsXLSX(SiteURL.anyID), action: .viewCallApplications, use: exportXLSX)
    }

    // MARK: Team members from other organisations

    @Sendable func invitations(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let applications = try await req.applications.pendingConfirmations(for: person)
        var calls: [UUID: Call] = [:]
        for id in Set(applications.map(\.callID)) { calls[id] = try await req.calls.find(Call.ID(id)) }
        return PageRenderer.response(TeamInvitationsPage(applications: applications, calls: calls).render(PageContext(req)))
    }

    @Sendable func confirm(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        _ = try await req.applications.confirmParticipation(try req.idParameter(as: GrantApplication.ID.self), by: person)
        return req.redirect(to: ProjectsURL.teamConfirmations, notice: ProjectsMsg.teamConfirmed)
    }

    // MARK: Attachments

    @Sendable func attachments(req: Request) async throws -> Response {
        let (application, call, _) = try await owned(req)
        return PageRenderer.response(ApplicationAttachmentsPage(application: application, call: call).render(PageContext(req)))
    }

    struct Upload: Content {
        var document: String?
        var file: File?
    }

    @Sendable func attach(req: Request) async throws -> Response {
        let (application, call, person) = try await owned(req)
        let upload = try req.content.decode(Upload.self)
        do {
            let data = upload.file.map { Data(buffer: $0.data) } ?? Data()
            _ = try await req.applications.attach(application.id, document: upload.document ?? "", data: data,
                                                  originalName: upload.file?.filename ?? "", store: req.services.attachments, by: person)
            return req.redirect(to: ProjectsURL.applicationAttachments(application.id.rawValue), notice: ProjectsMsg.appAttached)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = ApplicationAttachmentsPage(application: application, call: call, errors: errors)
            return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    /// The PDF, for the PI, the research office of the application's organisation, and the
    /// programme officer once it reached them; anyone else is told it does not exist.
    @Sendable func download(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let application = try await req.applications.find(try req.idParameter(as: GrantApplication.ID.self), as: person)
        guard let key = req.parameters.get("key"),
              let attached = application.attachments.first(where: { $0.attachment.key == key }) else { throw DomainError.notFound(entity: "attachment") }
        let data = try await req.services.attachments.get(key)
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "application", subType: "pdf")
        let name = attached.attachment.originalName.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "document.pdf"
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename*=UTF-8''\(name)")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }

    // MARK: The principal investigator

    /// Starts a draft for the PI's organisation: the first one where they are an applicant.
    @Sendable func apply(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let callID = try await req.calls.find(try req.idParameter(as: Call.ID.self)).id
        guard let organisation = person.memberships.first(where: { $0.role == .applicant })?.organisationID else {
            throw DomainError.forbidden(ProjectsMsg.appNoApplicantRole.text, basis: nil)
        }
        let application = try await req.applications.start(call: callID, principalInvestigator: person, organisation: Organisation.ID(organisation))
        return req.redirect(to: ProjectsURL.applicationPage(application.id.rawValue, .basic), notice: ProjectsMsg.appStarted)
    }

    @Sendable func mine(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let applications = try await req.applications.list(principalInvestigator: person.id)
        var calls: [UUID: Call] = [:]
        for id in Set(applications.map(\.callID)) { calls[id] = try await req.calls.find(Call.ID(id)) }
        return PageRenderer.response(MyApplicationsPage(applications: applications, calls: calls).render(PageContext(req)))
    }

    /// The application, only for its own PI; anyone else is told it does not exist.
    func owned(_ req: Request) async throws -> (GrantApplication, Call, Person) {
        let person = try req.requirePrincipal().person
        let application = try await req.applications.find(try req.idParameter(as: GrantApplication.ID.self), as: person, for: .change)
        return (application, try await req.calls.find(Call.ID(application.callID)), person)
    }

    func step(_ req: Request) throws -> ApplicationStep {
        guard let step = req.parameters.get("page").flatMap(ApplicationStep.init(rawValue:)) else { throw Abort(.notFound) }
        return step
    }

    func page(_ req: Request, _ application: GrantApplication, _ call: Call, _ step: ApplicationStep, values: [String: String]? = nil,
              errors: [FieldError] = []) async throws -> ApplicationFormPage {
        var page = ApplicationFormPage(application: application, call: call, step: step, values: values ?? ApplicationForm.values(application, call: call),
                                       organisations: step == .team || step == .check ? try await req.organisations.list(limit: 500) : [], errors: errors)
        if step == .check {
            page.problems = ApplicationText.editable(application) ? try await req.applications.problems(application.id) : []
            page.mayWithdraw = ApplicationWorkflow.actions(for: .principalInvestigator, in: application.state,
                                                           beforeDeadline: req.services.now() < call.closesAt).contains(.withdraw)
        }
        return page
    }

    @Sendable func showPage(req: Request) async throws -> Response {
        let step = try step(req)
        let (application, call, _) = try await owned(req)
        return PageRenderer.response(try await page(req, application, call, step).render(PageContext(req)))
    }

    /// Saves this page's fields into the draft and goes to the next page; a field that cannot be
    /// read shows the same page again with the error summary.
    @Sendable func savePage(req: Request) async throws -> Response {
        let step = try step(req)
        let (application, call, person) = try await owned(req)
        let values = try req.content.decode([String: String].self)
        if step == .check { return req.redirect(to: ProjectsURL.applicationPage(application.id.rawValue, .check)) }
        do {
            let draft = try ApplicationForm.apply(step, values, to: application, call: call)
            _ = try await req.applications.save(application.id, draft, expectedVersion: Int(values["version"] ?? "") ?? 0, by: person)
            return req.redirect(to: ProjectsURL.applicationPage(application.id.rawValue, step.next), notice: ProjectsMsg.appSaved)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = try await page(req, application, call, step, values: values, errors: errors)
            return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    /// Submission refused: the check page again with every problem, each with its article.
    @Sendable func submit(req: Request) async throws -> Response {
        let (application, call, person) = try await owned(req)
        do {
            _ = try await req.applications.submit(application.id, by: person)
            return req.redirect(to: ProjectsURL.applications, notice: ProjectsMsg.appSubmitted)
        } catch {
            guard let problems = formErrors(error) else { throw error }
            var page = try await page(req, application, call, .check)
            page.problems = problems
            return PageRenderer.response(page.render(req.pageContext(shownAt: ProjectsURL.applicationPage(application.id.rawValue, .check))),
                                         status: .unprocessableEntity)
        }
    }

    @Sendable func withdraw(req: Request) async throws -> Response {
        let (application, _, person) = try await owned(req)
        _ = try await req.applications.withdraw(application.id, by: person)
        return req.redirect(to: ProjectsURL.applications, notice: ProjectsMsg.appWithdrawn)
    }

    // MARK: Research office

    func rows(_ req: Request, _ applications: [GrantApplication]) async throws -> [ApplicationRow] {
        let directory = Directory(db: req.db)
        var people: [UUID: String] = [:], organisations: [UUID: String] = [:]
        var rows: [ApplicationRow] = []
        for a in applications {
            if people[a.principalInvestigatorID] == nil { people[a.principalInvestigatorID] = try await directory.person(a.principalInvestigatorID).name }
            if organisations[a.organisationID] == nil {
                organisations[a.organisationID] = try await directory.organisation(a.organisationID).name(in: req.language)
            }
            rows.append(ApplicationRow(application: a, piName: people[a.principalInvestigatorID] ?? "", organisationName: organisations[a.organisationID] ?? ""))
        }
        return rows
    }

    func officeApplications(_ req: Request) async throws -> [ApplicationRow] {
        let person = try req.requirePrincipal().person
        return try await rows(req, try await req.applications.list(decidableBy: person, states: [.submitted]))
    }

    @Sendable func institution(req: Request) async throws -> Response {
        PageRenderer.response(InstitutionApplicationsPage(rows: try await officeApplications(req)).render(PageContext(req)))
    }

    struct DecisionForm: Content {
        var decision: String?
        var comment: String?
    }

    @Sendable func decide(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: GrantApplication.ID.self)
        let form = try req.content.decode(DecisionForm.self)
        do {
            _ = try await req.applications.decide(id, approve: form.decision == "approve", comment: form.comment, by: person)
            return req.redirect(to: ProjectsURL.institutionApplications, notice: ProjectsMsg.officeDecided)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = InstitutionApplicationsPage(rows: try await officeApplications(req), errors: errors, failedID: id.rawValue, comment: form.comment ?? "")
            return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    // MARK: Programme officer

    func officerRows(_ req: Request) async throws -> (Call, [ApplicationRow], [(UUID, String)], UUID?) {
        let call = try await req.calls.find(try req.idParameter(as: Call.ID.self))
        let all = try await rows(req, try await req.applications.list(call: call.id))
        var seen = Set<UUID>()
        let organisations = all.compactMap { row -> (UUID, String)? in
            seen.insert(row.application.organisationID).inserted ? (row.application.organisationID, row.organisationName) : nil
        }
        let selected = (try? req.query.get(String.self, at: "organisation")).flatMap(UUID.init(uuidString:))
        return (call, all.filter { selected == nil || $0.application.organisationID == selected }, organisations, selected)
    }

    @Sendable func callApplications(req: Request) async throws -> Response {
        let (call, rows, organisations, selected) = try await officerRows(req)
        let page = CallApplicationsPage(call: call, rows: rows, organisations: organisations, selectedOrganisation: selected)
        return PageRenderer.response(page.render(PageContext(req)))
    }

    @Sendable func exportCSV(req: Request) async throws -> Response {
        let (call, rows, _, _) = try await officerRows(req)
        let data = CSVWriter.csv(CallApplicationsPage.table(rows, PageContext(req)))
        return Self.attachment(data, type: "text/csv; charset=utf-8", filename: "applications-\(call.id.uuidString.lowercased()).csv")
    }

    @Sendable func exportXLSX(req: Request) async throws -> Response {
        let (call, rows, _, _) = try await officerRows(req)
        let data = XLSXWriter.xlsx(CallApplicationsPage.table(rows, PageContext(req)), sheetName: "applications")
        return Self.attachment(data, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                               filename: "applications-\(call.id.uuidString.lowercased()).xlsx")
    }

    static func attachment(_ data: Data, type: String, filename: String) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: type)
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename)\"")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        return Response(status: .ok, headers: headers, body: .init(data: data))
    }
}
