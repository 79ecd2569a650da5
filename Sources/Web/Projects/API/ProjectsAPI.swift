import Foundation
import Vapor

/// The projects API's addresses: calls (and the call linter) and applications. The same value
/// registers a route, prints a `Location` and prints the route's OpenAPI path.
enum ProjectsAPI: SiteRoute {
    case calls, call(UUID), callPublish(UUID), callLint
    case callApplications(UUID), applications, application(UUID), applicationProblems(UUID)
    case applicationSubmit(UUID), applicationWithdraw(UUID), applicationDecision(UUID)

    var path: String {
        switch self {
        case .calls: "/api/v1/calls"
        case .call(let id): "/api/v1/calls/\(id.uuidString.lowercased())"
        case .callPublish(let id): "/api/v1/calls/\(id.uuidString.lowercased())/publish"
        case .callLint: "/api/v1/calls/lint"
        case .callApplications(let id): "/api/v1/calls/\(id.uuidString.lowercased())/applications"
        case .applications: "/api/v1/applications"
        case .application(let id): "/api/v1/applications/\(id.uuidString.lowercased())"
        case .applicationProblems(let id): "/api/v1/applications/\(id.uuidString.lowercased())/problems"
        case .applicationSubmit(let id): "/api/v1/applications/\(id.uuidString.lowercased())/submit"
        case .applicationWithdraw(let id): "/api/v1/applications/\(id.uuidString.lowercased())/withdraw"
        case .applicationDecision(let id): "/api/v1/applications/\(id.uuidString.lowercased())/decision"
        }
    }
}

extension ProjectsAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) {
        CallAPIRoutes().register(on: routes)
        ApplicationAPIRoutes().register(on: routes)
    }
}
