import Foundation

/// A linter finding in one field of a call: `finding.start`/`finding.end` are `Character` offsets into
/// that field's text (`CallDocumentLinter.fields(of:)`), or into the extracted text of the guideline
/// PDF for the field `guideline_pdf`.
public struct CallFieldFinding: Sendable, Equatable, Codable {
    /// The form field id: `title_zh`, `title_en`, `guideline_zh`, `guideline_en`, `negative_list`,
    /// `required_documents`, `form_sections`, or `guideline_pdf`.
    public let field: String
    public let finding: LintFinding

    public init(field: String, finding: LintFinding) {
        self.field = field
        self.finding = finding
    }
}

/// Lints a whole call: every text field, in whatever script it is written (Simplified, Traditional,
/// English), and the text of its PDF guideline when there is one.
public enum CallDocumentLinter {
    /// The call's text fields as the officer wrote them, by form field id. Lists are joined the way
    /// the form shows them (documents and sections one per line, the negative list with 、).
    public static func fields(of call: Call) -> [(field: String, text: String)] {
        [
            ("title_zh", call.titleZh), ("title_en", call.titleEn),
            ("guideline_zh", call.guidelineZh), ("guideline_en", call.guidelineEn),
            ("negative_list", call.negativeList.joined(separator: "、")),
            ("required_documents", call.requiredDocuments.joined(separator: "\n")),
            ("form_sections", call.formSections.joined(separator: "\n")),
        ]
    }

    /// Findings in the given fields, field by field, each with offsets into its own field.
    public static func lint(fields: [(field: String, text: String)]) -> [CallFieldFinding] {
        fields.flatMap { field, text in
            CallLinter.lint(text).map { CallFieldFinding(field: field, finding: $0) }
        }
    }

    /// Findings in every field of the call and, when given, in its guideline PDF.
    public static func lint(_ call: Call, guidelinePDF: Data? = nil, extractor: PDFTextExtractor = PDFTextExtractor()) throws -> [CallFieldFinding] {
        var fields = fields(of: call)
        if let guidelinePDF { fields.append(("guideline_pdf", try extractor.text(of: guidelinePDF))) }
        return lint(fields: fields)
    }

    /// Findings in a guideline PDF on its own, offsets into its extracted text (returned with them).
    public static func lintPDF(_ data: Data, extractor: PDFTextExtractor = PDFTextExtractor()) throws -> (text: String, findings: [LintFinding]) {
        let text = try extractor.text(of: data)
        return (text, CallLinter.lint(text))
    }
}
