import Foundation
import Vapor

/// The Monitoring module's API addresses under `/api/v1`.
enum MonitoringAPI: SiteRoute {
    var path: String {
        switch self {}
    }
}

extension MonitoringAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) {}
    static var operations: [OpenAPIDocument.Operation] { [] }
    static var schemas: [(String, JSONValue)] { [] }
}
