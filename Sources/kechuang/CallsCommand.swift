import ArgumentParser
import Foundation
import Projects

struct Calls: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calls", abstract: "Work with calls (申报指南).", subcommands: [Lint.self])

    struct Lint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find application conditions the regulation forbids in a call's text (Art. 50(1), 5, 72(2)), in Simplified or Traditional Chinese or in English.",
            discussion: """
            Prints {"findings":[{"article","severity","start","end","text","rule","message_zh","message_en"}]} with \
            character offsets into the text. A PDF guideline (a file that starts with %PDF) is read with poppler's \
            pdftotext after the PDF inspector has passed it; the output then also holds "text", the extracted text \
            the offsets point into. Exit code 0 when nothing blocks publication, 1 when a finding does.
            """)
        @ArgumentParser.Argument(help: "A UTF-8 text file or a PDF guideline, or - for standard input.") var file: String

        func run() async throws {
            let data: Data
            if file == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let contents = FileManager.default.contents(atPath: file) else { throw ValidationError("Cannot read \(file).") }
                data = contents
            }
            let findings: [LintFinding]
            var extracted: String?
            if data.starts(with: Data("%PDF-".utf8)) {
                do {
                    let result = try CallDocumentLinter.lintPDF(data)
                    findings = result.findings
                    extracted = result.text
                } catch PDFTextError.refused(let finding) {
                    throw ValidationError("The PDF inspector refused \(file): \(finding.rawValue).")
                } catch PDFTextError.extractorMissing {
                    throw ValidationError("pdftotext (poppler-utils) is not installed.")
                }
            } else {
                guard let text = String(data: data, encoding: .utf8) else { throw ValidationError("\(file) is not UTF-8 text or a PDF.") }
                findings = CallLinter.lint(text)
            }
            struct Output: Encodable {
                let findings: [LintFinding]
                let text: String?
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(Output(findings: findings, text: extracted)), as: UTF8.self))
            if findings.contains(where: { $0.severity == .block }) { throw ExitCodes.failure }
        }
    }
}
