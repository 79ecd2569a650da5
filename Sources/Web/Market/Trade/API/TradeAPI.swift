import Foundation
import Vapor

/// The technology market's API addresses under `/api/v1` (Art. 36).
enum TradeAPI: SiteRoute {
    case supplies, supplyMatches(UUID), demands, demandMatches(UUID)
    case contracts, contract(UUID), registerContract(UUID), returnContract(UUID), statistics, turnover

    var path: String {
        let id = { (u: UUID) in u.uuidString.lowercased() }
        return switch self {
        case .supplies: "/api/v1/market/supplies"
        case .supplyMatches(let u): "/api/v1/market/supplies/\(id(u))/matches"
        case .demands: "/api/v1/market/demands"
        case .demandMatches(let u): "/api/v1/market/demands/\(id(u))/matches"
        case .contracts: "/api/v1/market/contracts"
        case .contract(let u): "/api/v1/market/contracts/\(id(u))"
        case .registerContract(let u): "/api/v1/market/contracts/\(id(u))/register"
        case .returnContract(let u): "/api/v1/market/contracts/\(id(u))/return"
        case .statistics: "/api/v1/market/contract-statistics"
        case .turnover: "/api/v1/market/contract-turnover"
        }
    }
}

extension TradeAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) { TradeAPIRoutes().register(on: routes) }
}
