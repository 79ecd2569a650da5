import Foundation
import Vapor

/// The pages of the Enterprise module.
struct EnterpriseRoutes {
    func register(on app: Application) {}
}
