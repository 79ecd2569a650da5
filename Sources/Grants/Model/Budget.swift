import Foundation
import KechuangCore
import Projects

/// What a budget adjustment changes.
public enum BudgetAdjustmentKind: String, Sendable, Codable, CaseIterable {
    /// Money moves from one category to another inside the award.
    case reallocation
    /// The project's total changes (more money than the award): outside the lump sum.
    case totalChange = "total_change"

    public var label: LocalizedText {
        switch self {
        case .reallocation: LocalizedText(zh: "科目间调剂", en: "Between categories")
        case .totalChange: LocalizedText(zh: "调整总额", en: "Change of the total")
        }
    }
}

/// Where an adjustment is: recorded (the institution's own decision, Art. 22 — in force at once),
/// or waiting for the programme officer, who approves or rejects it.
public enum BudgetAdjustmentState: String, Sendable, Codable, CaseIterable {
    case recorded
    case awaitingApproval = "awaiting_approval"
    case approved
    case rejected

    /// In force: changes the category budgets.
    public var inForce: Bool { self == .recorded || self == .approved }

    public var label: LocalizedText {
        switch self {
        case .recorded: LocalizedText(zh: "已备案（单位自主决定）", en: "Recorded (the institution's decision)")
        case .awaitingApproval: LocalizedText(zh: "待项目主管部门审批", en: "Awaiting the programme officer's approval")
        case .approved: LocalizedText(zh: "已批准", en: "Approved")
        case .rejected: LocalizedText(zh: "未批准", en: "Not approved")
        }
    }
}

/// A budget adjustment (预算调剂) of a project.
public struct BudgetAdjustment: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<BudgetAdjustment>
    public let id: ID
    public let projectID: Project.ID
    public var kind: BudgetAdjustmentKind
    /// The category giving money (reallocation only).
    public var fromCategory: String?
    /// The category receiving it.
    public var toCategory: String
    /// In yuan.
    public var amount: Int
    public var reason: String
    public var state: BudgetAdjustmentState
    /// Why the officer must approve it (or why the institution decides), with the article.
    public var basis: LegalBasis
    public var requestedBy: String
    public var decidedBy: String?
    public var decidedAt: Date?
    public var decisionNote: String
    public var createdAt: Date
    public var version: Int

    public init(id: ID, projectID: Project.ID, kind: BudgetAdjustmentKind, fromCategory: String?, toCategory: String, amount: Int, reason: String,
                state: BudgetAdjustmentState, basis: LegalBasis, requestedBy: String, decidedBy: String?, decidedAt: Date?, decisionNote: String,
                createdAt: Date, version: Int) {
        self.id = id
        self.projectID = projectID
        self.kind = kind
        self.fromCategory = fromCategory
        self.toCategory = toCategory
        self.amount = amount
        self.reason = reason
        self.state = state
        self.basis = basis
        self.requestedBy = requestedBy
        self.decidedBy = decidedBy
        self.decidedAt = decidedAt
        self.decisionNote = decisionNote
        self.createdAt = createdAt
        self.version = version
    }
}

/// An adjustment as typed.
public struct BudgetAdjustmentInput: Sendable, Equatable {
    public var kind: BudgetAdjustmentKind?
    public var fromCategory: String?
    public var toCategory: String?
    public var amount: Int?
    public var reason: String

    public init(kind: BudgetAdjustmentKind?, fromCategory: String?, toCategory: String?, amount: Int?, reason: String) {
        self.kind = kind
        self.fromCategory = fromCategory
        self.toCategory = toCategory
        self.amount = amount
        self.reason = reason
    }
}

/// A project's budget by category: the application's budget lines scaled to the awarded amount,
/// then every adjustment in force. In lump-sum projects the categories are indicative only.
public struct BudgetPlan: Sendable, Equatable {
    /// Category raw value → yuan, in `BudgetLine.categories` order.
    public var lines: [(category: String, amount: Int)]
    /// The award plus approved changes of the total.
    public var total: Int

    public static func == (a: BudgetPlan, b: BudgetPlan) -> Bool {
        a.total == b.total && a.lines.map(\.category) == b.lines.map(\.category) && a.lines.map(\.amount) == b.lines.map(\.amount)
    }

    public func amount(of category: String) -> Int { lines.first { $0.category == category }?.amount ?? 0 }

    /// The application's lines scaled to `award` (whole yuan, rounding down; what rounding leaves
    /// goes to the largest line), so the categories add up to the award exactly.
    public static func initial(requested: [BudgetLine], award: Int) -> BudgetPlan {
        var byCategory: [String: Int] = [:]
        for line in requested where BudgetLine.categories.contains(line.category) && line.amount > 0 {
            byCategory[line.category, default: 0] = Money.clampedSum([byCategory[line.category, default: 0], line.amount])
        }
        let requestedTotal = Money.clampedSum(byCategory.values)
        var lines: [(category: String, amount: Int)] = BudgetLine.categories.map { category in
            let asked = byCategory[category] ?? 0
            guard requestedTotal > 0 else { return (category, 0) }
            // asked × award / requested in full width: asked ≤ requested, so the quotient ≤ award.
            let product = asked.multipliedFullWidth(by: award)
            return (category, requestedTotal.dividingFullWidth(product).quotient)
        }
        let rest = award - Money.clampedSum(lines.map(\.amount))
        if requestedTotal == 0 {
            if let i = lines.firstIndex(where: { $0.category == "indirect" }) { lines[i].amount = award }
        } else if rest != 0, let i = lines.indices.max(by: { lines[$0].amount < lines[$1].amount }) {
            lines[i].amount += rest
        }
        return BudgetPlan(lines: lines, total: award)
    }

    /// The plan after `adjustments` in force, in order.
    public func applying(_ adjustments: [BudgetAdjustment]) -> BudgetPlan {
        var plan = self
        for a in adjustments where a.state.inForce {
            if let i = plan.lines.firstIndex(where: { $0.category == a.toCategory }) { plan.lines[i].amount = Money.clampedSum([plan.lines[i].amount, a.amount]) }
            switch a.kind {
            case .reallocation:
                if let from = a.fromCategory, let i = plan.lines.firstIndex(where: { $0.category == from }) { plan.lines[i].amount -= a.amount }
            case .totalChange:
                plan.total = Money.clampedSum([plan.total, a.amount])
            }
        }
        return plan
    }
}
