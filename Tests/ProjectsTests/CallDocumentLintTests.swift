import Foundation
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Projects

/// Whole calls linted: every field in whatever script, the text of a PDF guideline, and the
/// publication check that refuses a call whose English or Traditional text holds a forbidden condition.
@Suite("Call linter: whole calls and PDF guidelines (PRJ)")
struct CallDocumentLintTests {
    static let clean = "一、申报条件\n1. 申报单位为在京注册的独立法人单位。\n2. 项目负责人具有博士学位或三年以上科研经历。"
    static let cleanEn = "Eligibility:\n1. The applicant organisation is registered in Beijing.\n2. The principal investigator holds a doctorate or has three years of research experience."

    static func input(_ programme: Programme, guidelineZh: String = clean, guidelineEn: String = cleanEn, titleEn: String = "Test call") -> CallInput {
        CallInput(programmeID: programme.id.uuidString, titleZh: "测试指南", titleEn: titleEn, guidelineZh: guidelineZh, guidelineEn: guidelineEn,
                  opensAt: "2026-01-01 09:00", closesAt: "2026-03-31 17:00", totalBudget: "1000000", typicalAward: "100000",
                  budgetMode: "lump_sum", selectionMode: "open_competition", eligibilityRules: "")
    }

    func calls(_ t: TestDB) -> Calls { Calls(db: t.db, now: { t.clock.now }) }

    func programme(_ t: TestDB) async throws -> Programme {
        try await calls(t).createProgramme(code: "L" + UUID().uuidString.prefix(6), nameZh: "测试专项", nameEn: "Test", kind: .basicResearch, by: .system)
    }

    // MARK: Publication check

    @Test func test_Art72_2_callWhoseEnglishGuidelineRequiresCitizenshipCannotBePublished() async throws {
        try await withTestDatabase { t in
            let text = Self.cleanEn + "\n3. The principal investigator must be a Chinese citizen."
            let call = try await calls(t).create(Self.input(try await programme(t), guidelineEn: text), by: .system)
            let error = await #expect(throws: DomainError.self) { try await calls(t).publish(call.id, by: .system) }
            guard case .validation(let errors)? = error else { Issue.record("expected a validation error"); return }
            #expect(errors.contains { $0.field == "guideline_en" && $0.basis == .art(72, 2) && $0.rule == "call.lint.nationality.restricted" })
            #expect(try await calls(t).find(call.id).status == .draft)
        }
    }

    @Test func test_Art5_callWhoseTraditionalGuidelineRestrictsOwnershipCannotBePublished() async throws {
        try await withTestDatabase { t in
            let call = try await calls(t).create(Self.input(try await programme(t), guidelineZh: Self.clean + "\n3. 本計畫僅限國有企業申請。"), by: .system)
            let error = await #expect(throws: DomainError.self) { try await calls(t).publish(call.id, by: .system) }
            guard case .validation(let errors)? = error else { Issue.record("expected a validation error"); return }
            #expect(errors.contains { $0.field == "guideline_zh" && $0.basis == .art(5) && $0.rule == "call.lint.ownership.restricted" })
            #expect(try await calls(t).find(call.id).status == .draft)
        }
    }

    @Test func test_Art50_1_callWhoseTraditionalGuidelineRequiresATitleCannotBePublished() async throws {
        try await withTestDatabase { t in
            let call = try await calls(t).create(Self.input(try await programme(t), guidelineZh: "計畫主持人須具備副教授以上職稱。"), by: .system)
            let error = await #expect(throws: DomainError.self) { try await calls(t).publish(call.id, by: .system) }
            guard case .validation(let errors)? = error else { Issue.record("expected a validation error"); return }
            #expect(errors.contains { $0.field == "guideline_zh" && $0.basis == .art(50, 1) })
        }
    }

    @Test func test_Art50_1_cleanBilingualCallIsPublished() async throws {
        try await withTestDatabase { t in
            let call = try await calls(t).create(Self.input(try await programme(t)), by: .system)
            #expect(try await calls(t).publish(call.id, by: .system).status == .published)
        }
    }

    // MARK: Every field

    @Test func test_Art72_2_lintsEveryFieldWithOffsetsIntoThatField() {
        let fields: [(field: String, text: String)] = [
            ("title_zh", "测试指南"),
            ("title_en", "Call for proposals: only state-owned enterprises may apply"),
            ("guideline_zh", Self.clean + "\n3. 項目負責人須具有中國國籍。"),
            ("guideline_en", Self.cleanEn),
            ("required_documents", "申请书\n单位营业执照\n项目负责人高级职称证书（须副高级以上）"),
        ]
        let found = CallDocumentLinter.lint(fields: fields)
        #expect(found.map(\.field) == ["title_en", "guideline_zh", "required_documents"])
        #expect(found.map(\.finding.article) == ["5", "72(2)", "50(1)"])
        for item in found {
            let text = Array(fields.first { $0.field == item.field }?.text ?? "")
            #expect(item.finding.end <= text.count)
            #expect(String(text[item.finding.start..<item.finding.end]) == item.finding.text)
        }
    }

    @Test func test_fieldsOfACallNameTheFormFields() {
        let call = Call(
            id: Call.ID(UUID()), programmeID: UUID(), titleZh: "指南", titleEn: "Call", guidelineZh: "中文", guidelineEn: "English",
            opensAt: Date(), closesAt: Date(), totalBudget: 1, typicalAward: 1, budgetMode: .lumpSum, selectionMode: .openCompetition,
            eligibilityRules: [], negativeList: ["差旅费", "会议费"], requiredDocuments: ["申请书", "承诺书"], formSections: ["研究内容"],
            status: .draft, publishedAt: nil, version: 1, updatedAt: Date())
        let fields = CallDocumentLinter.fields(of: call)
        #expect(fields.map(\.field) == ["title_zh", "title_en", "guideline_zh", "guideline_en", "negative_list", "required_documents", "form_sections"])
        #expect(fields.first { $0.field == "required_documents" }?.text == "申请书\n承诺书")
    }

    // MARK: PDF guidelines

    /// A one-page PDF whose text is drawn with a Type0 font and a ToUnicode map (as Chinese PDFs are).
    static func guidelinePDF(_ text: String) -> Data {
        let characters = Array(text.unicodeScalars)
        let codes = characters.indices.map { String(format: "%04X", $0 + 1) }.joined()
        let map = characters.enumerated().map { String(format: "<%04X> <%04X>", $0.offset + 1, $0.element.value) }.joined(separator: "\n")
        let cmap = """
        /CIDInit /ProcSet findresource begin
        12 dict begin
        begincmap
        /CMapName /Adobe-Identity-UCS def
        /CMapType 2 def
        1 begincodespacerange
        <0000> <FFFF>
        endcodespacerange
        \(characters.count) beginbfchar
        \(map)
        endbfchar
        endcmap
        CMapName currentdict /CMap defineresource pop
        end
        end
        """
        let content = "BT /F1 12 Tf 72 720 Td <\(codes)> Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
            "<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
            "<< /Length \(cmap.utf8.count) >>\nstream\n\(cmap)\nendstream",
        ]
        return TestPDF.assemble(objects: objects.map { Data($0.utf8) })
    }

    /// A one-page PDF whose (ASCII, unparenthesised) text is drawn in Helvetica.
    static func latinGuidelinePDF(_ text: String) -> Data {
        let content = "BT /F1 12 Tf 72 720 Td (\(text)) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ]
        return TestPDF.assemble(objects: objects.map { Data($0.utf8) })
    }

    @Test func test_Art72_2_lintsTheTextOfAPDFGuidelineWithOffsetsIntoItsText() throws {
        let pdf = Self.guidelinePDF("项目负责人须具有中国国籍。")
        let (text, findings) = try CallDocumentLinter.lintPDF(pdf)
        #expect(text.contains("项目负责人须具有中国国籍"))
        #expect(findings.map(\.rule) == ["nationality.restricted"])
        let characters = Array(text)
        for f in findings { #expect(String(characters[f.start..<f.end]) == f.text) }
    }

    @Test func test_Art50_1_lintsAPDFGuidelineAlongsideTheCallsFields() throws {
        let call = Call(
            id: Call.ID(UUID()), programmeID: UUID(), titleZh: "指南", titleEn: "Call", guidelineZh: Self.clean, guidelineEn: Self.cleanEn,
            opensAt: Date(), closesAt: Date(), totalBudget: 1, typicalAward: 1, budgetMode: .lumpSum, selectionMode: .openCompetition,
            eligibilityRules: [], negativeList: [], requiredDocuments: [], formSections: [],
            status: .draft, publishedAt: nil, version: 1, updatedAt: Date())
        let found = try CallDocumentLinter.lint(call, guidelinePDF: Self.latinGuidelinePDF("Applicants must hold a senior professional title."))
        #expect(found.map(\.field) == ["guideline_pdf"])
        #expect(found.first?.finding.article == "50(1)")
    }

    /// A PDF the inspector refuses is never handed to the extractor.
    @Test func test_PDFGuidelineWithJavaScriptIsRefusedBeforeExtraction() {
        let pdf = TestPDF.make(catalogExtra: "/OpenAction 5 0 R", extraObjects: ["<< /S /JavaScript /JS (app.alert(1)) >>"])
        #expect(throws: PDFTextError.refused(.javaScript)) { try CallDocumentLinter.lintPDF(pdf) }
    }

    @Test func test_missingExtractorIsAnErrorNotACrash() {
        let extractor = PDFTextExtractor(searchPaths: ["/nonexistent/pdftotext"])
        #expect(throws: PDFTextError.extractorMissing) { try extractor.text(of: Self.guidelinePDF("x")) }
    }
}
