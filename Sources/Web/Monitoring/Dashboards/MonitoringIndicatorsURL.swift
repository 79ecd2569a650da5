import Foundation
import Vapor

/// The pages of the indicator part of Monitoring: the same value registers a route and prints its links.
enum MonitoringIndicatorsURL: SiteRoute {
    case live, indicators, report, releases, dictionary, zones
    case release(UUID), releaseCSV(UUID), releaseJSON(UUID)

    static func id(_ id: UUID) -> String { id.uuidString.lowercased() }

    var path: String {
        switch self {
        case .live: "/monitoring"
        case .indicators: "/monitoring/indicators"
        case .report: "/monitoring/report"
        case .releases: "/monitoring/releases"
        case .dictionary: "/monitoring/releases/dictionary.csv"
        case .zones: "/monitoring/zones"
        case .release(let id): "/monitoring/releases/\(Self.id(id))"
        case .releaseCSV(let id): "/monitoring/releases/\(Self.id(id))/data.csv"
        case .releaseJSON(let id): "/monitoring/releases/\(Self.id(id))/data.json"
        }
    }
}
