import Foundation
import KechuangCore

/// The scenario demand lists' rules (Art. 35), as data.
public enum ScenarioRules {
    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    /// The shortest solution text accepted.
    public static let minimumSolutionText = 30
    /// The shortest reason for a selection decision.
    public static let minimumReason = 10

    public static let batch = RuleBook<ScenarioBatchInput>([
        Rule(id: "scenario.batch.department", basis: .art(35), field: "department_id",
             message: LocalizedText(zh: "请选择发布部门", en: "Choose the publishing department")) { $0.departmentID == nil },
        Rule(id: "scenario.batch.title", basis: .art(35), field: "title_zh",
             message: LocalizedText(zh: "请填写清单名称（中文）", en: "Enter the list's Chinese title")) { blank($0.titleZh) },
        Rule(id: "scenario.batch.closes_on", basis: .art(35), field: "closes_on",
             message: LocalizedText(zh: "请填写征集截止日期（如 2027-03-31）", en: "Enter the closing date (e.g. 2027-03-31)")) { $0.closesOn == nil },
    ])

    public static let scenario = RuleBook<ScenarioInput>([
        Rule(id: "scenario.title", basis: .art(35), field: "title_zh",
             message: LocalizedText(zh: "请填写场景名称（中文）", en: "Enter the scenario's Chinese title")) { blank($0.titleZh) },
        Rule(id: "scenario.problem", basis: .art(35), field: "problem",
             message: LocalizedText(zh: "请说明场景要解决的问题", en: "Describe the problem the scenario is to solve")) { blank($0.details.problem) },
        Rule(id: "scenario.site", basis: .art(35), field: "site",
             message: LocalizedText(zh: "请填写场景所在地点", en: "Enter the scenario's site")) { blank($0.details.site) },
        Rule(id: "scenario.outcome", basis: .art(35), field: "expected_outcome",
             message: LocalizedText(zh: "请填写预期成效", en: "Enter the expected outcome")) { blank($0.details.expectedOutcome) },
        Rule(id: "scenario.timeline", basis: .art(35), field: "timeline",
             message: LocalizedText(zh: "请填写实施周期", en: "Enter the timeline")) { blank($0.details.timeline) },
        Rule(id: "scenario.contact", basis: .art(35), field: "contact",
             message: LocalizedText(zh: "请填写联系方式", en: "Enter a contact")) { blank($0.details.contact) },
        Rule(id: "scenario.budget.range", basis: .art(35), field: "budget",
             message: LocalizedText(zh: "预算为 0 到 10 万亿元之间的整数元", en: "The budget is whole yuan between 0 and 10 trillion")) {
            $0.details.budgetYuan.map { !(0...10_000_000_000_000).contains($0) } ?? false
        },
    ])

    public static let solution = RuleBook<SolutionInput>([
        Rule(id: "solution.organisation", basis: .art(35), field: "organisation_id",
             message: LocalizedText(zh: "请选择提交方案的单位", en: "Choose the organisation submitting the solution")) { $0.organisationID == nil },
        Rule(id: "solution.title", basis: .art(35), field: "title",
             message: LocalizedText(zh: "请填写方案名称", en: "Enter the solution's title")) { blank($0.title) },
        Rule(id: "solution.text", basis: .art(35), field: "text",
             message: LocalizedText(zh: "请写明解决方案（不少于 \(minimumSolutionText) 个字）", en: "Describe the solution (at least \(minimumSolutionText) characters)")) {
            $0.text.trimmingCharacters(in: .whitespacesAndNewlines).count < minimumSolutionText
        },
        Rule(id: "solution.team", basis: .art(35), field: "team",
             message: LocalizedText(zh: "请列出团队成员，每行“姓名, 邮箱, 分工”，邮箱须有效", en: "List the team, one per line as “name, email, role”, each with a valid email")) {
            $0.team.isEmpty || $0.team.contains { blank($0.name) || !$0.email.contains("@") || $0.email.contains(" ") }
        },
    ])

    /// Rules not in a rule book: refusals the services build, listed for the article pages.
    public static let closed = CitedRule(id: "solution.batch.closed", module: "MKT", article: ArticleRef(35),
        message: LocalizedText(zh: "需求清单未发布或已截止征集，不再接受解决方案", en: "The list is not open: solutions are no longer accepted"), effectiveFrom: .regulationInForce)
    public static let reason = CitedRule(id: "solution.decision.reason", module: "MKT", article: ArticleRef(35),
        message: LocalizedText(zh: "选定或不选定解决方案须写明理由", en: "Selecting a solution or not needs the reason"), effectiveFrom: .regulationInForce)
    public static let pilotOutcome = CitedRule(id: "pilot.publish.outcome", module: "MKT", article: ArticleRef(35),
        message: LocalizedText(zh: "试点须记录成效后方可公开", en: "A pilot is published once its outcome is recorded"), effectiveFrom: .regulationInForce)

    public static var citations: [CitedRule] {
        batch.citations(module: "MKT") + scenario.citations(module: "MKT") + solution.citations(module: "MKT") + [closed, reason, pilotOutcome]
    }
}
