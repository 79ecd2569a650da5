import Foundation
import Vapor

/// The pages of instrument sharing (Art. 55).
struct InstrumentsRoutes {
    func register(on routes: any RoutesBuilder) {}
}
