import Foundation
import KechuangCore
import Projects

/// How far a project's money has gone (执行情况), at a day: what was awarded, released, spent
/// and committed, what remains, and the burn rate against the time elapsed.
public struct ExecutionSummary: Sendable, Equatable {
    public var projectID: Project.ID
    public var number: String
    public var titleZh: String
    public var titleEn: String
    /// The award plus approved changes of the total, in yuan.
    public var budget: Int
    /// Tranches paid out.
    public var released: Int
    /// Lines that count (recorded, and cross-border lines approved).
    public var spent: Int
    /// Cross-border lines awaiting approval: reserved, not yet spent.
    public var committed: Int
    public var asOf: BeijingDay
    public var start: BeijingDay
    public var end: BeijingDay
    /// Spent per category (raw value), in `ExpenditureCategory` order; categories with nothing left out.
    public var byCategory: [CategoryExecution]
    /// Spent per calendar month, cumulative, from the first month with spending to `asOf`.
    public var monthly: [MonthPoint]

    public struct CategoryExecution: Sendable, Equatable {
        public var category: String
        public var budget: Int
        public var spent: Int
        public init(category: String, budget: Int, spent: Int) {
            self.category = category
            self.budget = budget
            self.spent = spent
        }
    }

    public struct MonthPoint: Sendable, Equatable {
        /// `yyyy-MM`.
        public var month: String
        public var spent: Int
        public var cumulative: Int
        public init(month: String, spent: Int, cumulative: Int) {
            self.month = month
            self.spent = spent
            self.cumulative = cumulative
        }
    }

    /// Budget − spent − committed (never hidden when negative).
    public var remaining: Int { budget - spent - committed }

    /// Share of the budget spent, 0…1 (more when overspent).
    public var spentShare: Double { budget > 0 ? Double(spent) / Double(budget) : 0 }

    /// Share of the project's time elapsed at `asOf`, 0…1.
    public var elapsedShare: Double { Self.elapsed(start: start, end: end, at: asOf) }

    /// Spent share over elapsed share: 1 is on schedule, below 1 slower, above 1 faster. Nil
    /// before the project starts.
    public var burnRate: Double? { elapsedShare > 0 ? spentShare / elapsedShare : nil }

    public static func elapsed(start: BeijingDay, end: BeijingDay, at day: BeijingDay) -> Double {
        let total = end.startOfNextDay.timeIntervalSince(start.start)
        guard total > 0 else { return 1 }
        let gone = day.startOfNextDay.timeIntervalSince(start.start)
        return min(1, max(0, gone / total))
    }
}

/// A programme's execution: one summary per project and their totals.
public struct ProgrammeExecution: Sendable, Equatable {
    public var programmeID: UUID
    public var projects: [ExecutionSummary]

    public var budget: Int { Money.clampedSum(projects.map(\.budget)) }
    public var released: Int { Money.clampedSum(projects.map(\.released)) }
    public var spent: Int { Money.clampedSum(projects.map(\.spent)) }
    public var committed: Int { Money.clampedSum(projects.map(\.committed)) }
    public var remaining: Int { Money.clampedSum([budget, -spent, -committed]) }
    public var spentShare: Double { budget > 0 ? Double(spent) / Double(budget) : 0 }
}
