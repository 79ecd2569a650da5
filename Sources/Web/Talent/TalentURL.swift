import Foundation
import Vapor

/// The pages of the Talent module: the same value registers a route and prints its links.
enum TalentURL: SiteRoute {
    case home, catalogue, openings, achievements, services, desk, deskOfficers, compliance, points
    case entry(UUID), adjust(UUID), withdraw(UUID), opening(UUID), closeOpening(UUID), removeAchievement(UUID), dossier(UUID)
    case request(UUID), step(UUID)

    static func id(_ id: UUID) -> String { id.uuidString.lowercased() }

    var path: String {
        switch self {
        case .home: "/talent"
        case .catalogue: "/talent/catalogue"
        case .openings: "/talent/openings"
        case .achievements: "/talent/achievements"
        case .services: "/talent/services"
        case .desk: "/talent/desk"
        case .deskOfficers: "/talent/desk/officers"
        case .compliance: "/talent/compliance"
        case .points: "/talent/points"
        case .entry(let id): "/talent/catalogue/\(Self.id(id))"
        case .adjust(let id): "/talent/catalogue/\(Self.id(id))/adjust"
        case .withdraw(let id): "/talent/catalogue/\(Self.id(id))/withdraw"
        case .opening(let id): "/talent/openings/\(Self.id(id))"
        case .closeOpening(let id): "/talent/openings/\(Self.id(id))/close"
        case .removeAchievement(let id): "/talent/achievements/\(Self.id(id))/remove"
        case .dossier(let id): "/talent/people/\(Self.id(id))"
        case .request(let id): "/talent/services/\(Self.id(id))"
        case .step(let id): "/talent/services/\(Self.id(id))/steps"
        }
    }
}
