import ArgumentParser
import Foundation
import Projects

struct Calls: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calls", abstract: "Work with calls (申报指南).", subcommands: [Lint.self])

    struct Lint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find application conditions the regulation forbids in a call's text (Art. 50(1), 5, 72(2)).",
            discussion: """
            Prints {"findings":[{"article","severity","start","end","text","rule","message_zh","message_en"}]} with \
            character offsets into the text. Exit code 0 when nothing blocks publication, 1 when a finding does.
            """)
        @ArgumentParser.Argument(help: "A UTF-8 text file, or - for standard input.") var file: String

        func run() async throws {
            let text: String
            if file == "-" {
                text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            } else {
                guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("Cannot read \(file).") }
                guard let decoded = String(data: data, encoding: .utf8) else { throw ValidationError("\(file) is not UTF-8 text.") }
                text = decoded
            }
            let findings = CallLinter.lint(text)
            struct Output: Encodable { let findings: [LintFinding] }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(Output(findings: findings)), as: UTF8.self))
            if findings.contains(where: { $0.severity == .block }) { throw ExitCodes.failure }
        }
    }
}
