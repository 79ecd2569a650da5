import Foundation
import Vapor

/// The Portal module's API addresses under `/api/v1`.
enum PortalAPI: SiteRoute {
    var path: String {
        switch self {}
    }
}

extension PortalAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) {}
    static var operations: [OpenAPIDocument.Operation] { [] }
    static var schemas: [(String, JSONValue)] { [] }
}
