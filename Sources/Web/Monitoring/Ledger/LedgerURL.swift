import Foundation
import Vapor

/// The key-task ledger's pages: the same value registers a route and prints its links.
enum LedgerURL: SiteRoute {
    case ledger, plans, tasks, assessment
    case task(UUID), progress(UUID)

    var path: String {
        switch self {
        case .ledger: "/monitoring/ledger"
        case .plans: "/monitoring/ledger/plans"
        case .tasks: "/monitoring/ledger/tasks"
        case .assessment: "/monitoring/ledger/assessment"
        case .task(let id): "/monitoring/ledger/tasks/\(id.uuidString.lowercased())"
        case .progress(let id): "/monitoring/ledger/tasks/\(id.uuidString.lowercased())/progress"
        }
    }
}

/// The ledger's API under `/api/v1`.
enum LedgerAPI: SiteRoute {
    case plans, tasks, task(UUID), progress(UUID), assessment

    var path: String {
        switch self {
        case .plans: "/api/v1/monitoring/ledger/plans"
        case .tasks: "/api/v1/monitoring/ledger/tasks"
        case .task(let id): "/api/v1/monitoring/ledger/tasks/\(id.uuidString.lowercased())"
        case .progress(let id): "/api/v1/monitoring/ledger/tasks/\(id.uuidString.lowercased())/progress"
        case .assessment: "/api/v1/monitoring/ledger/assessment"
        }
    }
}
