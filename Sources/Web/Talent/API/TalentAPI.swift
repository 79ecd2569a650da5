import Foundation
import Vapor

/// The Talent module's API addresses under `/api/v1`.
enum TalentAPI: SiteRoute {
    var path: String {
        switch self {}
    }
}

extension TalentAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) {}
    static var operations: [OpenAPIDocument.Operation] { [] }
    static var schemas: [(String, JSONValue)] { [] }
}
