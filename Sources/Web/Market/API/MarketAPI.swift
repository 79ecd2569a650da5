import Foundation
import Vapor

/// The Market module's API addresses under `/api/v1`.
enum MarketAPI: SiteRoute {
    var path: String {
        switch self {}
    }
}

extension MarketAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) {}
    static var operations: [OpenAPIDocument.Operation] { [] }
    static var schemas: [(String, JSONValue)] { [] }
}
