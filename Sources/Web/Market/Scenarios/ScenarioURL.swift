import Foundation
import Vapor

/// The pages of scenario demand lists (Art. 35) and of the market's expert reviews.
enum ScenarioURL: SiteRoute {
    case scenarios, feed, batch(UUID), solutionForm(UUID), mine, solution(UUID), pilots
    case admin, adminBatch(UUID), adminItems(UUID), adminPublish(UUID)
    case adminSolution(UUID), adminPanel(UUID), adminDecision(UUID), adminPilot(UUID), adminPilotPublish(UUID)
    case reviews, review(UUID)

    var path: String {
        let id = { (u: UUID) in u.uuidString.lowercased() }
        return switch self {
        case .scenarios: "/scenarios"
        case .feed: "/scenarios/feed.atom"
        case .batch(let u): "/scenarios/batches/\(id(u))"
        case .solutionForm(let u): "/scenarios/items/\(id(u))/solution"
        case .mine: "/scenarios/mine"
        case .solution(let u): "/scenarios/solutions/\(id(u))"
        case .pilots: "/scenarios/pilots"
        case .admin: "/admin/scenarios"
        case .adminBatch(let u): "/admin/scenarios/\(id(u))"
        case .adminItems(let u): "/admin/scenarios/\(id(u))/items"
        case .adminPublish(let u): "/admin/scenarios/\(id(u))/publish"
        case .adminSolution(let u): "/admin/scenario-solutions/\(id(u))"
        case .adminPanel(let u): "/admin/scenario-solutions/\(id(u))/panel"
        case .adminDecision(let u): "/admin/scenario-solutions/\(id(u))/decision"
        case .adminPilot(let u): "/admin/scenario-solutions/\(id(u))/pilot"
        case .adminPilotPublish(let u): "/admin/scenario-solutions/\(id(u))/pilot/publish"
        case .reviews: "/expert/market-reviews"
        case .review(let u): "/expert/market-reviews/\(id(u))"
        }
    }
}

/// The pages of certification (Art. 34).
enum CertificationURL: SiteRoute {
    case certificates, apply, application(UUID), admin, adminApplication(UUID), adminPanel(UUID), adminDecision(UUID), adminRevoke(UUID)

    var path: String {
        let id = { (u: UUID) in u.uuidString.lowercased() }
        return switch self {
        case .certificates: "/certification"
        case .apply: "/certification/apply"
        case .application(let u): "/certification/applications/\(id(u))"
        case .admin: "/admin/certification"
        case .adminApplication(let u): "/admin/certification/\(id(u))"
        case .adminPanel(let u): "/admin/certification/\(id(u))/panel"
        case .adminDecision(let u): "/admin/certification/\(id(u))/decision"
        case .adminRevoke(let u): "/admin/certification/\(id(u))/revoke"
        }
    }
}
