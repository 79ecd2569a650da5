import Foundation
import Vapor

/// The Enterprise module's API addresses under `/api/v1`.
enum EnterpriseAPI: SiteRoute {
    var path: String {
        switch self {}
    }
}

extension EnterpriseAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) {}
    static var operations: [OpenAPIDocument.Operation] { [] }
    static var schemas: [(String, JSONValue)] { [] }
}
