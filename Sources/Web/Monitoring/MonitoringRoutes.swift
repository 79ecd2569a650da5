import Foundation
import Vapor

/// The pages of the Monitoring module.
struct MonitoringRoutes {
    func register(on app: Application) {
        MonitoringIndicatorsRoutes().register(on: app)
        LedgerRoutes().register(on: app)
        WarningRoutes().register(on: app)
        AwardsRoutes().register(on: app)
        InternationalRoutes().register(on: app)
    }
}
