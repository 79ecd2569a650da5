import Foundation
import Vapor

/// The API of scenario demand lists (Art. 35) and certification (Art. 34) under `/api/v1`.
enum MarketScenarioAPI: SiteRoute {
    case batches, batch(UUID), solutions(UUID), certificates, certificationApplications

    var path: String {
        let id = { (u: UUID) in u.uuidString.lowercased() }
        return switch self {
        case .batches: "/api/v1/scenario-batches"
        case .batch(let u): "/api/v1/scenario-batches/\(id(u))"
        case .solutions(let u): "/api/v1/scenarios/\(id(u))/solutions"
        case .certificates: "/api/v1/certificates"
        case .certificationApplications: "/api/v1/certification/applications"
        }
    }
}

extension MarketScenarioAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) { MarketScenarioAPIRoutes().register(on: routes) }
}
