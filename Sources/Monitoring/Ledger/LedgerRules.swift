import Foundation
import KechuangCore

/// What the flag rules read about a task on a day.
public struct TaskFacts: Sendable {
    public let target: Double
    /// The figure in force; nil when nothing was reported.
    public let achieved: Double?
    /// The day work on the task starts: 1 January of its year.
    public let start: BeijingDay
    public let deadline: BeijingDay
    public let today: BeijingDay

    public init(target: Double, achieved: Double?, start: BeijingDay, deadline: BeijingDay, today: BeijingDay) {
        self.target = target
        self.achieved = achieved
        self.start = start
        self.deadline = deadline
        self.today = today
    }

    var met: Bool { (achieved ?? 0) >= target }

    /// The share of the time from start to deadline that has passed, 0…1.
    var elapsed: Double {
        // Beijing has no daylight saving: a day is 86,400 s.
        let total = (deadline.start.timeIntervalSince(start.start) / 86_400).rounded()
        let done = (today.start.timeIntervalSince(start.start) / 86_400).rounded()
        guard total > 0 else { return today >= deadline ? 1 : 0 }
        return min(1, max(0, done / total))
    }

    /// What the task should have reached by today if it progressed evenly (the linear expectation).
    var expected: Double { target * elapsed }
}

/// The ledger's rules, as data: the flags of a task (Art. 8(1): the science department supervises
/// the work plan's implementation) and the checks of the plan and task forms.
public enum LedgerRules {
    /// A task is at risk when its figure is below the linear expectation by more than this share of the expectation.
    public static let atRiskShortfall = 0.25
    /// …and only once this share of its time has passed (too early, nothing can be read from the figures).
    public static let atRiskAfter = 0.2

    public static let flags = RuleBook<TaskFacts>([
        Rule(id: "ledger.task.overdue", basis: .art(8, 1), field: "target_value",
             message: LocalizedText(zh: "截止日期已过，目标值尚未完成", en: "The deadline has passed and the target is not met")) { f in
            f.today > f.deadline && !f.met
        },
        Rule(id: "ledger.task.at_risk", basis: .art(8, 1), field: "target_value",
             message: LocalizedText(zh: "完成值低于按时间均匀推进的预期进度 25% 以上", en: "The figure is more than 25% below the progress expected if the work advanced evenly")) { f in
            f.today <= f.deadline && !f.met && f.elapsed >= atRiskAfter && (f.achieved ?? 0) < f.expected * (1 - atRiskShortfall)
        },
    ])

    /// The status of a task from its facts.
    public static func status(_ facts: TaskFacts, flags: [FieldError]) -> TaskStatus {
        if facts.met { return .met }
        if flags.contains(where: { $0.rule == "ledger.task.overdue" }) { return .overdue }
        if flags.contains(where: { $0.rule == "ledger.task.at_risk" }) { return .atRisk }
        return .onTrack
    }

    static func error(_ field: String, _ rule: String, _ zh: String, _ en: String, _ basis: LegalBasis = .art(8, 1)) -> FieldError {
        FieldError(field: field, rule: rule, message: LocalizedText(zh: zh, en: en), basis: basis)
    }

    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    /// The indicator codes of a goal line, each known to the catalogue.
    static func indicatorErrors(_ codes: [String], field: String) -> [FieldError] {
        codes.filter { IndicatorCatalogue.indicator($0) == nil }.map {
            error(field, "ledger.indicator.unknown", "指标体系中没有指标 \($0)", "The indicator system has no indicator \($0)", .art(63))
        }
    }

    public static let citations: [CitedRule] = flags.citations(module: "Monitoring")
}
