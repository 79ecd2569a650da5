import Foundation
import KechuangCore
import Projects

/// The rules of budget adjustments (Art. 22, 50(2)), as data: who decides which adjustment.
public enum BudgetRules {
    /// In budget modes, a reallocation between categories up to this share of the giving
    /// category's budget (per cent) is the institution's decision; beyond it, the programme officer's.
    public static let institutionReallocationPercent = 10

    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    public static let input = RuleBook<BudgetAdjustmentInput>([
        Rule(id: "budget.kind.required", basis: .art(50, 2), field: "kind",
             message: LocalizedText(zh: "请选择调剂类型", en: "Select the kind of adjustment")) { $0.kind == nil },
        Rule(id: "budget.to.required", basis: .art(50, 2), field: "to_category",
             message: LocalizedText(zh: "请选择调入科目", en: "Select the category that receives the money")) { input in
            guard let to = input.toCategory else { return true }
            return !BudgetLine.categories.contains(to)
        },
        Rule(id: "budget.from.required", basis: .art(50, 2), field: "from_category",
             message: LocalizedText(zh: "科目间调剂请选择调出科目（且不同于调入科目）", en: "Select the category that gives the money (not the one that receives it)")) { input in
            guard input.kind == .reallocation else { return false }
            guard let from = input.fromCategory, BudgetLine.categories.contains(from) else { return true }
            return from == input.toCategory
        },
        Rule(id: "budget.amount.required", basis: .art(50, 2), field: "amount",
             message: LocalizedText(zh: "请填写金额（元，正整数）", en: "Enter the amount (whole yuan, more than 0)")) { input in
            guard let amount = input.amount else { return true }
            return amount <= 0 || amount > Money.maxYuan
        },
        Rule(id: "budget.reason.required", basis: .art(22), field: "reason",
             message: LocalizedText(zh: "请说明调剂理由", en: "Give the reason for the adjustment")) { blank($0.reason) },
    ])

    /// Who decides: nil when it is the institution's own decision (recorded, Art. 22), otherwise
    /// why the programme officer must approve it (Art. 50(2)).
    public static func needsApproval(_ kind: BudgetAdjustmentKind, from: String?, amount: Int, mode: BudgetMode, plan: BudgetPlan) -> LocalizedText? {
        switch kind {
        case .totalChange:
            return LocalizedText(zh: "调整项目经费总额超出包干范围，须经项目主管部门批准",
                                 en: "Changing the project's total goes outside the award and needs the programme officer's approval")
        case .reallocation:
            guard mode != .lumpSum else { return nil }
            let budget = from.map(plan.amount(of:)) ?? 0
            // amount × 100 > budget × percent, without overflow (both within Money.range).
            let over = amount.multipliedFullWidth(by: 100) > budget.multipliedFullWidth(by: institutionReallocationPercent)
            guard over else { return nil }
            return LocalizedText(
                zh: "调剂金额超过调出科目预算的 \(institutionReallocationPercent)%，须经项目主管部门批准",
                en: "The amount is more than \(institutionReallocationPercent)% of the giving category's budget and needs the programme officer's approval")
        }
    }

    /// A reallocation never takes more than the giving category still has.
    public static func available(from: String, amount: Int, plan: BudgetPlan, used: Int) -> FieldError? {
        let left = plan.amount(of: from) - used
        guard amount > left else { return nil }
        return FieldError(field: "amount", rule: "budget.from.available", message: LocalizedText(
            zh: "调出科目可调剂余额为 \(max(0, left)) 元", en: "The giving category has \(max(0, left)) yuan left to move"), basis: .art(50, 2))
    }

    static let decisionNote = RuleBook<String>([
        Rule(id: "budget.decision.note", basis: .art(50, 2), field: "note",
             message: LocalizedText(zh: "不予批准时请说明理由", en: "Give the reason when you do not approve")) { blank($0) },
    ])

    public static var citations: [CitedRule] { input.citations(module: "PRJ") + decisionNote.citations(module: "PRJ") }
}
