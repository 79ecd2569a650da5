import Foundation
import KechuangCore
import Projects

/// The rules of expenditure lines (Art. 50(2)), as data. `input` checks what was typed; `money`
/// checks the line against the project: the call's negative list always, the budget categories in
/// budget modes only (never in lump-sum projects), and the award.
public enum ExpenditureRules {
    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    public static let input = RuleBook<ExpenditureInput>([
        Rule(id: "expenditure.category.required", basis: .art(50, 2), field: "category",
             message: LocalizedText(zh: "请选择支出科目", en: "Select the category")) { $0.category == nil },
        Rule(id: "expenditure.amount.required", basis: .art(50, 2), field: "amount",
             message: LocalizedText(zh: "请填写金额（元，正整数）", en: "Enter the amount (whole yuan, more than 0)")) { input in
            guard let amount = input.amount else { return true }
            return amount <= 0
        },
        Rule(id: "expenditure.amount.limit", basis: .art(50, 2), field: "amount",
             message: LocalizedText(zh: "金额超出允许范围", en: "The amount is too large")) { ($0.amount ?? 0) > Money.maxYuan },
        Rule(id: "expenditure.date.required", basis: .art(50, 2), field: "date",
             message: LocalizedText(zh: "请填写支出日期（如 2026-05-01）", en: "Enter the date (for example 2026-05-01)")) { $0.date == nil },
        Rule(id: "expenditure.payee_kind.required", basis: .art(50, 2), field: "payee_kind",
             message: LocalizedText(zh: "请选择收款方类型", en: "Select the kind of payee")) { $0.payeeKind == nil },
        Rule(id: "expenditure.payee.required", basis: .art(50, 2), field: "payee",
             message: LocalizedText(zh: "请填写收款方", en: "Enter the payee")) { blank($0.payee) },
        Rule(id: "expenditure.description.required", basis: .art(50, 2), field: "description",
             message: LocalizedText(zh: "请填写支出内容", en: "Describe what was paid for")) { blank($0.description) },
        Rule(id: "expenditure.cross_border.payee", basis: .art(50, 2), field: "category",
             message: LocalizedText(zh: "付给境外单位或个人的支出须记入跨境科目（境外合作费用或境外设备采购），经项目主管部门批准后计入",
                                    en: "Payments to a payee abroad go in a cross-border category (foreign collaborators or equipment from abroad), which counts once the programme officer approves it")) { input in
            guard let kind = input.payeeKind, let category = input.category else { return false }
            return (kind == .foreignOrganisation || kind == .foreignIndividual) && !category.isCrossBorder
        },
    ])

    /// What the line is checked against.
    public struct Context: Sendable {
        public var budgetMode: BudgetMode
        /// The call's negative list (`BudgetLine.categories` raw values).
        public var negativeList: [String]
        public var plan: BudgetPlan
        /// Spent and committed so far per budget category (`ExpenditureCategory.budgetCategory`).
        public var usedByCategory: [String: Int]
        /// Spent and committed so far in all.
        public var used: Int
        public var start: BeijingDay
        public var end: BeijingDay

        public init(budgetMode: BudgetMode, negativeList: [String], plan: BudgetPlan, usedByCategory: [String: Int], used: Int,
                    start: BeijingDay, end: BeijingDay) {
            self.budgetMode = budgetMode
            self.negativeList = negativeList
            self.plan = plan
            self.usedByCategory = usedByCategory
            self.used = used
            self.start = start
            self.end = end
        }

        /// Budget categories bind in budget modes only; in lump-sum projects only the negative list applies.
        public var categoriesBind: Bool { budgetMode != .lumpSum }
    }

    /// The refusals of a line against its project, each citing Art. 50(2). Empty: it may be recorded.
    public static func money(_ category: ExpenditureCategory, amount: Int, date: BeijingDay, _ c: Context) -> [FieldError] {
        var errors: [FieldError] = []
        if c.negativeList.contains(category.rawValue) || c.negativeList.contains(category.budgetCategory) {
            errors.append(FieldError(field: "category", rule: "expenditure.negative_list", message: LocalizedText(
                zh: "该科目（\(category.label.zh)）在本项目申报指南的负面清单内，不得列支",
                en: "This category (\(category.label.en)) is on the call's negative list and cannot be charged"), basis: .art(50, 2)))
        }
        // A category on the negative list has no budget to exceed: one refusal, the list's.
        if c.categoriesBind && errors.isEmpty {
            let budget = c.plan.amount(of: category.budgetCategory)
            let after = Money.clampedSum([c.usedByCategory[category.budgetCategory] ?? 0, amount])
            if after > budget {
                let label = ExpenditureCategory.label(of: category.budgetCategory)
                errors.append(FieldError(field: "amount", rule: "expenditure.category_budget", message: LocalizedText(
                    zh: "超出“\(label.zh)”科目预算：预算 \(budget) 元，已用 \(after - amount) 元，本笔 \(amount) 元。请先调剂预算",
                    en: "Over the budget of “\(label.en)”: budget \(budget) yuan, used \(after - amount) yuan, this line \(amount) yuan. Adjust the budget first"),
                    basis: .art(50, 2)))
            }
        }
        if Money.clampedSum([c.used, amount]) > c.plan.total {
            errors.append(FieldError(field: "amount", rule: "expenditure.award", message: LocalizedText(
                zh: "超出项目经费总额：总额 \(c.plan.total) 元，已用 \(c.used) 元，本笔 \(amount) 元",
                en: "Over the project's total: \(c.plan.total) yuan, used \(c.used) yuan, this line \(amount) yuan"), basis: .art(50, 2)))
        }
        if date < c.start || date > c.end {
            errors.append(FieldError(field: "date", rule: "expenditure.period", message: LocalizedText(
                zh: "支出日期须在项目执行期内（\(c.start) 至 \(c.end)）",
                en: "The date must fall within the project's period (\(c.start) to \(c.end))"), basis: .art(50, 2)))
        }
        return errors
    }

    static let decisionNote = RuleBook<String>([
        Rule(id: "expenditure.decision.note", basis: .art(50, 2), field: "note",
             message: LocalizedText(zh: "不予批准时请说明理由", en: "Give the reason when you do not approve")) { blank($0) },
    ])

    public static var citations: [CitedRule] { input.citations(module: "PRJ") + decisionNote.citations(module: "PRJ") }
}
