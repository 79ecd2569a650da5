import Foundation
import Identity
import KechuangTestSupport
import KechuangWebTestSupport
import Testing
import Vapor
@testable import Web

/// The call linter where officers use it: a page without JavaScript and the API.
@Suite("Call linter page and API")
struct CallLintWebTests {
    static let call = "一、申报条件\n1. 申报单位为在京注册的独立法人单位。\n2. 项目负责人须具有副高级以上职称。\n3. 仅限国有企业申报。"

    @Test func test_Art50_1_pageHighlightsEachFindingWithItsArticle() async throws {
        try await withTestApp { t in
            let officer = try await t.person([.programmeOfficer], organisation: try await t.organisation().id)
            let response = try await t.send(.POST, "/calls/lint?lang=en", session: try await t.sessionToken(for: officer), body: .form(["text": Self.call]))
            #expect(response.status == .ok)
            let html = response.text
            #expect(html.contains(#"<mark class="lint-block">"#))
            #expect(html.contains("Art. 50(1)"))
            #expect(html.contains("Art. 5"))
            // The legitimate condition is not marked.
            #expect(!html.contains("<mark class=\"lint-block\"><a href=\"#finding-1\">1. 申报单位为在京注册"))
        }
    }

    @Test func test_Art5_apiReturnsFindingsWithOffsetsIntoTheText() async throws {
        try await withTestApp { t in
            let officer = try await t.person([.programmeOfficer], organisation: try await t.organisation().id)
            let token = try await t.tokens.create(for: officer.id, name: "lint", scopes: [.read, .write], by: .system).secret
            let json = try await t.send(.POST, "/api/v1/calls/lint", body: .json(["text": Self.call]), bearer: token).json()
            let findings = try #require(json["findings"] as? [[String: Any]])
            #expect(Set(findings.compactMap { $0["article"] as? String }) == ["50(1)", "5"])
            let characters = Array(Self.call)
            for finding in findings {
                let start = try #require(finding["start"] as? Int), end = try #require(finding["end"] as? Int)
                #expect(String(characters[start..<end]) == finding["text"] as? String)
                #expect(finding["severity"] as? String == "block")
            }
        }
    }

    @Test func test_emptyTextIsAFieldError() async throws {
        try await withTestApp { t in
            let officer = try await t.person([.programmeOfficer], organisation: try await t.organisation().id)
            let response = try await t.send(.POST, "/calls/lint", session: try await t.sessionToken(for: officer), body: .form(["text": "  "]))
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains(#"class="error-summary""#))
        }
    }
}
