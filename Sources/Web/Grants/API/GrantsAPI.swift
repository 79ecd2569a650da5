import Foundation
import Vapor

/// The funding decision, project and task agreement API's addresses under `/api/v1` (one id per path).
enum GrantsAPI: SiteRoute {
    /// GET: the facts of the decision; POST: fund (201, Location: the project).
    case award(UUID)
    /// POST: not funded, with the reason.
    case notFunded(UUID)
    case projects, project(UUID)
    /// GET / PUT the task agreement.
    case agreement(UUID)
    /// POST a signature (201, Location: the agreement).
    case agreementSignatures(UUID)
    case youngScientists
    /// GET (officers): an application's expert recommendations; POST (experts): recommend it (201).
    case nominations(UUID)
    /// GET: directed commissions; POST: record one (201, Location: the funding decision's facts).
    case commissions

    var path: String {
        switch self {
        case .award(let id): "/api/v1/applications/\(Self.s(id))/award"
        case .notFunded(let id): "/api/v1/applications/\(Self.s(id))/not-funded"
        case .projects: "/api/v1/projects"
        case .project(let id): "/api/v1/projects/\(Self.s(id))"
        case .agreement(let id): "/api/v1/projects/\(Self.s(id))/agreement"
        case .agreementSignatures(let id): "/api/v1/projects/\(Self.s(id))/agreement/signatures"
        case .youngScientists: "/api/v1/statistics/young-scientists"
        case .nominations(let id): "/api/v1/applications/\(Self.s(id))/nominations"
        case .commissions: "/api/v1/commissions"
        }
    }

    static func s(_ id: UUID) -> String { id.uuidString.lowercased() }
}

extension GrantsAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) {
        GrantsAPIRoutes().register(on: routes)
        GrantsSelectionAPIRoutes().register(on: routes)
    }
}
