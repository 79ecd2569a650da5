import Foundation
import Vapor

/// The pages of the Market module.
struct MarketRoutes {
    func register(on app: Application) {
        ScenarioRoutes().register(on: app)
        MarketTradeRoutes().register(on: app)
        PlatformRoutes().register(on: app)
    }
}
