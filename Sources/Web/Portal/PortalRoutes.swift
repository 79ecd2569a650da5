import Foundation
import Vapor

/// The pages of the Portal module.
struct PortalRoutes {
    func register(on app: Application) {}
}
