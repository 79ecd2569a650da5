import Foundation
import Vapor

/// The policy library's API addresses (public): search, a document, an article. The same value
/// registers a route and prints the route's OpenAPI path.
enum PolicyAPI: SiteRoute {
    case search, document(String), article(String, String)

    var path: String {
        switch self {
        case .search: "/api/v1/policies/search"
        case .document(let id): "/api/v1/policies/\(SiteURL.escape(id))"
        case .article(let id, let label): "/api/v1/policies/\(SiteURL.escape(id))/articles/\(SiteURL.escape(label))"
        }
    }

    var components: [PathComponent] {
        switch self {
        case .search: SiteURL.components(of: path)
        case .document: ["api", "v1", "policies", ":id"]
        case .article: ["api", "v1", "policies", ":id", "articles", ":label"]
        }
    }
}

extension PolicyAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) { PolicyAPIRoutes().register(on: routes) }
}
