import Foundation
import Vapor

/// The ethics registry's pages (Art. 61).
enum EthicsURL: SiteRoute {
    case registry, manage, committees, approvals, expertReviews

    var path: String {
        switch self {
        case .registry: "/ethics"
        case .manage: "/ethics/manage"
        case .committees: "/ethics/committees"
        case .approvals: "/ethics/approvals"
        case .expertReviews: "/ethics/expert-reviews"
        }
    }
}

/// The ethics registry's `/api/v1` addresses.
enum EthicsAPI: SiteRoute {
    case committees, approvals

    var path: String {
        switch self {
        case .committees: "/api/v1/ethics/committees"
        case .approvals: "/api/v1/ethics/approvals"
        }
    }
}
