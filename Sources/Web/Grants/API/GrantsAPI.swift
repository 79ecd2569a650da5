import Foundation
import Vapor

/// The post-award project management API's addresses under `/api/v1`.
enum GrantsAPI: SiteRoute {
    var path: String {
        switch self {}
    }
}

extension GrantsAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) {}
    static var operations: [OpenAPIDocument.Operation] { [] }
    static var schemas: [(String, JSONValue)] { [] }
}
