import Foundation
import Vapor

/// The pages of reports, outputs, change requests, final acceptance and the results register: the
/// same value registers a route and prints its links. One id per path.
enum GrantsClosureURL: SiteRoute {
    // One project
    case closure(UUID), outputs(UUID), changes(UUID), acceptanceOpen(UUID), acceptancePanel(UUID), acceptanceDecision(UUID)
    // One report, one change request
    case report(UUID), reportReview(UUID), changeDecision(UUID)
    // Lists
    case reportsDue, reportsRemind, changesWaiting, acceptanceReviews, acceptanceReview(UUID), results

    var path: String {
        switch self {
        case .closure(let id): "/projects/\(Self.s(id))/closure"
        case .outputs(let id): "/projects/\(Self.s(id))/closure/outputs"
        case .changes(let id): "/projects/\(Self.s(id))/closure/changes"
        case .acceptanceOpen(let id): "/projects/\(Self.s(id))/closure/acceptance"
        case .acceptancePanel(let id): "/projects/\(Self.s(id))/closure/acceptance/panel"
        case .acceptanceDecision(let id): "/projects/\(Self.s(id))/closure/acceptance/decision"
        case .report(let id): "/reports/\(Self.s(id))"
        case .reportReview(let id): "/reports/\(Self.s(id))/review"
        case .changeDecision(let id): "/change-requests/\(Self.s(id))/decision"
        case .reportsDue: "/reports"
        case .reportsRemind: "/reports/remind"
        case .changesWaiting: "/change-requests"
        case .acceptanceReviews: "/acceptance-reviews"
        case .acceptanceReview(let id): "/acceptance-reviews/\(Self.s(id))"
        case .results: "/results"
        }
    }

    static func s(_ id: UUID) -> String { id.uuidString.lowercased() }
}
