import Foundation
import Vapor

/// The pages of project money, sub-tasks and the one inspection plan: the same value registers a
/// route and prints its links. One id per path (`SiteURL.components` turns every UUID into `:id`).
enum GrantsMoneyURL: SiteRoute {
    // One project's money (Art. 50(2)) and sub-tasks (Art. 29)
    case money(UUID), moneyCSV(UUID), moneyXLSX(UUID)
    case expenditures(UUID), tranches(UUID), milestones(UUID), budget(UUID), subTasks(UUID)
    case expenditureReceipt(UUID), expenditureDecision(UUID), adjustmentDecision(UUID)
    // The funder's views
    case approvals, programmes, programme(UUID), programmeCSV(UUID), programmeXLSX(UUID)
    // The one inspection plan (Art. 50(3))
    case inspections, inspectionNew, inspection(UUID), inspectionFindings(UUID), inspectionCalendar

    var path: String {
        switch self {
        case .money(let id): "/projects/\(Self.s(id))/money"
        case .moneyCSV(let id): "/projects/\(Self.s(id))/money/execution.csv"
        case .moneyXLSX(let id): "/projects/\(Self.s(id))/money/execution.xlsx"
        case .expenditures(let id): "/projects/\(Self.s(id))/money/expenditures"
        case .tranches(let id): "/projects/\(Self.s(id))/money/tranches"
        case .milestones(let id): "/projects/\(Self.s(id))/money/milestones"
        case .budget(let id): "/projects/\(Self.s(id))/money/budget"
        case .subTasks(let id): "/projects/\(Self.s(id))/subtasks"
        case .expenditureReceipt(let id): "/money/expenditures/\(Self.s(id))/receipt"
        case .expenditureDecision(let id): "/money/expenditures/\(Self.s(id))/decision"
        case .adjustmentDecision(let id): "/money/adjustments/\(Self.s(id))/decision"
        case .approvals: "/money/approvals"
        case .programmes: "/money/programmes"
        case .programme(let id): "/money/programmes/\(Self.s(id))"
        case .programmeCSV(let id): "/money/programmes/\(Self.s(id))/execution.csv"
        case .programmeXLSX(let id): "/money/programmes/\(Self.s(id))/execution.xlsx"
        case .inspections: "/inspections"
        case .inspectionNew: "/inspections/new"
        case .inspection(let id): "/inspections/\(Self.s(id))"
        case .inspectionFindings(let id): "/inspections/\(Self.s(id))/findings"
        case .inspectionCalendar: "/inspections/plan.ics"
        }
    }

    static func s(_ id: UUID) -> String { id.uuidString.lowercased() }
}
