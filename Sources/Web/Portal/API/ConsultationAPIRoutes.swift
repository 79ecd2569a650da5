import Foundation
import KechuangCore
import Portal
import Vapor

/// The consultation API's handlers. A comment outside the comment period is a 403 problem citing
/// Art. 58; a missing text a 422 naming the field.
struct ConsultationAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, ConsultationAPI.consultations, action: .viewConsultations, use: list)
        routes.on(.GET, ConsultationAPI.consultation(SiteURL.anyID), action: .viewConsultations, use: show)
        routes.on(.POST, ConsultationAPI.comments(SiteURL.anyID), action: .commentOnConsultations, use: comment)
    }

    @Sendable func list(req: Request) async throws -> [ConsultationJSON] {
        let now = req.services.now()
        return try await req.consultations.list(as: nil).map { ConsultationJSON($0, now: now) }
    }

    @Sendable func show(req: Request) async throws -> ConsultationDetailJSON {
        let id = try req.idParameter(as: Consultation.ID.self)
        let consultation = try await req.consultations.find(id, as: nil)
        return ConsultationDetailJSON(consultation, comments: try await req.consultations.comments(of: id), now: req.services.now())
    }

    struct CommentBody: Content {
        var article_label: String?
        var text: String?
        var organisation_id: UUID?
    }

    @Sendable func comment(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: Consultation.ID.self)
        let body = try req.content.decode(CommentBody.self)
        let comment = try await req.consultations.comment(on: id, ConsultationCommentInput(
            articleLabel: body.article_label ?? "", text: body.text ?? "", organisationID: body.organisation_id), by: person)
        let all = try await req.consultations.comments(of: id)
        let number = (all.firstIndex { $0.id == comment.id } ?? all.count - 1) + 1
        return try await ConsultationCommentJSON(comment, number: number, showResponse: false).created(at: ConsultationAPI.consultation(id.rawValue), for: req)
    }
}

struct ConsultationJSON: Content {
    let id: UUID
    let kind: String
    let title_zh: String
    let title_en: String?
    let summary_zh: String
    let summary_en: String?
    let department: String
    let opens_on: String
    let closes_on: String
    let phase: String
    let published_at: Date?
    let report_zh: String?
    let report_en: String?
    let reported_at: Date?
    let adopted_policy_id: String?
    let url: String
    let article: String

    init(_ c: Consultation, now: Date) {
        id = c.id.rawValue
        kind = c.kind.rawValue
        title_zh = c.titleZh
        title_en = c.titleEn
        summary_zh = c.summaryZh
        summary_en = c.summaryEn
        department = c.department
        opens_on = c.opensOn.description
        closes_on = c.closesOn.description
        phase = c.phase(at: now).rawValue
        published_at = c.publishedAt
        report_zh = c.reportZh
        report_en = c.reportEn
        reported_at = c.reportedAt
        adopted_policy_id = c.adoptedPolicyID
        url = ConsultationURL.consultation(c.id.rawValue).path
        article = "58"
    }
}

struct ConsultationArticleJSON: Content {
    let label: String
    let number: Int
    let suffix: Int?
    let chapter_label: String?
    let chapter_title: String?
    let text: String
    let anchor: String
}

/// A comment as the public sees it: never the author's name or contact; a hidden comment's text is withheld.
struct ConsultationCommentJSON: Content {
    let id: UUID
    let number: Int
    let article_label: String?
    let organisation: String?
    let created_at: Date
    let hidden: Bool
    let hidden_reason: String?
    let text: String?
    let response: String?
    let response_reason: String?

    init(_ c: ConsultationComment, number: Int, showResponse: Bool) {
        id = c.id.rawValue
        self.number = number
        article_label = c.articleLabel
        organisation = c.organisationName
        created_at = c.createdAt
        hidden = c.isHidden
        hidden_reason = c.hiddenReason
        text = c.isHidden ? nil : c.text
        response = showResponse && !c.isHidden ? c.response?.rawValue : nil
        response_reason = showResponse && !c.isHidden ? c.responseReason : nil
    }
}

struct ConsultationDetailJSON: Content {
    let consultation: ConsultationJSON
    let preamble: String
    let articles: [ConsultationArticleJSON]
    let comments: [ConsultationCommentJSON]

    init(_ c: Consultation, comments: [ConsultationComment], now: Date) {
        consultation = ConsultationJSON(c, now: now)
        let text = c.structure
        preamble = text.preamble
        articles = text.articles.map {
            ConsultationArticleJSON(label: $0.label, number: $0.number, suffix: $0.suffix, chapter_label: $0.chapterLabel,
                                    chapter_title: $0.chapterTitle, text: $0.text, anchor: $0.anchor)
        }
        self.comments = comments.enumerated().map { ConsultationCommentJSON($1, number: $0 + 1, showResponse: c.state == .reported) }
    }
}
