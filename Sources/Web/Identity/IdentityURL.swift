import Foundation
import Vapor

/// The pages of identity: sign-in account pages, organisations and people: the same value registers a route and prints its links.
enum IdentityURL: SiteRoute {
    case profile, profilePassword, tokens, tokenRevoke(UUID)
    case organisations, organisationNew, organisation(UUID), people
    case personNew, person(UUID), personRoles(UUID), personRolesRemove(UUID)
    case personStatus(UUID)

    var path: String {
        switch self {
        case .profile: "/profile"
        case .profilePassword: "/profile/password"
        case .tokens: "/tokens"
        case .tokenRevoke(let id): "/tokens/\(id.uuidString.lowercased())/revoke"
        case .organisations: "/admin/organisations"
        case .organisationNew: "/admin/organisations/new"
        case .organisation(let id): "/admin/organisations/\(id.uuidString.lowercased())"
        case .people: "/admin/people"
        case .personNew: "/admin/people/new"
        case .person(let id): "/admin/people/\(id.uuidString.lowercased())"
        case .personRoles(let id): "/admin/people/\(id.uuidString.lowercased())/roles"
        case .personRolesRemove(let id): "/admin/people/\(id.uuidString.lowercased())/roles/remove"
        case .personStatus(let id): "/admin/people/\(id.uuidString.lowercased())/status"
        }
    }
}
