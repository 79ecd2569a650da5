import Foundation
import Vapor

/// The pages of public consultation (Art. 58): the same value registers a route and prints its links.
enum ConsultationURL: SiteRoute {
    case consultations, feed, consultation(UUID), comments(UUID)
    case admin, adminNew, adminConsultation(UUID), adminPublish(UUID), adminReport(UUID), adminAdopt(UUID)
    case adminComment(UUID), adminCommentHide(UUID), adminCommentResponse(UUID)

    static func id(_ id: UUID) -> String { id.uuidString.lowercased() }

    var path: String {
        switch self {
        case .consultations: "/consultations"
        case .feed: "/consultations/feed.atom"
        case .consultation(let id): "/consultations/\(Self.id(id))"
        case .comments(let id): "/consultations/\(Self.id(id))/comments"
        case .admin: "/admin/consultations"
        case .adminNew: "/admin/consultations/new"
        case .adminConsultation(let id): "/admin/consultations/\(Self.id(id))"
        case .adminPublish(let id): "/admin/consultations/\(Self.id(id))/publish"
        case .adminReport(let id): "/admin/consultations/\(Self.id(id))/report"
        case .adminAdopt(let id): "/admin/consultations/\(Self.id(id))/adopt"
        case .adminComment(let id): "/admin/consultation-comments/\(Self.id(id))"
        case .adminCommentHide(let id): "/admin/consultation-comments/\(Self.id(id))/hide"
        case .adminCommentResponse(let id): "/admin/consultation-comments/\(Self.id(id))/response"
        }
    }

    /// The consultation page with the comment form set to one article.
    static func comment(on id: UUID, article: String) -> String {
        SiteURL.Link(path: ConsultationURL.consultation(id).path, query: ["article": article]).string + "#comment-form"
    }
}
