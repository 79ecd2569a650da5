import Foundation
import Vapor

/// The Talent module's API addresses under `/api/v1`.
enum TalentAPI: SiteRoute {
    case catalogue, entry(UUID), adjust(UUID), openings, achievements, requests, request(UUID), steps(UUID), compliance, points

    var path: String {
        let id = { (u: UUID) in u.uuidString.lowercased() }
        return switch self {
        case .catalogue: "/api/v1/talent/catalogue"
        case .entry(let u): "/api/v1/talent/catalogue/\(id(u))"
        case .adjust(let u): "/api/v1/talent/catalogue/\(id(u))/adjust"
        case .openings: "/api/v1/talent/openings"
        case .achievements: "/api/v1/talent/achievements"
        case .requests: "/api/v1/talent/requests"
        case .request(let u): "/api/v1/talent/requests/\(id(u))"
        case .steps(let u): "/api/v1/talent/requests/\(id(u))/steps"
        case .compliance: "/api/v1/talent/compliance"
        case .points: "/api/v1/talent/points"
        }
    }
}

extension TalentAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) { TalentAPIRoutes().register(on: routes) }
}
