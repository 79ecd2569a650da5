import Foundation
import KechuangCore

/// The money refusals that are computed against the project rather than typed input (the
/// negative list, a category's budget, the award, the period, a tranche before its milestone, a
/// reallocation beyond what is left, sub-tasks beyond the award), listed so that the article
/// pages show them with the rules of the rule books. Each id is the `rule` of the field error the
/// service throws; `MoneyRefusalsTests` keeps the two in step.
public enum MoneyRefusals {
    static func cited(_ id: String, _ article: ArticleRef, zh: String, en: String) -> CitedRule {
        CitedRule(id: id, module: "PRJ", article: article, message: LocalizedText(zh: zh, en: en), effectiveFrom: .regulationInForce)
    }

    public static let citations: [CitedRule] = [
        cited("expenditure.negative_list", ArticleRef(50, paragraph: 2), zh: "支出科目在申报指南的负面清单内，不得列支",
              en: "A category on the call's negative list cannot be charged"),
        cited("expenditure.category_budget", ArticleRef(50, paragraph: 2), zh: "预算管理的项目，支出不得超出科目预算（先调剂预算）；包干制项目只适用负面清单",
              en: "In budget projects a line may not exceed its category's budget (adjust the budget first); lump-sum projects apply the negative list only"),
        cited("expenditure.award", ArticleRef(50, paragraph: 2), zh: "支出合计不得超出项目经费总额", en: "Lines together may not exceed the project's total"),
        cited("expenditure.period", ArticleRef(50, paragraph: 2), zh: "支出日期须在项目执行期内", en: "A line's date falls within the project's period"),
        cited("expenditure.receipt.required", ArticleRef(50, paragraph: 2), zh: "每笔支出须上传票据（PDF）", en: "Every line has its receipt (PDF)"),
        cited("budget.from.available", ArticleRef(50, paragraph: 2), zh: "科目间调剂不得超过调出科目的可用余额", en: "A reallocation never takes more than the giving category has left"),
        cited("tranche.milestone_done", ArticleRef(50, paragraph: 2), zh: "与里程碑挂钩的拨款批次，里程碑报告完成后方可拨付，且只拨付一次",
              en: "A tranche tied to a milestone is released once the milestone is reported done, and only once"),
        cited("subtask.budget.award", ArticleRef(29), zh: "首席科学家分配的子课题经费合计不得超过项目经费",
              en: "The sub-tasks the chief scientist allocates never have more than the award together"),
    ]
}
