import Foundation
import Vapor

/// The pages of post-award project management.
struct GrantsRoutes {
    func register(on routes: any RoutesBuilder) {
        GrantsCoreRoutes().register(on: routes)
        GrantsMoneyRoutes().register(on: routes)
        GrantsClosureRoutes().register(on: routes)
    }
}
