import Foundation
import Vapor

/// The pages of instrument sharing: the same value registers a route and prints its links.
enum InstrumentsURL: SiteRoute {
    case search, register, mine, manage, bills, statistics
    case instrument(UUID), book(UUID), wait(UUID), calendarFeed(UUID), edit(UUID), publish(UUID), blackouts(UUID), trainings(UUID), managers(UUID), photo(UUID)
    case cancel(UUID), feedback(UUID), decide(UUID), usage(UUID), bill(UUID)

    static func id(_ id: UUID) -> String { id.uuidString.lowercased() }

    var path: String {
        switch self {
        case .search: "/instruments"
        case .register: "/instruments/register"
        case .mine: "/instruments/bookings"
        case .manage: "/instruments/manage"
        case .bills: "/instruments/bills"
        case .statistics: "/instruments/statistics"
        case .instrument(let id): "/instruments/\(Self.id(id))"
        case .book(let id): "/instruments/\(Self.id(id))/book"
        case .wait(let id): "/instruments/\(Self.id(id))/wait"
        case .calendarFeed(let id): "/instruments/\(Self.id(id))/calendar.ics"
        case .edit(let id): "/instruments/\(Self.id(id))/edit"
        case .publish(let id): "/instruments/\(Self.id(id))/publish"
        case .blackouts(let id): "/instruments/\(Self.id(id))/blackouts"
        case .trainings(let id): "/instruments/\(Self.id(id))/trainings"
        case .managers(let id): "/instruments/\(Self.id(id))/managers"
        case .photo(let id): "/instruments/\(Self.id(id))/photo"
        case .cancel(let id): "/instruments/bookings/\(Self.id(id))/cancel"
        case .feedback(let id): "/instruments/bookings/\(Self.id(id))/feedback"
        case .decide(let id): "/instruments/bookings/\(Self.id(id))/decide"
        case .usage(let id): "/instruments/bookings/\(Self.id(id))/usage"
        case .bill(let id): "/instruments/bills/\(Self.id(id))"
        }
    }
}
