import Foundation
import KechuangCore

/// The reports a running project owes (Art. 31, 33, 50): one annual progress report per project
/// year, a mid-term review for projects of three years or more, and the final report.
public enum ReportKind: String, Sendable, Codable, CaseIterable {
    case annual, midTerm = "mid_term", final

    public var label: LocalizedText {
        switch self {
        case .annual: LocalizedText(zh: "年度进展报告", en: "Annual progress report")
        case .midTerm: LocalizedText(zh: "中期评估报告", en: "Mid-term review report")
        case .final: LocalizedText(zh: "结题报告", en: "Final report")
        }
    }
}

/// Where a report is: owed (due), handed in by the PI (submitted), sent back by the programme
/// officer with a comment (returned), or accepted.
public enum ReportState: String, Sendable, Codable, CaseIterable {
    case due, submitted, returned, accepted

    public var label: LocalizedText {
        switch self {
        case .due: LocalizedText(zh: "待提交", en: "Due")
        case .submitted: LocalizedText(zh: "已提交", en: "Submitted")
        case .returned: LocalizedText(zh: "已退回修改", en: "Returned for changes")
        case .accepted: LocalizedText(zh: "已通过", en: "Accepted")
        }
    }
}

/// One indicator of the task agreement with the value the report gives for it.
public struct IndicatorValue: Sendable, Equatable, Codable {
    public var indicatorID: UUID
    public var name: String
    public var unit: String
    /// The target the task agreement set.
    public var target: Double
    /// What the project reached by the report; nil when not reported.
    public var actual: Double?

    public init(indicatorID: UUID, name: String, unit: String, target: Double, actual: Double?) {
        self.indicatorID = indicatorID
        self.name = name
        self.unit = unit
        self.target = target
        self.actual = actual
    }

    /// Whether the reported value reaches the target.
    public var met: Bool { actual.map { $0 >= target } ?? false }
}

/// A report a project owes on a date.
public struct ProjectReport: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<ProjectReport>
    public let id: ID
    public let projectID: UUID
    public var kind: ReportKind
    /// 1, 2, … for annual reports; 0 for the mid-term and final reports.
    public var sequence: Int
    public var dueDate: BeijingDay
    public var state: ReportState
    public var summary: String
    public var indicators: [IndicatorValue]
    public var officerComment: String
    public var submittedAt: Date?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date

    /// Overdue: still owed (due or returned) after its due date.
    public func isOverdue(at date: Date) -> Bool {
        (state == .due || state == .returned) && date >= dueDate.startOfNextDay
    }

    /// Due within `days` days of `date` and still owed, not yet overdue.
    public func isDueSoon(at date: Date, within days: Int = ReportSchedule.reminderDays) -> Bool {
        (state == .due || state == .returned) && !isOverdue(at: date) && dueDate.start.timeIntervalSince(date) <= Double(days) * 86_400
    }

    public var title: LocalizedText {
        switch kind {
        case .annual: LocalizedText(zh: "第 \(sequence) 年度进展报告", en: "Progress report, year \(sequence)")
        case .midTerm, .final: kind.label
        }
    }
}

/// What the PI hands in with a report.
public struct ReportInput: Sendable, Equatable {
    public var summary: String
    /// Indicator id → the value reached.
    public var actuals: [UUID: Double]

    public init(summary: String, actuals: [UUID: Double]) {
        self.summary = summary
        self.actuals = actuals
    }
}

/// An in-platform notice that a report is due soon or overdue (no mail server: the PI and the
/// research office see it on the projects' reports page).
public struct ReportReminder: Sendable, Equatable, Identifiable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case dueSoon = "due_soon", overdue

        public var label: LocalizedText {
            switch self {
            case .dueSoon: LocalizedText(zh: "即将到期", en: "Due soon")
            case .overdue: LocalizedText(zh: "已逾期", en: "Overdue")
            }
        }
    }

    public let id: UUID
    public let reportID: ProjectReport.ID
    public let projectID: UUID
    public let recipientID: UUID
    public let kind: Kind
    public let dueDate: BeijingDay
    public let createdAt: Date
}

/// The reporting schedule generated from the project's dates: an annual report on each
/// anniversary of the start that falls before the end; a mid-term review at the middle of projects
/// lasting three years or more; the final report three months after the end.
public enum ReportSchedule {
    /// Reminders go out this many days before a due date.
    public static let reminderDays = 30
    /// The final report is due this many months after the end date.
    public static let finalReportMonths = 3

    public struct Entry: Sendable, Equatable {
        public let kind: ReportKind
        public let sequence: Int
        public let due: BeijingDay
    }

    public static func entries(start: BeijingDay, end: BeijingDay) -> [Entry] {
        guard start < end else { return [Entry(kind: .final, sequence: 0, due: adding(months: finalReportMonths, to: end))] }
        var out: [Entry] = []
        var year = 1
        while true {
            let anniversary = adding(months: 12 * year, to: start)
            guard anniversary < end else { break }
            out.append(Entry(kind: .annual, sequence: year, due: anniversary))
            year += 1
        }
        let months = monthsBetween(start, end)
        if months >= 36 {
            out.append(Entry(kind: .midTerm, sequence: 0, due: adding(months: months / 2, to: start)))
        }
        out.append(Entry(kind: .final, sequence: 0, due: adding(months: finalReportMonths, to: end)))
        return out.sorted { ($0.due, $0.kind.rawValue) < ($1.due, $1.kind.rawValue) }
    }

    /// Whole months from `a` to `b` (a day-of-month short of a month does not count).
    public static func monthsBetween(_ a: BeijingDay, _ b: BeijingDay) -> Int {
        var months = (b.year - a.year) * 12 + (b.month - a.month)
        if b.day < a.day { months -= 1 }
        return max(0, months)
    }

    /// The same day `months` later, the last day of the month when it has fewer days.
    public static func adding(months: Int, to day: BeijingDay) -> BeijingDay {
        let index = day.year * 12 + (day.month - 1) + months
        let year = min(max(index / 12, BeijingDay.years.lowerBound), BeijingDay.years.upperBound), month = index % 12 + 1
        for d in stride(from: day.day, through: 28, by: -1) {
            if let found = BeijingDay(year: year, month: month, day: d) { return found }
        }
        return BeijingDay(year: year, month: month, day: min(day.day, 28)) ?? day
    }
}
