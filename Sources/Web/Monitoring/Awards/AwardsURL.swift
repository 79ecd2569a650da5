import Foundation
import Vapor

/// The awards pages (Art. 12).
enum AwardsURL: SiteRoute {
    case winners, manage, schemes, nominate, nominations, decisions

    var path: String {
        switch self {
        case .winners: "/awards"
        case .manage: "/awards/manage"
        case .schemes: "/awards/schemes"
        case .nominate: "/awards/nominate"
        case .nominations: "/awards/nominations"
        case .decisions: "/awards/decisions"
        }
    }
}

/// The awards' `/api/v1` addresses.
enum AwardsAPI: SiteRoute {
    case winners

    var path: String {
        switch self {
        case .winners: "/api/v1/awards/winners"
        }
    }
}
