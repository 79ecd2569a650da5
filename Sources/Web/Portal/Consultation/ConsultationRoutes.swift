import Foundation
import Identity
import KechuangCore
import Portal
import Vapor

extension Request {
    var consultations: Consultations { Consultations(db: db, now: services.now) }
}

/// Public consultation (Art. 58): the public list, page and feed; comments by anyone signed in;
/// officers draft, publish, moderate, answer, report and adopt into the policy library (Art. 75).
struct ConsultationRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, ConsultationURL.consultations, action: .viewConsultations, use: list)
        routes.on(.GET, ConsultationURL.feed, action: .viewConsultations, use: ConsultationFeed.atom)
        routes.on(.GET, ConsultationURL.consultation(SiteURL.anyID), action: .viewConsultations, use: show)
        routes.on(.POST, ConsultationURL.comments(SiteURL.anyID), action: .commentOnConsultations, use: comment)
        routes.on(.GET, ConsultationURL.admin, action: .manageConsultations, use: adminList)
        routes.on(.POST, ConsultationURL.admin, action: .manageConsultations, use: create)
        routes.on(.GET, ConsultationURL.adminNew, action: .manageConsultations, use: newPage)
        routes.on(.GET, ConsultationURL.adminConsultation(SiteURL.anyID), action: .manageConsultations, use: manage)
        routes.on(.POST, ConsultationURL.adminConsultation(SiteURL.anyID), action: .manageConsultations, use: save)
        routes.on(.POST, ConsultationURL.adminPublish(SiteURL.anyID), action: .manageConsultations, use: publish)
        routes.on(.POST, ConsultationURL.adminReport(SiteURL.anyID), action: .manageConsultations, use: report)
        routes.on(.POST, ConsultationURL.adminAdopt(SiteURL.anyID), action: .manageConsultations, use: adopt)
        routes.on(.GET, ConsultationURL.adminComment(SiteURL.anyID), action: .manageConsultations, use: commentPage)
        routes.on(.POST, ConsultationURL.adminCommentHide(SiteURL.anyID), action: .manageConsultations, use: hide)
        routes.on(.POST, ConsultationURL.adminCommentResponse(SiteURL.anyID), action: .manageConsultations, use: respond)
    }

    /// A form shown again with its errors (422), or any other error passed on.
    static func reshow(_ error: any Error, _ page: () async throws -> String) async throws -> Response {
        guard formErrors(error)?.isEmpty == false else { throw error }
        return PageRenderer.response(try await page(), status: .unprocessableEntity)
    }

    // MARK: The public

    @Sendable func list(req: Request) async throws -> Response {
        let items = try await req.consultations.list(as: req.principal?.person)
        return PageRenderer.response(ConsultationListPage(consultations: items.filter { $0.state != .draft }, now: req.services.now()).render(PageContext(req)))
    }

    func page(_ req: Request, _ id: Consultation.ID, values: [String: String] = [:], errors: [FieldError] = []) async throws -> String {
        let consultation = try await req.consultations.find(id, as: req.principal?.person)
        return ConsultationPage(consultation: consultation, comments: try await req.consultations.comments(of: id), now: req.services.now(),
                                values: values, errors: errors).render(PageContext(req))
    }

    @Sendable func show(req: Request) async throws -> Response {
        PageRenderer.response(try await page(req, try req.idParameter(as: Consultation.ID.self)))
    }

    static func commentInput(_ values: [String: String]) -> ConsultationCommentInput {
        let article = values["article"] ?? ""
        return ConsultationCommentInput(articleLabel: article == "whole" ? "" : article, text: values["text"] ?? "",
                                        organisationID: values["on_behalf"].flatMap(UUID.init(uuidString:)))
    }

    @Sendable func comment(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: Consultation.ID.self)
        let values = try req.content.decode([String: String].self)
        do {
            _ = try await req.consultations.comment(on: id, Self.commentInput(values), by: person)
            return req.redirect(to: ConsultationURL.consultation(id.rawValue), notice: ConsultationMsg.conCommented)
        } catch {
            return try await Self.reshow(error) { try await page(req, id, values: values, errors: formErrors(error) ?? []) }
        }
    }

    // MARK: Officers

    @Sendable func adminList(req: Request) async throws -> Response {
        let items = try await req.consultations.list(as: try req.requirePrincipal().person)
        return PageRenderer.response(ConsultationAdminListPage(consultations: items, now: req.services.now()).render(PageContext(req)))
    }

    @Sendable func newPage(req: Request) async throws -> Response {
        PageRenderer.response(ConsultationNewPage().render(PageContext(req)))
    }

    @Sendable func create(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.content.decode([String: String].self)
        do {
            let created = try await req.consultations.create(ConsultationForm.input(values), by: person)
            return req.redirect(to: ConsultationURL.adminConsultation(created.id.rawValue), notice: ConsultationMsg.conCreated)
        } catch {
            return try await Self.reshow(error) { ConsultationNewPage(values: values, errors: formErrors(error) ?? []).render(PageContext(req)) }
        }
    }

    func managePage(_ req: Request, _ id: Consultation.ID, values: [String: String] = [:], errors: [FieldError] = []) async throws -> String {
        let consultation = try await req.consultations.find(id, as: try req.requirePrincipal().person)
        return ConsultationManagePage(consultation: consultation, comments: try await req.consultations.comments(of: id), now: req.services.now(),
                                      values: values, errors: errors).render(PageContext(req))
    }

    @Sendable func manage(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: Consultation.ID.self)
        guard ConsultationAccess.isOfficer(person) else { throw DomainError.notFound(entity: "consultation") }
        return PageRenderer.response(try await managePage(req, id))
    }

    /// Runs one officer step on a consultation and goes back to its page, or shows the page with the errors.
    func step(_ req: Request, notice: ConsultationMsg,
              _ body: @escaping @Sendable (Consultations, Consultation.ID, [String: String], Person) async throws -> Void) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: Consultation.ID.self)
        let values = try req.content.decode([String: String].self)
        do {
            try await body(req.consultations, id, values, person)
            return req.redirect(to: ConsultationURL.adminConsultation(id.rawValue), notice: notice)
        } catch {
            return try await Self.reshow(error) { try await managePage(req, id, values: values, errors: formErrors(error) ?? []) }
        }
    }

    @Sendable func save(req: Request) async throws -> Response {
        try await step(req, notice: .conSaved) { service, id, values, person in
            _ = try await service.update(id, ConsultationForm.input(values), expectedVersion: Int(values["version"] ?? "") ?? 0, by: person)
        }
    }

    @Sendable func publish(req: Request) async throws -> Response {
        try await step(req, notice: .conPublished) { service, id, values, person in
            _ = try await service.publish(id, expectedVersion: Int(values["version"] ?? "") ?? 0, by: person)
        }
    }

    @Sendable func report(req: Request) async throws -> Response {
        try await step(req, notice: .conReportPublished) { service, id, values, person in
            _ = try await service.publishReport(id, summaryZh: values["report_zh"] ?? "", summaryEn: values["report_en"] ?? "", by: person)
        }
    }

    @Sendable func adopt(req: Request) async throws -> Response {
        try await step(req, notice: .conAdoptedDone) { service, id, values, person in
            _ = try await service.adopt(id, issuedOn: values["issued_on"] ?? "", by: person)
        }
    }

    func commentPage(_ req: Request, _ id: ConsultationComment.ID, values: [String: String] = [:], errors: [FieldError] = []) async throws -> String {
        let (comment, consultation) = try await req.consultations.findComment(id, as: try req.requirePrincipal().person)
        let all = try await req.consultations.comments(of: consultation.id)
        let number = (all.firstIndex { $0.id == comment.id } ?? 0) + 1
        return ConsultationCommentPage(comment: comment, number: number, consultation: consultation, now: req.services.now(),
                                       values: values, errors: errors).render(PageContext(req))
    }

    @Sendable func commentPage(req: Request) async throws -> Response {
        PageRenderer.response(try await commentPage(req, try req.idParameter(as: ConsultationComment.ID.self)))
    }

    func commentStep(_ req: Request, notice: ConsultationMsg,
                     _ body: @escaping @Sendable (Consultations, ConsultationComment.ID, [String: String], Person) async throws -> ConsultationComment) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: ConsultationComment.ID.self)
        let values = try req.content.decode([String: String].self)
        do {
            let comment = try await body(req.consultations, id, values, person)
            return req.redirect(to: ConsultationURL.adminConsultation(comment.consultationID.rawValue), notice: notice)
        } catch {
            return try await Self.reshow(error) { try await commentPage(req, id, values: values, errors: formErrors(error) ?? []) }
        }
    }

    @Sendable func hide(req: Request) async throws -> Response {
        try await commentStep(req, notice: .conHiddenDone) { service, id, values, person in
            try await service.hide(id, reason: values["hidden_reason"] ?? "", by: person)
        }
    }

    @Sendable func respond(req: Request) async throws -> Response {
        try await commentStep(req, notice: .conAnswered) { service, id, values, person in
            try await service.respond(id, values["response"].flatMap(ConsultationResponse.init(rawValue:)), reason: values["response_reason"] ?? "", by: person)
        }
    }
}
