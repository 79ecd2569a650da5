import Foundation
import Vapor

/// The pages of the Enterprise module: the same value registers a route and prints its links.
enum EnterpriseURL: SiteRoute {
    case home, mine, saveProfile, redeem, office, provider, runMatching, importCriteria
    case submit(UUID), verify(UUID), decide(UUID), claim(UUID), settle(UUID)

    static func id(_ id: UUID) -> String { id.uuidString.lowercased() }

    var path: String {
        switch self {
        case .home: "/enterprises"
        case .mine: "/enterprises/mine"
        case .saveProfile: "/enterprises/mine/profile"
        case .office: "/enterprises/office"
        case .provider: "/enterprises/provider"
        case .runMatching: "/enterprises/office/matching"
        case .importCriteria: "/enterprises/office/criteria"
        case .submit(let id): "/enterprises/profiles/\(Self.id(id))/submit"
        case .verify(let id): "/enterprises/profiles/\(Self.id(id))/verify"
        case .redeem: "/enterprises/mine/redeem"
        case .decide(let id): "/enterprises/matches/\(Self.id(id))/decide"
        case .claim(let id): "/enterprises/redemptions/\(Self.id(id))/claim"
        case .settle(let id): "/enterprises/redemptions/\(Self.id(id))/settle"
        }
    }
}
