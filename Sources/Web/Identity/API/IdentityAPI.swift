import Foundation
import Vapor

/// The identity API's addresses: the token's own person, organisations and people. The same value
/// registers a route, prints a `Location` and prints the route's OpenAPI path.
enum IdentityAPI: SiteRoute {
    case me, organisations, organisation(UUID), people, person(UUID)

    var path: String {
        switch self {
        case .me: "/api/v1/me"
        case .organisations: "/api/v1/organisations"
        case .organisation(let id): "/api/v1/organisations/\(id.uuidString.lowercased())"
        case .people: "/api/v1/people"
        case .person(let id): "/api/v1/people/\(id.uuidString.lowercased())"
        }
    }
}

extension IdentityAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) { IdentityAPIRoutes().register(on: routes) }
}
