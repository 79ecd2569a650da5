import Foundation
import Identity
import KechuangTestSupport
import KechuangWebTestSupport
import Testing
import Vapor
import VaporTesting
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

    // MARK: Traditional, English and PDF guidelines (#14)

    @Test func test_Art50_1_pageReadsTraditionalAndEnglishText() async throws {
        try await withTestApp { t in
            let officer = try await t.person([.programmeOfficer], organisation: try await t.organisation().id)
            let text = "計畫主持人須具備副教授以上職稱。\nThe principal investigator must be a Chinese citizen."
            let response = try await t.send(.POST, "/calls/lint?lang=en", session: try await t.sessionToken(for: officer), body: .form(["text": text]))
            #expect(response.status == .ok)
            #expect(response.text.contains("Art. 50(1)"))
            #expect(response.text.contains("Art. 72(2)"))
            #expect(response.text.contains("計畫主持人須具備副教授以上職稱</a></mark>"))
        }
    }

    /// A one-page PDF with its (ASCII) text in Helvetica.
    static func guidelinePDF(_ text: String) -> Data {
        let content = "BT /F1 12 Tf 72 720 Td (\(text)) Tj ET"
        return TestPDF.assemble(objects: [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ].map { Data($0.utf8) })
    }

    static func uploadPDF(_ t: TestApp, session: String, pdf: Data) async throws -> TestingHTTPResponse {
        let boundary = "kechuang-\(UUID().uuidString)"
        var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(TestApp.csrf)\r\n".utf8)
        body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n\r\n".utf8)
        body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"pdf\"; filename=\"guideline.pdf\"\r\nContent-Type: application/pdf\r\n\r\n".utf8)
        body += pdf + Data("\r\n--\(boundary)--\r\n".utf8)
        var headers = HTTPHeaders()
        headers.add(name: .cookie, value: "kc_session=\(session); kc_csrf=\(TestApp.csrf)")
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await t.app.testing().sendRequest(.POST, "/calls/lint?lang=en", headers: headers, body: ByteBuffer(data: body))
    }

    @Test func test_Art72_2_pageChecksAnUploadedPDFGuideline() async throws {
        try await withTestApp { t in
            let officer = try await t.person([.programmeOfficer], organisation: try await t.organisation().id)
            let page = try await t.send(.GET, "/calls/lint", session: try await t.sessionToken(for: officer))
            #expect(page.text.contains(#"enctype="multipart/form-data""#))
            let response = try await Self.uploadPDF(t, session: try await t.sessionToken(for: officer),
                                                    pdf: Self.guidelinePDF("The principal investigator must be a Chinese citizen."))
            #expect(response.status == .ok)
            #expect(response.text.contains(#"<mark class="lint-block">"#))
            #expect(response.text.contains("Art. 72(2)"))
            #expect(response.text.contains("Text extracted from the PDF"))
        }
    }

    @Test func test_PDFRefusedByTheInspectorIsAFieldErrorLinkingToTheField() async throws {
        try await withTestApp { t in
            let officer = try await t.person([.programmeOfficer], organisation: try await t.organisation().id)
            let pdf = TestPDF.make(catalogExtra: "/OpenAction 5 0 R", extraObjects: ["<< /S /JavaScript /JS (app.alert(1)) >>"])
            let response = try await Self.uploadPDF(t, session: try await t.sessionToken(for: officer), pdf: pdf)
            #expect(response.status == .unprocessableEntity)
            #expect(response.text.contains(##"href="#field-pdf""##))
        }
    }
}
