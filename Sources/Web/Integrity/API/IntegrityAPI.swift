import Foundation
import Vapor

/// The integrity API's addresses: the public list of published records.
enum IntegrityAPI: SiteRoute {
    case records

    var path: String {
        switch self {
        case .records: "/api/v1/integrity/records"
        }
    }
}

extension IntegrityAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) { IntegrityAPIRoutes().register(on: routes) }
}
