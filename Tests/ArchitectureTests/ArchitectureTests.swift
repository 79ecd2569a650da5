import Foundation
import Testing

/// The shape `docs/ARCHITECTURE.md` promises, checked on the source tree itself, so that a new
/// module copies one folder's shape and the tree cannot drift from the page.
@Suite("Architecture: the tree keeps its shape")
struct ArchitectureTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sources = root.appendingPathComponent("Sources")

    /// Files that are data, not code: a table read by code elsewhere may be long.
    static let dataTables: Set<String> = [
        "Sources/Dedup/UnicodeTables.swift",
    ]

    /// Domain modules: each has a web folder of its own, and none may import Vapor.
    static let domainModules = ["Identity", "Policy", "Projects", "Review", "Integrity", "Grants", "Instruments", "Portal", "Enterprise", "Talent", "Market", "Monitoring"]

    static func swiftFiles(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
    }

    static func relative(_ url: URL) -> String {
        String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
    }

    @Test func test_noSourceFileOver600Lines_exceptDataTables() throws {
        var long: [String] = []
        for file in Self.swiftFiles(under: Self.sources) {
            let path = Self.relative(file)
            if Self.dataTables.contains(path) { continue }
            let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count
            if lines > 600 { long.append("\(path): \(lines) lines") }
        }
        #expect(Self.swiftFiles(under: Self.sources).count > 100, "the walk found the sources")
        #expect(long.isEmpty, "split by what each part holds: \(long.sorted())")
    }

    @Test func test_webHasOneFolderPerModuleAndAShell_andNothingElse() throws {
        let web = Self.sources.appendingPathComponent("Web")
        let entries = try FileManager.default.contentsOfDirectory(atPath: web.path).filter { !$0.hasPrefix(".") }
        #expect(Set(entries) == Set(Self.domainModules + ["Shell"]), "Web/ holds \(entries.sorted())")
    }

    @Test func test_domainModulesNeverImportVaporOrPlot() throws {
        var offenders: [String] = []
        for module in Self.domainModules + ["KechuangCore", "Storage", "Search", "Export", "Assignment", "Dedup"] {
            for file in Self.swiftFiles(under: Self.sources.appendingPathComponent(module)) {
                let text = try String(contentsOf: file, encoding: .utf8)
                for line in text.split(separator: "\n") where line.hasPrefix("import ") {
                    let name = line.dropFirst("import ".count).trimmingCharacters(in: .whitespaces)
                    if ["Vapor", "Fluent", "Plot", "Web", "KechuangApp"].contains(name) { offenders.append("\(Self.relative(file)): \(line)") }
                }
            }
        }
        #expect(offenders.isEmpty, "dependencies point from the web layer to the domain, never back: \(offenders)")
    }

    @Test func test_pureTargetsImportFoundationOnly() throws {
        var offenders: [String] = []
        let allowed: Set<String> = ["Foundation", "FoundationEssentials", "Dispatch", "Darwin", "Glibc", "Musl", "KechuangCore"]
        for module in ["Search", "Export", "Assignment", "Dedup", "KechuangCore"] {
            for file in Self.swiftFiles(under: Self.sources.appendingPathComponent(module)) {
                let text = try String(contentsOf: file, encoding: .utf8)
                for line in text.split(separator: "\n") where line.hasPrefix("import ") {
                    let name = String(line.dropFirst("import ".count).trimmingCharacters(in: .whitespaces))
                    if !allowed.contains(name) { offenders.append("\(Self.relative(file)): \(line)") }
                }
            }
        }
        #expect(offenders.isEmpty, "pure targets stay pure: \(offenders)")
    }

    @Test func test_oneMigrationPerFile_namedAfterIt() throws {
        var problems: [String] = []
        for module in Self.domainModules + ["Storage"] {
            let folder = Self.sources.appendingPathComponent(module).appendingPathComponent(module == "Storage" ? "Migrations" : "Persistence/Migrations")
            let files = Self.swiftFiles(under: folder)
            if files.isEmpty { problems.append("\(module): no migrations folder at \(Self.relative(folder))") }
            for file in files {
                let text = try String(contentsOf: file, encoding: .utf8)
                let declared = text.split(separator: "\n").filter { $0.contains(": AsyncMigration") || $0.contains(": Migration") }
                let stem = file.deletingPathExtension().lastPathComponent
                if declared.count != 1 { problems.append("\(Self.relative(file)) declares \(declared.count) migrations") }
                if let line = declared.first, !line.contains(" \(stem):") { problems.append("\(Self.relative(file)) is not named after its migration: \(line)") }
            }
        }
        #expect(problems.isEmpty, "\(problems)")
    }
}
