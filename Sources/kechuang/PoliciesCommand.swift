import ArgumentParser
import Foundation
import KechuangApp
import KechuangCore
import Policy
import Storage

struct Policies: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policies", abstract: "Work with the policy library (import, search).", subcommands: [Import.self, Search.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import documents: a JSONL file in the corpus format, or one official text as published.",
            discussion: """
            --jsonl FILE: one JSON object a line (id, title, issuer, date, category, text). Re-importing is idempotent: \
            the same id and date update the document, a new date adds a version. Bad lines are reported with their number and skipped.
            --text FILE --title T --issuer I --date YYYY-MM-DD: an official text; lines broken mid-sentence are joined, stray spaces \
            between Chinese characters removed, and chapters, articles, paragraphs and items recovered.
            """)
        @OptionGroup var database: DatabaseOptions
        @ArgumentParser.Option(help: "JSONL file in the corpus format.") var jsonl: String?
        @ArgumentParser.Option(help: "Official text file (UTF-8).") var text: String?
        @ArgumentParser.Option(help: "With --text: the document's title.") var title: String?
        @ArgumentParser.Option(help: "With --text: the issuing body.") var issuer: String?
        @ArgumentParser.Option(help: "With --text: the version date, YYYY-MM-DD.") var date: String?
        @ArgumentParser.Option(help: "With --text: the document's id (default: derived from the title).") var id: String?
        @ArgumentParser.Option(help: "With --text: \(PolicyLevel.allCases.map(\.rawValue).joined(separator: ", ")).") var level = PolicyLevel.localRegulation.rawValue
        @ArgumentParser.Option(help: "With --text: region, e.g. 北京 or 全国.") var region = "北京"

        func validate() throws {
            guard (jsonl == nil) != (text == nil) else { throw ValidationError("Give exactly one of --jsonl FILE or --text FILE.") }
            if text != nil {
                guard let title, !title.isEmpty else { throw ValidationError("--text needs --title.") }
                guard issuer?.isEmpty == false else { throw ValidationError("--text needs --issuer.") }
                guard let date, PolicySourceParser.isISODate(date) else { throw ValidationError("--text needs --date YYYY-MM-DD.") }
                guard PolicyLevel(rawValue: level) != nil else { throw ValidationError("Unknown --level \(level).") }
                _ = title
            }
        }

        func run() async throws {
            if let jsonl {
                guard FileManager.default.isReadableFile(atPath: jsonl) else { throw ValidationError("Cannot read \(jsonl).") }
                try await withApplication(database) { app in
                    let start = Date()
                    let bar = ProgressBar()
                    let report: PolicyLibrary.ImportReport
                    do {
                        report = try await KechuangApp.policies(app).importJSONL(
                            contentsOf: URL(fileURLWithPath: jsonl), actor: .system, progress: { bar.update(done: $0, total: $1) })
                    } catch let failure as ImportFailure {
                        bar.finish()
                        printError("Import failed: \(failure.reason). Nothing from the failed batch was written.")
                        throw ExitCodes.failure
                    }
                    bar.finish()
                    for problem in report.skipped { printError("skipped \(problem)") }
                    print("Imported \(report.total) documents (\(report.added) new, \(report.newVersions) new versions, \(report.updated) updated), \(report.articles) articles in \(String(format: "%.1f", Date().timeIntervalSince(start))) s; \(report.skipped.count) lines skipped.")
                    if !report.skipped.isEmpty && report.total == 0 { throw ExitCodes.failure }
                }
            } else if let text, let title, let issuer, let date {
                let raw: String
                do { raw = try String(contentsOfFile: text, encoding: .utf8) } catch {
                    throw ValidationError("Cannot read \(text) as UTF-8 text.")
                }
                try await withApplication(database) { app in
                    let source = PolicySource(
                        externalID: id ?? "doc-" + SM3.hex(title).prefix(10), title: title, issuer: issuer,
                        level: PolicyLevel(rawValue: level) ?? .localRegulation, region: region, date: date, text: raw)
                    try await KechuangApp.policies(app).importText(source, actor: .system)
                    let document = try await KechuangApp.policies(app).document(source.externalID)
                    print("Imported \(document.titleZh) (\(document.externalID)): \(document.chapters.count) chapters, \(document.articleCount) articles.")
                }
            }
        }
    }

    struct Search: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Search the policy library (Chinese or English).")
        @OptionGroup var database: DatabaseOptions
        @ArgumentParser.Argument(help: "What to search for.") var query: String
        @ArgumentParser.Option(help: "How many documents.") var limit = 10
        @ArgumentParser.Flag(help: "Print a JSON array of {document_id, title, article, score, snippet}.") var json = false

        func run() async throws {
            guard (1...1000).contains(limit) else { throw ValidationError("--limit must be between 1 and 1000.") }
            try await withApplication(database) { app in
                try await KechuangApp.buildSearchIndex(app)
                let answer = app.webServices.policySearch.search(.init(text: query, limit: limit))
                if json {
                    struct Hit: Encodable { let document_id, title, article: String; let score: Double; let snippet: String }
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.withoutEscapingSlashes]
                    let hits = answer.results.hits.map { Hit(document_id: $0.documentID, title: $0.title, article: $0.articleLabel, score: $0.score, snippet: $0.snippet.text) }
                    print(String(decoding: try encoder.encode(hits), as: UTF8.self))
                } else {
                    if let expanded = answer.expandedQuery { print("(searched as: \(expanded))") }
                    for (rank, hit) in answer.results.hits.enumerated() {
                        print("\(rank + 1). \(hit.title) \(hit.articleLabel)  [\(hit.documentID), \(String(format: "%.2f", hit.score))]")
                        print("   \(hit.snippet.text)")
                    }
                    if answer.results.hits.isEmpty { print("No documents found.") }
                }
            }
        }
    }
}

/// A progress bar with count and ETA on standard error, only when it is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let start = Date()
    private let enabled = isatty(STDERR_FILENO) != 0
    private let lock = NSLock()

    func update(done: Int, total: Int) {
        guard enabled, total > 0 else { return }
        lock.withLock {
            let fraction = Double(done) / Double(total)
            let elapsed = Date().timeIntervalSince(start)
            let eta = fraction > 0 ? elapsed / fraction - elapsed : 0
            let width = 30
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            FileHandle.standardError.write(Data(String(format: "\r%@ %d/%d lines %3.0f%% ETA %3.0fs", bar, done, total, fraction * 100, eta).utf8))
        }
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\n".utf8))
    }
}
