import Foundation
import Vapor

/// The Enterprise module's API addresses under `/api/v1`.
enum EnterpriseAPI: SiteRoute {
    case criteria, finance, mine, matching, redeem(UUID)

    var path: String {
        switch self {
        case .criteria: "/api/v1/enterprises/criteria"
        case .finance: "/api/v1/enterprises/finance"
        case .mine: "/api/v1/enterprises/mine"
        case .matching: "/api/v1/enterprises/matching"
        case .redeem(let id): "/api/v1/enterprises/vouchers/\(id.uuidString.lowercased())/redemptions"
        }
    }
}

extension EnterpriseAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) { EnterpriseAPIRoutes().register(on: routes) }
}
