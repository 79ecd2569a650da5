import Foundation
import Vapor

/// The pages of the Talent module.
struct TalentRoutes {
    func register(on app: Application) {}
}
