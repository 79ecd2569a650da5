import Foundation
import Identity
import KechuangCore

/// The level a plan is made at (Art. 14: the city's plan, each district's tasks and measures; the zones that carry them).
public enum PlanLevel: String, Sendable, Codable, CaseIterable {
    case city, district, zone

    public var label: LocalizedText {
        switch self {
        case .city: LocalizedText(zh: "市级", en: "City")
        case .district: LocalizedText(zh: "区级", en: "District")
        case .zone: LocalizedText(zh: "园区", en: "Zone")
        }
    }
}

/// A goal of a plan with the indicators (codes of the `IndicatorCatalogue`) that measure it.
public struct PlanGoal: Sendable, Equatable, Codable {
    public var textZh: String
    public var textEn: String
    public var indicators: [String]

    public init(textZh: String, textEn: String, indicators: [String]) {
        self.textZh = textZh
        self.textEn = textEn
        self.indicators = indicators
    }
}

/// A plan for building the innovation center at one level (Art. 14), with its goals.
public struct LedgerPlan: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<LedgerPlan>
    public let id: ID
    public let level: PlanLevel
    /// `beijing` for the city, a `District` raw value, or a zone code.
    public let scope: String
    public let titleZh: String
    public let titleEn: String
    public let fromYear: Int
    public let toYear: Int
    public let goals: [PlanGoal]
    public let createdAt: Date
}

/// A key task of the yearly work plan (Art. 8(1)): a lead department, co-departments, a deadline,
/// a measurable target, and the article or plan item behind it.
public struct LedgerTask: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<LedgerTask>
    public let id: ID
    public let planID: LedgerPlan.ID
    public let year: Int
    public let code: String
    public let titleZh: String
    public let titleEn: String
    public let leadDepartmentID: UUID
    public let coDepartmentIDs: [UUID]
    public let deadline: BeijingDay
    public let targetValue: Double
    public let targetUnit: String
    public let indicatorCode: String?
    /// The article of the regulation behind the task, if any.
    public let article: ArticleRef?
    /// The item of the plan behind it (`年度计划第 3 项`), if any.
    public let planItem: String
    public let createdAt: Date

    public var departments: [UUID] { [leadDepartmentID] + coDepartmentIDs }
}

/// A monthly progress report on a task; a correction is the next revision of the same month.
public struct ProgressReport: Sendable, Equatable, Identifiable {
    public typealias ID = Identifier<ProgressReport>
    public let id: ID
    public let taskID: LedgerTask.ID
    /// `YYYY-MM`.
    public let month: String
    public let revision: Int
    public let value: Double
    public let narrative: String
    public let reportedBy: UUID?
    public let reportedAt: Date
}

/// Where a task stands on a day, from its latest figure and the flag rules (`LedgerRules.flags`).
public enum TaskStatus: String, Sendable, CaseIterable {
    case met, onTrack = "on_track", atRisk = "at_risk", overdue

    public var label: LocalizedText {
        switch self {
        case .met: LocalizedText(zh: "已完成", en: "Target met")
        case .onTrack: LocalizedText(zh: "正常推进", en: "On track")
        case .atRisk: LocalizedText(zh: "进度滞后", en: "At risk")
        case .overdue: LocalizedText(zh: "逾期未完成", en: "Overdue")
        }
    }
}

/// A task with its progress history (newest first), its figure in force and its flags on a day.
public struct TaskStanding: Sendable, Equatable {
    public let task: LedgerTask
    public let history: [ProgressReport]
    /// The latest revision of the latest month reported; nil when nothing was reported.
    public let achieved: Double?
    public let status: TaskStatus
    /// The flag rules the task violates, each with its article.
    public let flags: [FieldError]
}

/// One department's year-end assessment (Art. 8(1) 绩效考核): its tasks as lead department and how many met their targets.
public struct DepartmentAssessment: Sendable, Equatable {
    public let departmentID: UUID
    public let tasks: Int
    public let met: Int
    public let overdue: Int
    /// Targets met ÷ tasks × 100.
    public var score: Double { tasks == 0 ? 0 : Double(met) / Double(tasks) * 100 }
}

/// Who may read and keep the key-task ledger (Art. 8).
public enum LedgerAccess {
    /// Officers of the departments and the administrator read the ledger and the assessment.
    public static func mayView(_ person: Person) -> Bool {
        !person.roles.isDisjoint(with: [.departmentStaff, .programmeOfficer, .platformAdmin])
    }

    /// Department staff (for their department) and the administrator enter plans and tasks.
    public static func mayManage(_ person: Person) -> Bool { MonitoringAccess.mayReport(person) }

    /// Progress is reported by staff of the lead department or a co-department, or the administrator.
    public static func mayReport(_ person: Person, on task: LedgerTask) -> Bool {
        if person.roles.contains(.platformAdmin) { return true }
        let mine = Set(person.memberships.filter { $0.role == .departmentStaff }.compactMap(\.organisationID))
        return !mine.isDisjoint(with: task.departments)
    }
}
