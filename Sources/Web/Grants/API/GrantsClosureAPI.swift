import Foundation
import Vapor

/// The reports, outputs, change requests, acceptance and results-register API's addresses under
/// `/api/v1` (one id per path).
enum GrantsClosureAPI: SiteRoute {
    case reports(UUID), reportSubmit(UUID), reportReview(UUID), reportsDue, reportReminders
    case outputs(UUID), results
    case changeRequests(UUID), changeDecision(UUID)
    case acceptance(UUID), acceptancePanel(UUID), acceptanceDecision(UUID), acceptanceReviews, acceptanceReview(UUID)
    case acceptanceSchemes(UUID)

    var path: String {
        switch self {
        case .reports(let id): "/api/v1/projects/\(Self.s(id))/reports"
        case .reportSubmit(let id): "/api/v1/reports/\(Self.s(id))/submit"
        case .reportReview(let id): "/api/v1/reports/\(Self.s(id))/review"
        case .reportsDue: "/api/v1/reports/due"
        case .reportReminders: "/api/v1/reports/reminders"
        case .outputs(let id): "/api/v1/projects/\(Self.s(id))/outputs"
        case .results: "/api/v1/results"
        case .changeRequests(let id): "/api/v1/projects/\(Self.s(id))/change-requests"
        case .changeDecision(let id): "/api/v1/change-requests/\(Self.s(id))/decision"
        case .acceptance(let id): "/api/v1/projects/\(Self.s(id))/acceptance"
        case .acceptancePanel(let id): "/api/v1/projects/\(Self.s(id))/acceptance/panel"
        case .acceptanceDecision(let id): "/api/v1/projects/\(Self.s(id))/acceptance/decision"
        case .acceptanceReviews: "/api/v1/acceptance-reviews"
        case .acceptanceReview(let id): "/api/v1/acceptance-reviews/\(Self.s(id))"
        case .acceptanceSchemes(let id): "/api/v1/programmes/\(Self.s(id))/acceptance-schemes"
        }
    }

    static func s(_ id: UUID) -> String { id.uuidString.lowercased() }
}

extension GrantsClosureAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) { GrantsClosureAPIRoutes().register(on: routes) }
}
