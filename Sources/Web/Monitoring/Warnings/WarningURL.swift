import Foundation
import Vapor

/// The risk warnings' pages.
enum WarningURL: SiteRoute {
    case warnings, run
    case warning(UUID), acknowledge(UUID), close(UUID)

    var path: String {
        switch self {
        case .warnings: "/monitoring/warnings"
        case .run: "/monitoring/warnings/run"
        case .warning(let id): "/monitoring/warnings/\(id.uuidString.lowercased())"
        case .acknowledge(let id): "/monitoring/warnings/\(id.uuidString.lowercased())/acknowledge"
        case .close(let id): "/monitoring/warnings/\(id.uuidString.lowercased())/close"
        }
    }
}

/// The risk warnings' API under `/api/v1`.
enum WarningAPI: SiteRoute {
    case rules, warnings, warning(UUID), run, acknowledge(UUID), close(UUID)

    var path: String {
        switch self {
        case .rules: "/api/v1/monitoring/warning-rules"
        case .warnings: "/api/v1/monitoring/warnings"
        case .warning(let id): "/api/v1/monitoring/warnings/\(id.uuidString.lowercased())"
        case .run: "/api/v1/monitoring/warnings/run"
        case .acknowledge(let id): "/api/v1/monitoring/warnings/\(id.uuidString.lowercased())/acknowledge"
        case .close(let id): "/api/v1/monitoring/warnings/\(id.uuidString.lowercased())/close"
        }
    }
}
