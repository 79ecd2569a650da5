import Foundation
import Identity
import KechuangTestSupport
import KechuangWebTestSupport
import Testing
import Vapor
@testable import Web

/// Found by `scripts/fuzz` on PostgreSQL: `GET /api/v1/organisations?q=…%00…` answered 500, because
/// PostgreSQL cannot store or compare text containing NUL. A NUL anywhere in the text of a request
/// is a 400 problem on both databases, and nothing is written.
@Suite("Text input: the NUL character")
struct TextInputTests {
    @Test func test_NULInQueryOrBody_isABadRequestOnBothDatabases_notAServerError() async throws {
        try await withTestApp { t in
            let admin = try await t.person([.platformAdmin])
            let token = try await t.tokens.create(for: admin.id, name: "nul", scopes: [.read, .write], by: .system).secret
            for path in ["/api/v1/organisations?q=%F3%A1%9C%B8%00%3B", "/api/v1/people?q=a%00b", "/api/v1/policies/search?q=%E7%A7%91%00"] {
                let response = try await t.send(.GET, path, bearer: token)
                #expect(response.status == .badRequest, "\(path)")
                #expect(response.text.contains("U+0000"), "\(path)")
            }
            let before = try await t.send(.GET, "/api/v1/organisations", bearer: token).json()["items"] as? [Any]
            let json = try await t.send(.POST, "/api/v1/organisations", body: .json([
                "name_zh": "空字符\u{0}研究院", "type": "research_institute", "ownership": "state", "district": "海淀区", "uscc": "91110108MA01ABCD1X",
            ]), bearer: token)
            #expect(json.status == .badRequest)
            let after = try await t.send(.GET, "/api/v1/organisations", bearer: token).json()["items"] as? [Any]
            #expect(before?.count == after?.count, "nothing was written")
            let session = try await t.sessionToken(for: admin)
            let form = try await t.send(.POST, "/profile", session: session, body: .form(["name": "王\u{0}五", "email": admin.email]))
            #expect(form.status == .badRequest)
        }
    }

    @Test func test_escapedBackslashBeforeU0000_isOrdinaryText() {
        #expect(TextInput.containsJSONEscapedNUL(Array(#"{"a":"x\u0000"}"#.utf8)))
        #expect(!TextInput.containsJSONEscapedNUL(Array(#"{"a":"x\\u0000"}"#.utf8)), "an escaped backslash followed by u0000 is text")
        #expect(TextInput.containsEncodedNUL(Array("q=a%00b".utf8)))
        #expect(!TextInput.containsEncodedNUL(Array("q=a%2500b".utf8)), "%25 is a percent sign")
    }
}
