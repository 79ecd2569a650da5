import Foundation
import KechuangCore

/// The rules of the one inspection plan (Art. 50(3)), as data: what an entry needs, and when a new
/// entry repeats one already on the plan.
public enum InspectionRules {
    /// Two entries with the same target and a common scope repeat each other when their periods
    /// are less than this many months apart (or overlap).
    public static let repeatWindowMonths = 12

    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    public static let input = RuleBook<InspectionInput>([
        Rule(id: "inspection.kind.required", basis: .art(50, 3), field: "kind",
             message: LocalizedText(zh: "请选择类型（检查、审计或评估）", en: "Select the kind (inspection, audit or evaluation)")) { $0.kind == nil },
        Rule(id: "inspection.body.required", basis: .art(50, 3), field: "body",
             message: LocalizedText(zh: "请选择开展检查的机关", en: "Select the body that inspects")) { $0.body == nil },
        Rule(id: "inspection.body_name.required", basis: .art(50, 3), field: "body_name",
             message: LocalizedText(zh: "请填写机关名称", en: "Enter the name of the body")) { blank($0.bodyName) },
        Rule(id: "inspection.target.required", basis: .art(50, 3), field: "target",
             message: LocalizedText(zh: "请选择检查对象（项目或单位）", en: "Select what is inspected (a project or an institution)")) { $0.target == nil },
        Rule(id: "inspection.scope.required", basis: .art(50, 3), field: "scope",
             message: LocalizedText(zh: "请至少选择一项检查内容", en: "Select at least one scope")) { $0.scopes.isEmpty },
        Rule(id: "inspection.period_start.required", basis: .art(50, 3), field: "period_start",
             message: LocalizedText(zh: "请填写开始日期（如 2026-05-01）", en: "Enter the first day (for example 2026-05-01)")) { $0.periodStart == nil },
        Rule(id: "inspection.period_end.required", basis: .art(50, 3), field: "period_end",
             message: LocalizedText(zh: "请填写结束日期（如 2026-05-15）", en: "Enter the last day (for example 2026-05-15)")) { $0.periodEnd == nil },
        Rule(id: "inspection.period.order", basis: .art(50, 3), field: "period_end",
             message: LocalizedText(zh: "结束日期不能早于开始日期", en: "The last day cannot be before the first day")) { input in
            guard let start = input.periodStart, let end = input.periodEnd else { return false }
            return end < start
        },
        Rule(id: "inspection.title.required", basis: .art(50, 3), field: "title",
             message: LocalizedText(zh: "请填写事项名称", en: "Enter what the visit is about")) { blank($0.title) },
    ])

    /// The day `months` calendar months after `day` (the 31st becomes the month's last day).
    public static func adding(months: Int, to day: BeijingDay) -> BeijingDay {
        let total = day.year * 12 + (day.month - 1) + months
        let year = total / 12, month = total % 12 + 1
        // The same day of the month, or the month's last day when it has fewer (31 → 30, 29 → 28).
        for d in stride(from: day.day, through: min(day.day, 28), by: -1) {
            if let result = BeijingDay(year: year, month: month, day: d) { return result }
        }
        return day
    }

    /// Whether a new entry repeats an existing one (Art. 50(3)): the same target, a scope in common,
    /// and periods less than `repeatWindowMonths` apart.
    public static func repeats(target: InspectionTarget, scopes: Set<InspectionScope>, start: BeijingDay, end: BeijingDay,
                               existing: Inspection) -> Bool {
        guard existing.target == target, !existing.scopes.isDisjoint(with: scopes) else { return false }
        return start < adding(months: repeatWindowMonths, to: existing.periodEnd)
            && existing.periodStart < adding(months: repeatWindowMonths, to: end)
    }

    /// The refusal: the existing entry, its body and period, and where its findings are.
    public static func repeatRefusal(_ existing: Inspection) -> FieldError {
        let scopesZh = existing.orderedScopes.map(\.label.zh).joined(separator: "、")
        let scopesEn = existing.orderedScopes.map { $0.label.en.lowercased() }.joined(separator: ", ")
        let findingsZh = existing.hasFindings ? "其结论已共享，请查阅" : "其结论记录后将共享"
        let findingsEn = existing.hasFindings ? "its findings are shared: read them there" : "its findings will be shared once recorded"
        return FieldError(
            field: "period_start", rule: "inspection.not_repeated",
            message: LocalizedText(
                zh: "同一对象、同一内容（\(scopesZh)）12个月内已有\(existing.body.label.zh)“\(existing.bodyName)”的\(existing.kind.label.zh)（\(existing.periodStart)至\(existing.periodEnd)，编号 \(existing.id.uuidString.lowercased())），不得重复开展；\(findingsZh)",
                en: "\(existing.bodyName) (\(existing.body.label.en.lowercased())) already has a \(existing.kind.label.en.lowercased()) of the same target and scope (\(scopesEn)) within 12 months (\(existing.periodStart) to \(existing.periodEnd), id \(existing.id.uuidString.lowercased())); it is not repeated, and \(findingsEn)"),
            basis: .art(50, 3))
    }

    public static let findingsText = RuleBook<String>([
        Rule(id: "inspection.findings.required", basis: .art(50, 3), field: "findings",
             message: LocalizedText(zh: "请填写检查结论", en: "Enter the findings")) { blank($0) },
    ])

    public static var citations: [CitedRule] {
        input.citations(module: "PRJ") + findingsText.citations(module: "PRJ")
    }
}
