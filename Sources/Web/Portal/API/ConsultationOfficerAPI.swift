import Foundation
import KechuangCore
import Portal
import Vapor

/// The officers' consultation steps over `/api/v1` (Art. 58, 75), the same as the pages under
/// `/admin/consultations` and through the same `Consultations` service: draft, change a draft,
/// publish (it opens for comment on its opening day and closes after its closing day — there is
/// no other way to open or close one), read every submission, hide one with a reason, answer
/// each, publish the response report, adopt a policy into the library. Refusals are problems
/// citing Art. 58 (or 75 for adoption); a missing field is a 422 naming it.
enum ConsultationOfficerAPI: SiteRoute {
    case drafts, draft(UUID), publish(UUID), submissions(UUID), report(UUID), adopt(UUID), hide(UUID), response(UUID)

    var path: String {
        switch self {
        case .drafts: "/api/v1/consultations"
        case .draft(let id): "/api/v1/consultations/\(id.uuidString.lowercased())"
        case .publish(let id): "/api/v1/consultations/\(id.uuidString.lowercased())/publish"
        case .submissions(let id): "/api/v1/consultations/\(id.uuidString.lowercased())/submissions"
        case .report(let id): "/api/v1/consultations/\(id.uuidString.lowercased())/report"
        case .adopt(let id): "/api/v1/consultations/\(id.uuidString.lowercased())/adopt"
        case .hide(let id): "/api/v1/consultation-comments/\(id.uuidString.lowercased())/hide"
        case .response(let id): "/api/v1/consultation-comments/\(id.uuidString.lowercased())/response"
        }
    }

    static func register(on routes: any RoutesBuilder) {
        let any = SiteURL.anyID
        routes.on(.POST, Self.drafts, action: .manageConsultations, use: create)
        routes.on(.PUT, Self.draft(any), action: .manageConsultations, use: update)
        routes.on(.POST, Self.publish(any), action: .manageConsultations, use: publish)
        routes.on(.GET, Self.submissions(any), action: .manageConsultations, use: submissions)
        routes.on(.POST, Self.report(any), action: .manageConsultations, use: report)
        routes.on(.POST, Self.adopt(any), action: .manageConsultations, use: adopt)
        routes.on(.POST, Self.hide(any), action: .manageConsultations, use: hide)
        routes.on(.POST, Self.response(any), action: .manageConsultations, use: respond)
    }

    /// A draft's fields, named as on the page form.
    struct DraftBody: Content {
        var kind: String?, title_zh: String?, title_en: String?, summary_zh: String?, summary_en: String?, department: String?
        var text: String?, opens_on: String?, closes_on: String?, version: Int?

        var values: [String: String] {
            ["kind": kind ?? "", "title_zh": title_zh ?? "", "title_en": title_en ?? "", "summary_zh": summary_zh ?? "", "summary_en": summary_en ?? "",
             "department": department ?? "", "text": text ?? "", "opens_on": opens_on ?? "", "closes_on": closes_on ?? ""]
        }
    }

    static func json(_ c: Consultation, _ req: Request) -> ConsultationJSON { ConsultationJSON(c, now: req.services.now()) }

    @Sendable static func create(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let body = try req.content.decode(DraftBody.self)
        let made = try await req.consultations.create(ConsultationForm.input(body.values), by: person)
        return try await json(made, req).created(at: ConsultationAPI.consultation(made.id.rawValue), for: req)
    }

    @Sendable static func update(req: Request) async throws -> ConsultationJSON {
        let person = try req.requirePrincipal().person
        let body = try req.content.decode(DraftBody.self)
        return json(try await req.consultations.update(try req.idParameter(as: Consultation.ID.self), ConsultationForm.input(body.values),
                                                       expectedVersion: body.version ?? 0, by: person), req)
    }

    struct VersionBody: Content { var version: Int? }

    @Sendable static func publish(req: Request) async throws -> ConsultationJSON {
        let person = try req.requirePrincipal().person
        let body = try req.content.decode(VersionBody.self)
        return json(try await req.consultations.publish(try req.idParameter(as: Consultation.ID.self), expectedVersion: body.version ?? 0, by: person), req)
    }

    @Sendable static func submissions(req: Request) async throws -> [ConsultationSubmissionJSON] {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: Consultation.ID.self)
        _ = try await req.consultations.find(id, as: person)
        guard ConsultationAccess.isOfficer(person) else { throw DomainError.notFound(entity: "consultation") }
        return try await req.consultations.comments(of: id).enumerated().map { ConsultationSubmissionJSON($1, number: $0 + 1) }
    }

    struct ReportBody: Content { var report_zh: String?, report_en: String? }

    @Sendable static func report(req: Request) async throws -> ConsultationJSON {
        let person = try req.requirePrincipal().person
        let body = try req.content.decode(ReportBody.self)
        return json(try await req.consultations.publishReport(try req.idParameter(as: Consultation.ID.self), summaryZh: body.report_zh ?? "",
                                                              summaryEn: body.report_en ?? "", by: person), req)
    }

    struct AdoptBody: Content { var issued_on: String? }

    @Sendable static func adopt(req: Request) async throws -> ConsultationJSON {
        let person = try req.requirePrincipal().person
        let body = try req.content.decode(AdoptBody.self)
        return json(try await req.consultations.adopt(try req.idParameter(as: Consultation.ID.self), issuedOn: body.issued_on ?? "", by: person), req)
    }

    /// The comment with its number among the consultation's comments.
    static func submission(_ comment: ConsultationComment, _ req: Request) async throws -> ConsultationSubmissionJSON {
        let all = try await req.consultations.comments(of: comment.consultationID)
        return ConsultationSubmissionJSON(comment, number: (all.firstIndex { $0.id == comment.id } ?? 0) + 1)
    }

    struct HideBody: Content { var hidden_reason: String? }

    @Sendable static func hide(req: Request) async throws -> ConsultationSubmissionJSON {
        let person = try req.requirePrincipal().person
        let body = try req.content.decode(HideBody.self)
        let comment = try await req.consultations.hide(try req.idParameter(as: ConsultationComment.ID.self), reason: body.hidden_reason ?? "", by: person)
        return try await submission(comment, req)
    }

    struct ResponseBody: Content { var response: String?, response_reason: String? }

    @Sendable static func respond(req: Request) async throws -> ConsultationSubmissionJSON {
        let person = try req.requirePrincipal().person
        let body = try req.content.decode(ResponseBody.self)
        let comment = try await req.consultations.respond(try req.idParameter(as: ConsultationComment.ID.self),
                                                          body.response.flatMap(ConsultationResponse.init(rawValue:)), reason: body.response_reason ?? "", by: person)
        return try await submission(comment, req)
    }
}

/// A comment as the officers see it: the text even when hidden, where it was made, and whether it still needs a response.
struct ConsultationSubmissionJSON: Content {
    let id: UUID
    let number: Int
    let article_label: String?
    let organisation: String?
    let created_at: Date
    let text: String
    let hidden: Bool
    let hidden_reason: String?
    let response: String?
    let response_reason: String?
    let needs_response: Bool
    let version: Int

    init(_ c: ConsultationComment, number: Int) {
        id = c.id.rawValue
        self.number = number
        article_label = c.articleLabel
        organisation = c.organisationName
        created_at = c.createdAt
        text = c.text
        hidden = c.isHidden
        hidden_reason = c.hiddenReason
        response = c.response?.rawValue
        response_reason = c.responseReason
        needs_response = c.needsResponse
        version = c.version
    }
}
