import Foundation
import Identity
import KechuangCore

/// A plan as typed into its form. Goals: one per line, `目标文字 | GRT-01, GRT-02` (the indicator codes after a bar).
public struct PlanInput: Sendable {
    public var level: String, scope: String, titleZh: String, titleEn: String, fromYear: String, toYear: String, goals: String

    public init(level: String, scope: String, titleZh: String, titleEn: String = "", fromYear: String, toYear: String, goals: String) {
        (self.level, self.scope, self.titleZh, self.titleEn, self.fromYear, self.toYear, self.goals) = (level, scope, titleZh, titleEn, fromYear, toYear, goals)
    }

    /// The goals of the text, one per non-empty line.
    public static func goals(_ text: String) -> [PlanGoal] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let parts = line.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let goal = parts.first, !goal.isEmpty else { return nil }
            let codes = parts.count > 1 ? parts[1].split(whereSeparator: { $0 == "," || $0 == "，" || $0 == " " }).map { $0.uppercased() } : []
            return PlanGoal(textZh: goal, textEn: "", indicators: codes)
        }
    }

    func check() -> (PlanLevel?, Int?, Int?, [FieldError]) {
        var errors: [FieldError] = []
        let level = PlanLevel(rawValue: level)
        if level == nil { errors.append(LedgerRules.error("level", "ledger.plan.level", "请选择规划层级", "Select the plan's level", .art(14))) }
        switch level {
        case .district?:
            if District(rawValue: scope) == nil || scope == District.outsideBeijing.rawValue {
                errors.append(LedgerRules.error("scope", "ledger.plan.scope", "区级规划请选择行政区", "A district plan needs its district", .art(14, 2)))
            }
        case .zone?:
            if Zones.zone(scope) == nil { errors.append(LedgerRules.error("scope", "ledger.plan.scope", "园区规划请选择园区", "A zone plan needs its zone", .art(15))) }
        default: break
        }
        if LedgerRules.blank(titleZh) { errors.append(LedgerRules.error("title_zh", "ledger.plan.title", "请填写规划名称（中文）", "Enter the plan's title in Chinese", .art(14))) }
        let from = Int(fromYear.trimmingCharacters(in: .whitespaces)), to = Int(toYear.trimmingCharacters(in: .whitespaces))
        if from.map({ !(2000...2100).contains($0) }) ?? true {
            errors.append(LedgerRules.error("from_year", "ledger.plan.years", "请填写四位数起始年度", "Enter the first year as four digits", .art(14)))
        }
        if to.map({ !(2000...2100).contains($0) || $0 < (from ?? 0) }) ?? true {
            errors.append(LedgerRules.error("to_year", "ledger.plan.years", "截止年度须为四位数且不早于起始年度", "Enter the last year as four digits, not before the first", .art(14)))
        }
        let parsed = Self.goals(goals)
        if parsed.isEmpty { errors.append(LedgerRules.error("goals", "ledger.plan.goals", "请至少填写一项阶段目标", "Enter at least one goal", .art(14))) }
        errors += LedgerRules.indicatorErrors(parsed.flatMap(\.indicators), field: "goals")
        return (level, from, to, errors)
    }
}

/// A key task as typed into its form.
public struct TaskInput: Sendable {
    public var planID: String, year: String, code: String, titleZh: String, titleEn: String
    public var leadDepartment: String, coDepartments: [String], deadline: String
    public var targetValue: String, targetUnit: String, indicator: String, article: String, planItem: String

    public init(planID: String, year: String, code: String, titleZh: String, titleEn: String = "", leadDepartment: String, coDepartments: [String] = [],
                deadline: String, targetValue: String, targetUnit: String, indicator: String = "", article: String = "", planItem: String = "") {
        (self.planID, self.year, self.code, self.titleZh, self.titleEn) = (planID, year, code, titleZh, titleEn)
        (self.leadDepartment, self.coDepartments, self.deadline) = (leadDepartment, coDepartments, deadline)
        (self.targetValue, self.targetUnit, self.indicator, self.article, self.planItem) = (targetValue, targetUnit, indicator, article, planItem)
    }

    /// The article field as a number with its paragraph (`8`, `8(1)`, `Art. 8(1)`).
    static func article(_ raw: String) -> ArticleRef? {
        let s = raw.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "Art.", with: "").trimmingCharacters(in: .whitespaces)
        return ArticleRef(code: s)
    }

    func checkFields() -> [FieldError] {
        var errors: [FieldError] = []
        if UUID(uuidString: planID) == nil { errors.append(LedgerRules.error("plan_id", "ledger.task.plan", "请选择所属规划", "Select the plan")) }
        if Int(year.trimmingCharacters(in: .whitespaces)).map({ !(2000...2100).contains($0) }) ?? true {
            errors.append(LedgerRules.error("year", "ledger.task.year", "请填写四位数年度", "Enter the year as four digits"))
        }
        if LedgerRules.blank(code) { errors.append(LedgerRules.error("code", "ledger.task.code", "请填写任务编号", "Enter the task's number")) }
        if LedgerRules.blank(titleZh) { errors.append(LedgerRules.error("title_zh", "ledger.task.title", "请填写任务名称（中文）", "Enter the task's title in Chinese")) }
        if UUID(uuidString: leadDepartment) == nil {
            errors.append(LedgerRules.error("lead_department_id", "ledger.task.lead", "请选择牵头部门", "Select the lead department"))
        }
        if BeijingDay(parsing: deadline.trimmingCharacters(in: .whitespaces)) == nil {
            errors.append(LedgerRules.error("deadline", "ledger.task.deadline", "请按 YYYY-MM-DD 填写完成时限", "Enter the deadline as YYYY-MM-DD"))
        }
        if Double(targetValue.trimmingCharacters(in: .whitespaces)).map({ !$0.isFinite || $0 <= 0 }) ?? true {
            errors.append(LedgerRules.error("target_value", "ledger.task.target", "目标值须为大于零的数字", "The target must be a number above zero"))
        }
        if LedgerRules.blank(targetUnit) { errors.append(LedgerRules.error("target_unit", "ledger.task.unit", "请填写目标值的计量单位", "Enter the target's unit")) }
        let indicatorCode = indicator.trimmingCharacters(in: .whitespaces).uppercased()
        if !indicatorCode.isEmpty { errors += LedgerRules.indicatorErrors([indicatorCode], field: "indicator_code") }
        let articleText = article.trimmingCharacters(in: .whitespaces)
        if !articleText.isEmpty, Self.article(articleText) == nil {
            errors.append(LedgerRules.error("article", "ledger.task.article", "条款请填写编号，如 8 或 8(1)", "Enter the article as a number, such as 8 or 8(1)"))
        }
        if articleText.isEmpty, LedgerRules.blank(planItem) {
            errors.append(LedgerRules.error("article", "ledger.task.basis", "请填写任务依据的条款或规划条目", "Enter the article or the plan item behind the task"))
        }
        return errors
    }
}

/// A monthly progress report as typed into its form.
public struct ProgressInput: Sendable {
    public var month: String, value: String, narrative: String

    public init(month: String, value: String, narrative: String) {
        (self.month, self.value, self.narrative) = (month, value, narrative)
    }

    /// `YYYY-MM` with a real month, or nil.
    static func month(_ raw: String) -> (year: Int, month: Int)? {
        let parts = raw.trimmingCharacters(in: .whitespaces).split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        return (y, m)
    }

    func check(task: LedgerTask, today: BeijingDay) -> [FieldError] {
        var errors: [FieldError] = []
        if let m = Self.month(month) {
            if m.year != task.year || (m.year, m.month) > (today.year, today.month) {
                errors.append(LedgerRules.error("month", "ledger.progress.month", "月份须在任务年度内且不晚于本月", "The month must be in the task's year and not after this month"))
            }
        } else {
            errors.append(LedgerRules.error("month", "ledger.progress.month", "请按 YYYY-MM 填写月份", "Enter the month as YYYY-MM"))
        }
        if Double(value.trimmingCharacters(in: .whitespaces)).map({ !$0.isFinite || $0 < 0 }) ?? true {
            errors.append(LedgerRules.error("value", "ledger.progress.value", "完成值须为不小于零的数字", "The figure must be a number, zero or more"))
        }
        if LedgerRules.blank(narrative) {
            errors.append(LedgerRules.error("narrative", "ledger.progress.narrative", "请说明本月进展", "Describe the month's progress"))
        }
        return errors
    }
}
