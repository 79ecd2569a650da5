import Foundation
import Vapor

/// The instrument sharing (Art. 55) API's addresses under `/api/v1`.
enum InstrumentsAPI: SiteRoute {
    case instruments, instrument(UUID), availability(UUID), book(UUID)
    case bookings, booking(UUID), cancel(UUID), usage(UUID), calendar, usageList

    var path: String {
        let id = { (u: UUID) in u.uuidString.lowercased() }
        return switch self {
        case .instruments: "/api/v1/instruments"
        case .instrument(let u): "/api/v1/instruments/\(id(u))"
        case .availability(let u): "/api/v1/instruments/\(id(u))/availability"
        case .book(let u): "/api/v1/instruments/\(id(u))/bookings"
        case .bookings: "/api/v1/instruments/bookings"
        case .calendar: "/api/v1/instruments/bookings.ics"
        case .usageList: "/api/v1/instruments/usage"
        case .booking(let u): "/api/v1/instruments/bookings/\(id(u))"
        case .cancel(let u): "/api/v1/instruments/bookings/\(id(u))/cancel"
        case .usage(let u): "/api/v1/instruments/bookings/\(id(u))/usage"
        }
    }
}

extension InstrumentsAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) { InstrumentsAPIRoutes().register(on: routes) }
}
