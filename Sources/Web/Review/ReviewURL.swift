import Foundation
import Vapor

/// The pages of the formal check, expert pool, review rounds, reviews and ranking (the funding decision is `GrantsURL.fundingDecision`): the same value registers a route and prints its links.
enum ReviewURL: SiteRoute {
    case formalCheck(UUID), formalCheckDecision(UUID), applicationCompare(UUID, UUID), applicationCompareConfirm(UUID, UUID)
    case expertProfile, adminExperts, adminExpertInvite, adminExpertActive(UUID)
    case adminReview(UUID), adminReviewRun(UUID), adminReviewSwap(UUID), adminReviewConflict(UUID)
    case adminReviewPublish(UUID), adminReviewRemind(UUID), adminRanking(UUID)
    case reviewReport(UUID), reviewReportFile(UUID, String), reviews, review(UUID)
    case reviewAccept(UUID), reviewDecline(UUID)

    var path: String {
        switch self {
        case .formalCheck(let id): "/admin/applications/\(id.uuidString.lowercased())/check"
        case .formalCheckDecision(let id): "/admin/applications/\(id.uuidString.lowercased())/check/decision"
        case .applicationCompare(let id, let other): "/admin/applications/\(id.uuidString.lowercased())/compare/\(other.uuidString.lowercased())"
        case .applicationCompareConfirm(let id, let other): "/admin/applications/\(id.uuidString.lowercased())/compare/\(other.uuidString.lowercased())/confirm"
        case .expertProfile: "/expert/profile"
        case .adminExperts: "/admin/experts"
        case .adminExpertInvite: "/admin/experts/invite"
        case .adminExpertActive(let id): "/admin/experts/\(id.uuidString.lowercased())/active"
        case .adminReview(let id): "/admin/calls/\(id.uuidString.lowercased())/review"
        case .adminReviewRun(let id): "/admin/calls/\(id.uuidString.lowercased())/review/run"
        case .adminReviewSwap(let id): "/admin/calls/\(id.uuidString.lowercased())/review/swap"
        case .adminReviewConflict(let id): "/admin/calls/\(id.uuidString.lowercased())/review/conflicts"
        case .adminReviewPublish(let id): "/admin/calls/\(id.uuidString.lowercased())/review/publish"
        case .adminReviewRemind(let id): "/admin/calls/\(id.uuidString.lowercased())/review/remind"
        case .adminRanking(let id): "/admin/calls/\(id.uuidString.lowercased())/ranking"
        case .reviewReport(let id): "/calls/\(id.uuidString.lowercased())/review-report"
        case .reviewReportFile(let id, let file): "/calls/\(id.uuidString.lowercased())/review-report/\(SiteURL.escape(file))"
        case .reviews: "/reviews"
        case .review(let id): "/reviews/\(id.uuidString.lowercased())"
        case .reviewAccept(let id): "/reviews/\(id.uuidString.lowercased())/accept"
        case .reviewDecline(let id): "/reviews/\(id.uuidString.lowercased())/decline"
        }
    }

    var components: [PathComponent] {
        switch self {
        case .applicationCompare: return ["admin", "applications", ":id", "compare", ":other"]
        case .applicationCompareConfirm: return ["admin", "applications", ":id", "compare", ":other", "confirm"]
        case .reviewReportFile: return ["calls", ":id", "review-report", ":file"]
        default: return SiteURL.components(of: path)
        }
    }
}
