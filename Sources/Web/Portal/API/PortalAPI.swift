import Foundation
import Vapor

/// The Portal module's API addresses under `/api/v1`: the public search of funded projects
/// (Art. 56), in the spirit of NIH RePORTER's `projects/search`.
enum PortalAPI: SiteRoute {
    case projectSearch

    var path: String {
        switch self {
        case .projectSearch: "/api/v1/public/projects/search"
        }
    }
}

extension PortalAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) { PortalAPIRoutes().register(on: routes) }
}
