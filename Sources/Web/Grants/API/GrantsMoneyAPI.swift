import Foundation
import Vapor

/// The money, sub-task and inspection-plan API's addresses under `/api/v1` (one id per path).
enum GrantsMoneyAPI: SiteRoute {
    case execution(UUID), expenditures(UUID), expenditure(UUID), expenditureDecision(UUID)
    case tranches(UUID), trancheReleases(UUID), milestoneReports(UUID)
    case budget(UUID), budgetAdjustments(UUID), budgetAdjustment(UUID), budgetAdjustmentDecision(UUID)
    case subTasks(UUID), programmeExecution(UUID)
    case inspections, inspection(UUID), inspectionFindings(UUID)

    var path: String {
        switch self {
        case .execution(let id): "/api/v1/projects/\(Self.s(id))/execution"
        case .expenditures(let id): "/api/v1/projects/\(Self.s(id))/expenditures"
        case .expenditure(let id): "/api/v1/expenditures/\(Self.s(id))"
        case .expenditureDecision(let id): "/api/v1/expenditures/\(Self.s(id))/decision"
        case .tranches(let id): "/api/v1/projects/\(Self.s(id))/tranches"
        case .trancheReleases(let id): "/api/v1/projects/\(Self.s(id))/tranche-releases"
        case .milestoneReports(let id): "/api/v1/projects/\(Self.s(id))/milestone-reports"
        case .budget(let id): "/api/v1/projects/\(Self.s(id))/budget"
        case .budgetAdjustments(let id): "/api/v1/projects/\(Self.s(id))/budget-adjustments"
        case .budgetAdjustment(let id): "/api/v1/budget-adjustments/\(Self.s(id))"
        case .budgetAdjustmentDecision(let id): "/api/v1/budget-adjustments/\(Self.s(id))/decision"
        case .subTasks(let id): "/api/v1/projects/\(Self.s(id))/subtasks"
        case .programmeExecution(let id): "/api/v1/programmes/\(Self.s(id))/execution"
        case .inspections: "/api/v1/inspections"
        case .inspection(let id): "/api/v1/inspections/\(Self.s(id))"
        case .inspectionFindings(let id): "/api/v1/inspections/\(Self.s(id))/findings"
        }
    }

    static func s(_ id: UUID) -> String { id.uuidString.lowercased() }
}

extension GrantsMoneyAPI: ModuleAPI {
    static func register(on routes: any RoutesBuilder) { GrantsMoneyAPIRoutes().register(on: routes) }
}
