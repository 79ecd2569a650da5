import Foundation
import Vapor

/// The Monitoring module's API addresses under `/api/v1`.
enum MonitoringAPI: SiteRoute {
    // monitoring-indicators: the indicator system and the published releases (public)
    case indicators, releases, release(UUID)

    var path: String {
        switch self {
        case .indicators: "/api/v1/monitoring/indicators"
        case .releases: "/api/v1/monitoring/releases"
        case .release(let id): "/api/v1/monitoring/releases/\(id.uuidString.lowercased())"
        }
    }
}

extension MonitoringAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) {
        MonitoringIndicatorsAPIRoutes().register(on: routes)
    }

    static var operations: [OpenAPIDocument.Operation] { MonitoringIndicatorsAPIRoutes.operations }
    static var schemas: [(String, JSONValue)] { MonitoringIndicatorsAPIRoutes.schemas }
}
