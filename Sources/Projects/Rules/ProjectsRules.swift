import Foundation
import KechuangCore

/// Every rule of the Projects module that cites an article of the regulation, for the article
/// pages of the policy library (`KechuangApp.citedRules`): the fields of a call (`CallRules`) and
/// of an application (`ApplicationRules`), the conditions an eligibility rule may not contain
/// (`Eligibility`), and what the call linter reports in a call's text (`CallLinter`).
public enum ProjectsRules {
    static let module = "PRJ"

    public static var citations: [CitedRule] {
        CallRules.book.citations(module: module) + ApplicationRules.form.citations(module: module)
            + FormalCheckRules.accept.citations(module: module) + forbiddenConditions + linterCitations
    }

    /// The conditions `Eligibility.validate` refuses in any eligibility rule (one rule id each, as in
    /// `Condition.forbiddenUses`, which adds what the refused condition asked for).
    static let forbiddenConditions: [CitedRule] = [
        forbidden("title", ArticleRef(50, paragraph: 1),
                  LocalizedText(zh: "不得将职称作为申报条件", en: "A professional title may not be a condition of application")),
        forbidden("papers", ArticleRef(50, paragraph: 1),
                  LocalizedText(zh: "不得将论文数量作为申报条件", en: "A number of papers may not be a condition of application")),
        forbidden("award", ArticleRef(50, paragraph: 1),
                  LocalizedText(zh: "不得将奖项或人才称号作为申报条件", en: "An award or honour title may not be a condition of application")),
        forbidden("ownership", ArticleRef(5),
                  LocalizedText(zh: "不得按所有制类型（国有、民营、外商投资、混合所有制）限定申报单位",
                                en: "Applicants may not be selected by ownership (state-owned, private, foreign-invested, mixed)")),
        forbidden("nationality", ArticleRef(72, paragraph: 2),
                  LocalizedText(zh: "不得按国籍限定项目负责人，外籍人才同样可以主持项目",
                                en: "The principal investigator may not be selected by nationality: foreign nationals may lead projects too")),
    ]

    /// The call linter's findings, each citing the article it reports against (ids as the linter
    /// reports them, e.g. `title.required`).
    static var linterCitations: [CitedRule] {
        CallLinter.rules.compactMap { rule in
            ArticleRef(code: rule.article).map {
                CitedRule(id: rule.id, module: module, article: $0, message: LocalizedText(zh: rule.zh, en: rule.en),
                          effectiveFrom: .regulationInForce)
            }
        }
    }

    private static func forbidden(_ name: String, _ article: ArticleRef, _ message: LocalizedText) -> CitedRule {
        CitedRule(id: "eligibility.forbidden.\(name)", module: module, article: article, message: message, effectiveFrom: .regulationInForce)
    }
}
