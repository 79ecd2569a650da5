import Foundation
import Vapor

/// The instrument sharing (Art. 55) API's addresses under `/api/v1`.
enum InstrumentsAPI: SiteRoute {
    var path: String {
        switch self {}
    }
}

extension InstrumentsAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) {}
    static var operations: [OpenAPIDocument.Operation] { [] }
    static var schemas: [(String, JSONValue)] { [] }
}
