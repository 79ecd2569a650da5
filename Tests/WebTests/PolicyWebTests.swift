import Foundation
import KechuangApp
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Policy
import Testing
import Vapor
@testable import Web

/// The policy library as the public meets it: pages and API, no sign-in needed.
@Suite("Policy library pages and API")
struct PolicyWebTests {
    /// The demo set: the regulation from its official text and the shipped S&T policies.
    static func withDemoPolicies(_ body: (TestApp) async throws -> Void) async throws {
        try await withTestApp { t in
            try await DemoData.loadPolicies(into: t.app)
            try await body(t)
        }
    }

    @Test func test_searchAPI_returnsDocumentsWithBestArticleScoreAndHighlightedSnippet() async throws {
        try await Self.withDemoPolicies { t in
            let json = try await t.send(.GET, "/api/v1/policies/search?q=\(Self.q("科技成果转化 奖励"))&limit=5").json()
            let results = try #require(json["results"] as? [[String: Any]])
            #expect(results.count == 5)
            let first = try #require(results.first)
            #expect((first["document_id"] as? String)?.hasPrefix("lrb-") == true)
            #expect((first["article"] as? String)?.hasPrefix("第") == true)
            #expect((first["snippet_html"] as? String)?.contains("<mark>") == true)
            let scores = results.compactMap { $0["score"] as? Double }
            #expect(scores == scores.sorted(by: >))
            let facets = try #require(json["facets"] as? [String: [String: Int]])
            #expect(facets["level"]?.isEmpty == false)
        }
    }

    @Test func test_searchAPI_levelFilterKeepsOnlyThatLevel() async throws {
        try await Self.withDemoPolicies { t in
            let json = try await t.send(.GET, "/api/v1/policies/search?q=\(Self.q("科学技术"))&level=national_law&limit=20").json()
            let ids = (json["results"] as? [[String: Any]] ?? []).compactMap { $0["document_id"] as? String }
            #expect(!ids.isEmpty)
            for id in ids {
                let document = try await t.send(.GET, "/api/v1/policies/\(id)").json()
                #expect(document["level"] as? String == "national_law")
            }
            let bad = try await t.send(.GET, "/api/v1/policies/search?q=x&level=ministerial")
            #expect(bad.status == .unprocessableEntity)
        }
    }

    @Test func test_searchAPI_emptyQueryIsAFieldError() async throws {
        try await Self.withDemoPolicies { t in
            let response = try await t.send(.GET, "/api/v1/policies/search?q=")
            #expect(response.status == .unprocessableEntity)
            let errors = try response.json()["errors"] as? [[String: Any]]
            #expect(errors?.first?["field"] as? String == "q")
        }
    }

    @Test func test_Art50_1_articleAPIResolvesTheCitation() async throws {
        try await Self.withDemoPolicies { t in
            let json = try await t.send(.GET, "/api/v1/policies/\(Policy.regulationID)/articles/\(Self.q("第五十条"))").json()
            let paragraphs = try #require(json["paragraphs"] as? [String])
            #expect(paragraphs.first?.contains("不得将职称、论文、奖项等作为申报的限制性条件") == true)
            #expect(json["chapter"] as? String == "第五章 创新生态")
            #expect(try await t.send(.GET, "/api/v1/policies/\(Policy.regulationID)/articles/\(Self.q("第九十九条"))").status == .notFound)
        }
    }

    @Test func test_documentPage_hasContentsAnchorsPermalinksAndTheRulesCitingEachArticle() async throws {
        try await Self.withDemoPolicies { t in
            let html = try await t.send(.GET, "/policies/\(Policy.regulationID)").text
            #expect(html.contains(#"id="art-50""#))
            #expect(html.contains(##"href="#art-1""##))
            #expect(html.contains("第七章 附则"))
            #expect(html.contains("/policies/\(Policy.regulationID)/articles/"))
            // Art. 5: the ownership rule of the identity module cites it.
            let article5 = try await t.send(.GET, "/policies/\(Policy.regulationID)/articles/\(Self.q("第五条"))?lang=en").text
            #expect(article5.contains("org.ownership.known"))
            #expect(article5.contains(PolicyMsg.policyCitedBy.text.en))
        }
    }

    @Test func test_Art50_articlePageListsTheProjectsRulesCitingIt() async throws {
        #expect(KechuangApp.citedRules.citing(article: 50).contains { $0.module == "PRJ" && $0.id == "eligibility.forbidden.title" })
        try await Self.withDemoPolicies { t in
            let article50 = try await t.send(.GET, "/policies/\(Policy.regulationID)/articles/\(Self.q("第五十条"))?lang=en").text
            #expect(article50.contains(PolicyMsg.policyCitedBy.text.en))
            // Art. 50(1): eligibility rules may not ask for titles, papers or awards.
            for id in ["eligibility.forbidden.title", "eligibility.forbidden.papers", "eligibility.forbidden.award", "title.required"] {
                #expect(article50.contains(id), "\(id)")
            }
            // Art. 50(2): the budget rules of calls and applications.
            #expect(article50.contains("call.negative_list.known") && article50.contains("application.budget.required"))
            #expect(article50.contains("A professional title may not be a condition of application"))
        }
    }

    @Test func test_searchPage_worksWithoutSignInAndShowsFacetsAndHighlights() async throws {
        try await Self.withDemoPolicies { t in
            let page = try await t.send(.GET, "/policies?q=\(Self.q("intellectual property pledge loan"))&lang=en")
            #expect(page.status == .ok)
            #expect(page.text.contains("<mark>"))
            #expect(page.text.contains(PolicyMsg.policyExpanded.text.en))
            #expect(page.text.contains(PolicyMsg.facetLevel.text.en))
            #expect(page.text.contains("知识产权"))
        }
    }

    static func q(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? s }
}
