import Foundation
import Identity
import KechuangApp
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Projects
import Testing
import Vapor
import VaporTesting
@testable import Web

/// The call editor's guided eligibility-rule editor, as an officer's browser without JavaScript uses it.
@Suite("Call editor: guided eligibility rules")
struct CallEditorWebTests {
    /// A form body with repeated names (check boxes), as a browser sends it.
    static func post(_ t: TestApp, _ path: String, session: String, _ fields: [(String, String)]) async throws -> TestingHTTPResponse {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = (fields + [("_csrf", TestApp.csrf)]).map {
            "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? $0.1)"
        }.joined(separator: "&")
        var headers = HTTPHeaders()
        headers.add(name: .cookie, value: "kc_session=\(session); kc_csrf=\(TestApp.csrf)")
        headers.contentType = .urlEncodedForm
        return try await t.app.testing().sendRequest(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    /// The ids the page's error summary links to, each of which must exist on the page.
    static func summaryTargets(_ html: String) -> [String] {
        guard let start = html.range(of: #"class="error-summary""#), let end = html.range(of: "</ul>", range: start.upperBound..<html.endIndex) else { return [] }
        let list = String(html[start.upperBound..<end.lowerBound])
        return list.components(separatedBy: "href=\"#").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }

    @Test func test_Art45_officerAddsRulesWithFieldsSeesTheirSentencesAndArticles_andTheAPIKeepsJSON() async throws {
        try await withTestApp { t in
            let officer = try await t.person([.programmeOfficer], organisation: try await t.organisation().id)
            let session = try await t.sessionToken(for: officer)
            let calls = KechuangApp.calls(t.app)
            let programme = try await calls.createProgramme(code: "EDIT", nameZh: "编辑专项", nameEn: "Editor programme", kind: .other, by: .system)
            let call = try await calls.create(CallInput(programmeID: programme.id.uuidString, titleZh: "规则编辑指南", titleEn: "", guidelineZh: "支持基础研究。",
                                                        guidelineEn: "", opensAt: "2026-01-01 09:00", closesAt: "2026-02-01 09:00", totalBudget: "100",
                                                        typicalAward: "10", budgetMode: "itemized", selectionMode: "open_competition", eligibilityRules: ""), by: .system)
            let path = "/admin/calls/\(call.id.uuidString.lowercased())"
            let editor = try await t.send(.GET, path, session: session)
            #expect(editor.text.contains(#"name="rule_new_kind""#))
            #expect(!editor.text.contains("papersAtLeast") && !editor.text.contains("professionalTitleAtLeast"), "forbidden kinds are not offered")
            let base: [(String, String)] = [
                ("version", "\(call.version)"), ("programme_id", programme.id.uuidString.lowercased()), ("title_zh", "规则编辑指南"),
                ("guideline_zh", "支持基础研究。"), ("opens_at", "2026-01-01 09:00"), ("closes_at", "2026-02-01 09:00"), ("total_budget", "100"),
                ("typical_award", "10"), ("budget_mode", "itemized"), ("selection_mode", "open_competition"), ("rules_editor", "guided"),
            ]

            // "Add a rule" shows the form again with a row of the chosen kind; nothing is saved.
            let added = try await Self.post(t, path + "?lang=en", session: session, base + [("rule_new_kind", "piAgeAtMost"), ("rules_action", "add")])
            #expect(added.status == .ok)
            #expect(added.text.contains(#"id="field-rule-0-number""#) && added.text.contains(#"value="35""#))
            #expect(added.text.contains("The principal investigator is at most 35 years old (Art. 45)."))
            #expect(added.text.contains("项目负责人年龄不超过35周岁（第四十五条）。"))
            #expect(try await calls.find(call.id).eligibilityRules.isEmpty)

            // A number that is not one: 422, the summary leads to the row's number field.
            let age: [(String, String)] = [("rule_0_kind", "piAgeAtMost"), ("rule_0_id", "young"), ("rule_0_article", "45"), ("rule_0_from", "2025-01-01")]
            let wrong = try await Self.post(t, path, session: session, base + age + [("rule_0_number", "abc"), ("rules_action", "save")])
            #expect(wrong.status == .unprocessableEntity)
            #expect(Self.summaryTargets(wrong.text) == ["field-rule-0-number"])
            #expect(wrong.text.contains(#"id="field-rule-0-number""#))

            // Saved: two rules, the second from two check boxes.
            let types: [(String, String)] = [("rule_1_kind", "organisationTypeIn"), ("rule_1_id", "types"), ("rule_1_types", "university"),
                                             ("rule_1_types", "research_institute"), ("rule_1_article", ""), ("rule_1_from", "2025-01-01")]
            let saved = try await Self.post(t, path, session: session, base + age + [("rule_0_number", "40")] + types + [("rules_action", "save")])
            #expect(saved.status == .seeOther, "\(saved.text.prefix(3000))")
            let stored = try await calls.find(call.id)
            #expect(stored.eligibilityRules.map(\.condition) == [.piAgeAtMost(40), .organisationTypeIn(["university", "research_institute"])])
            #expect(stored.eligibilityRules.map(\.article) == [ArticleRef(45), nil])

            // The page shows them back as sentences with their articles; "Remove" drops one without saving.
            let shown = try await t.send(.GET, path, session: session).text
            #expect(shown.contains("项目负责人年龄不超过40周岁（第四十五条）。"))
            #expect(shown.contains("申报单位类型为高等学校、科研机构之一（本指南的条件）。"))
            #expect(shown.contains("依据：第四十五条"))
            let removed = try await Self.post(t, path, session: session, base + age + [("rule_0_number", "40")] + types + [("rules_action", "remove-0")])
            #expect(removed.status == .ok)
            #expect(!removed.text.contains("项目负责人年龄不超过40周岁") && removed.text.contains("申报单位类型为高等学校、科研机构之一"))
            #expect(try await calls.find(call.id).eligibilityRules.count == 2)

            // The API still reads and writes the rules as JSON.
            let token = try await t.tokens.create(for: officer.id, name: "calls", scopes: [.read], by: .system).secret
            let api = try await t.send(.GET, "/api/v1/calls/\(call.id.uuidString.lowercased())", bearer: token)
            #expect(api.status == .ok)
            let rules = try #require(try api.json()["eligibility_rules"] as? [[String: Any]])
            #expect((rules.first?["condition"] as? [String: Int])?["piAgeAtMost"] == 40)
            #expect(rules.first?["article"] as? String == "45")
        }
    }

    @Test func test_Art50_1_aForbiddenKindSentToTheEditorIsRefusedCitingTheArticle() async throws {
        try await withTestApp { t in
            let officer = try await t.person([.programmeOfficer], organisation: try await t.organisation().id)
            let session = try await t.sessionToken(for: officer)
            let programme = try await KechuangApp.calls(t.app).createProgramme(code: "FORB", nameZh: "禁止专项", nameEn: "", kind: .other, by: .system)
            let page = try await Self.post(t, "/admin/calls", session: session, [
                ("version", "0"), ("programme_id", programme.id.uuidString.lowercased()), ("title_zh", "禁止条件指南"), ("guideline_zh", "支持基础研究。"),
                ("opens_at", "2026-01-01 09:00"), ("closes_at", "2026-02-01 09:00"), ("total_budget", "100"), ("typical_award", "10"),
                ("budget_mode", "itemized"), ("selection_mode", "open_competition"), ("rules_editor", "guided"),
                ("rule_0_kind", "papersAtLeast"), ("rule_0_id", "papers"), ("rule_0_number", "5"), ("rules_action", "save"),
            ])
            #expect(page.status == .unprocessableEntity)
            #expect(page.text.contains("第五十条第一款"))
            #expect(Self.summaryTargets(page.text) == ["field-rule-0-kind"])
            #expect(page.text.contains(#"id="field-rule-0-kind""#))
            #expect(try await KechuangApp.calls(t.app).list(includeDrafts: true).isEmpty)
        }
    }
}
