import Foundation
import KechuangCore
@testable import Projects
import Testing

/// The Projects rules that cite the regulation, as listed on each article's page of the policy
/// library (`ProjectsRules.citations`, part of `KechuangApp.citedRules`).
@Suite("Projects rules citing the regulation")
struct ProjectsRulesTests {
    static var cited: [String: [CitedRule]] { Dictionary(grouping: ProjectsRules.citations, by: \.id) }

    @Test func test_Art50_1_everyForbiddenEligibilityConditionIsCitedWithTheArticleThatForbidsIt() {
        let forbidden: [Condition] = [
            .professionalTitleAtLeast("正高级"), .papersAtLeast(3), .awardRequired("杰青"), .ownershipIn(["private"]), .nationalityIn(["CN"]),
        ]
        let uses = forbidden.flatMap(\.forbiddenUses)
        #expect(uses.count == forbidden.count)
        for use in uses {
            #expect(Self.cited[use.ruleID]?.map(\.article) == [use.article], "\(use.ruleID) is cited once, with \(use.article.english)")
        }
        let art50 = ProjectsRules.citations.citing(article: 50).map(\.id)
        #expect(["eligibility.forbidden.title", "eligibility.forbidden.papers", "eligibility.forbidden.award"].allSatisfy(art50.contains))
        #expect(ProjectsRules.citations.allSatisfy { $0.module == "PRJ" && !$0.message.zh.isEmpty && !$0.message.en.isEmpty })
    }

    @Test func test_Art50_2_callAndApplicationRulesCitingTheBudgetAreListed() {
        for id in ["call.budget_mode.known", "call.negative_list.known", "application.budget.required"] {
            #expect(Self.cited[id]?.map(\.article) == [ArticleRef(50, paragraph: 2)], "\(id)")
        }
    }

    @Test func test_everyCallLinterFindingIsListedWithItsArticle() {
        for rule in CallLinter.rules {
            #expect(Self.cited[rule.id]?.map(\.article) == [ArticleRef(code: rule.article)].compactMap { $0 }, "\(rule.id)")
        }
    }
}
