import Foundation
import Vapor

/// The review API's addresses: the formal check of an application (its funding decision is `GrantsAPI.award`), a call's
/// review round, ranking and published assignment report, and an expert's reviews. The same value
/// registers a route and prints the route's OpenAPI path.
enum ReviewAPI: SiteRoute {
    case formalCheck(UUID)
    case round(UUID), roundRun(UUID), roundSwap(UUID), roundConflicts(UUID), roundPublish(UUID), roundRemind(UUID)
    case ranking(UUID), report(UUID)
    case reviews, reviewAccept(UUID), reviewDecline(UUID), reviewSubmit(UUID)
    case duplicateConfirmation(UUID), experts, expertInvitations, expertActive(UUID), review(UUID)

    var path: String {
        switch self {
        case .formalCheck(let id): "/api/v1/applications/\(id.uuidString.lowercased())/formal-check"
        case .round(let id): "/api/v1/calls/\(id.uuidString.lowercased())/review-round"
        case .roundRun(let id): "/api/v1/calls/\(id.uuidString.lowercased())/review-round/run"
        case .roundSwap(let id): "/api/v1/calls/\(id.uuidString.lowercased())/review-round/swap"
        case .roundConflicts(let id): "/api/v1/calls/\(id.uuidString.lowercased())/review-round/conflicts"
        case .roundPublish(let id): "/api/v1/calls/\(id.uuidString.lowercased())/review-round/publish"
        case .roundRemind(let id): "/api/v1/calls/\(id.uuidString.lowercased())/review-round/remind"
        case .ranking(let id): "/api/v1/calls/\(id.uuidString.lowercased())/ranking"
        case .report(let id): "/api/v1/calls/\(id.uuidString.lowercased())/review-report"
        case .reviews: "/api/v1/reviews"
        case .reviewAccept(let id): "/api/v1/reviews/\(id.uuidString.lowercased())/accept"
        case .reviewDecline(let id): "/api/v1/reviews/\(id.uuidString.lowercased())/decline"
        case .reviewSubmit(let id): "/api/v1/reviews/\(id.uuidString.lowercased())/submit"
        case .duplicateConfirmation(let id): "/api/v1/applications/\(id.uuidString.lowercased())/duplicate-confirmation"
        case .experts: "/api/v1/experts"
        case .expertInvitations: "/api/v1/experts/invitations"
        case .expertActive(let id): "/api/v1/experts/\(id.uuidString.lowercased())/active"
        case .review(let id): "/api/v1/reviews/\(id.uuidString.lowercased())"
        }
    }
}

extension ReviewAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) {
        ReviewAPIRoutes().register(on: routes)
        ReviewOfficerAPIRoutes().register(on: routes)
    }
}
