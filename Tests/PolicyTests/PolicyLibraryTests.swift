import FluentKit
import Foundation
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Policy

/// The library as stored: imports, versions, citations, the index kept current — on the run's database.
@Suite("Policy library")
struct PolicyLibraryTests {
    static let regulationURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/KechuangApp/Demo/regulation-zh.md")

    static func regulation() throws -> PolicySource {
        PolicySource(externalID: Policy.regulationID, title: "北京国际科技创新中心建设条例", issuer: "北京市人民代表大会",
                     level: .localRegulation, region: "北京", date: "2024-01-25", effectiveDate: "2024-03-01",
                     text: try String(contentsOf: regulationURL, encoding: .utf8))
    }

    static func line(_ id: String, _ title: String, date: String?, text: String, category: String = "地方性法规/北京") -> String {
        var object: [String: Any] = ["id": id, "title": title, "issuer": "北京市人民代表大会常务委员会", "category": category, "text": text]
        object["date"] = date ?? NSNull()
        return String(decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    static func write(_ lines: [String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("policies-\(UUID().uuidString).jsonl")
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    static let patentText = "第一章 总则\n第一条 为了保护专利权人的合法权益，鼓励发明创造，制定本条例。\n第二条 本市支持知识产权质押贷款，拓宽科技型企业融资渠道。\n第二章 附则\n第三条 本条例自2020年1月1日起施行。"
    static let talentText = "第一条 为了吸引和集聚创新人才，制定本办法。\n第二条 对引进的高层次人才，在住房、子女教育等方面给予支持。"

    func library(_ t: TestDB) -> PolicyLibrary { PolicyLibrary(db: t.db, now: { t.clock.now }) }

    @Test func test_Art76_regulationImportsAsSevenChaptersAndSeventySixArticles() async throws {
        try await withTestDatabase { t in
            try await library(t).importText(try Self.regulation(), actor: .system)
            let document = try await library(t).document(Policy.regulationID)
            #expect(document.chapters.count == 7)
            #expect(document.articleCount == 76)
            let articles = try await library(t).articles(of: document)
            #expect(articles.map(\.number) == Array(1...76))
            #expect(articles.last?.label == "第七十六条")
            #expect(articles.last?.text.contains("2024年3月1日") == true)
        }
    }

    @Test func test_Art50_1_citationResolvesToExactlyThatParagraph() async throws {
        try await withTestDatabase { t in
            try await library(t).importText(try Self.regulation(), actor: .system)
            let (_, article) = try await library(t).article(Policy.regulationID, label: "第五十条")
            #expect(article.paragraphs.count == 3)
            #expect(article.paragraphs[0].hasSuffix("不得将职称、论文、奖项等作为申报的限制性条件。"))
            #expect(article.paragraphs[1].contains("经费包干制"))
            // Lines broken in the middle of a sentence in the published file are joined again.
            let (_, first) = try await library(t).article(Policy.regulationID, label: "第一条")
            #expect(first.text.contains("建设科技强国提供战略支撑"))
            // …and the stray spaces between Chinese characters are gone.
            let (_, third) = try await library(t).article(Policy.regulationID, label: "第三条")
            #expect(third.text.contains("协同、开放的创新体系"))
        }
    }

    @Test func test_Art75_importIsAuditedAndIdempotent() async throws {
        try await withTestDatabase { t in
            let file = try Self.write([Self.line("t-1", "北京市专利促进条例", date: "2020-01-01", text: Self.patentText),
                                       Self.line("t-2", "北京市人才引进办法", date: nil, text: Self.talentText)])
            let first = try await library(t).importJSONL(contentsOf: file, actor: .system)
            #expect(first.added == 2 && first.articles == 5 && first.skipped.isEmpty)
            let again = try await library(t).importJSONL(contentsOf: file, actor: .system)
            #expect(again.added == 0 && again.updated == 2)
            #expect(try await library(t).count() == 2)
            let entries = try await AuditChain.list(.init(object: "policy"), limit: 10, on: t.db)
            #expect(entries.count == 4)
            #expect(entries.allSatisfy { $0.basis == .art(75) })
        }
    }

    @Test func test_import_newDateAddsAVersionAndAmendsTheOldOne() async throws {
        try await withTestDatabase { t in
            try await library(t).importJSONL(contentsOf: try Self.write([Self.line("t-1", "北京市专利促进条例", date: "2020-01-01", text: Self.patentText)]), actor: .system)
            let amended = Self.patentText.replacingOccurrences(of: "知识产权质押贷款", with: "知识产权质押融资和保险")
            let report = try await library(t).importJSONL(contentsOf: try Self.write([Self.line("t-1", "北京市专利促进条例", date: "2023-06-01", text: amended)]), actor: .system)
            #expect(report.newVersions == 1)
            let versions = try await library(t).versions(of: "t-1")
            #expect(versions.map(\.issueDate) == ["2023-06-01", "2020-01-01"])
            #expect(versions.map(\.status) == [.inForce, .amended])
            #expect(try await library(t).document("t-1").issueDate == "2023-06-01")
            #expect(try await library(t).document("t-1", version: "2020-01-01").status == .amended)
            // Search sees the current text only.
            let search = try PolicySearch()
            try await search.refresh(on: t.db)
            #expect(search.search(.init(text: "质押融资")).results.hits.first?.documentID == "t-1")
            #expect(search.search(.init(text: "质押贷款")).results.hits.allSatisfy { !$0.matchedAll })
        }
    }

    @Test func test_import_badLinesAreReportedWithTheirNumberAndSkipped() async throws {
        try await withTestDatabase { t in
            let file = try Self.write([
                Self.line("t-1", "北京市专利促进条例", date: "2020-01-01", text: Self.patentText),
                "{this is not json",
                #"{"id": "t-3", "title": "没有正文"}"#,
                Self.line("t-4", "日期有误", date: "2020/01/01", text: Self.talentText),
                Self.line("t-5", "北京市人才引进办法", date: nil, text: Self.talentText),
            ])
            let report = try await library(t).importJSONL(contentsOf: file, actor: .system)
            #expect(report.added == 2)
            #expect(report.skipped.map(\.line) == [2, 3, 4])
            #expect(report.skipped[1].reason.contains("\"text\""))
            #expect(report.skipped[2].reason.contains("\"date\""))
            #expect(try await library(t).count() == 2)
        }
    }

    @Test func test_import_unreadableFileIsAClearErrorAndWritesNothing() async throws {
        try await withTestDatabase { t in
            let missing = URL(fileURLWithPath: "/nonexistent/\(UUID().uuidString).jsonl")
            await #expect(throws: ImportFailure.self) { try await library(t).importJSONL(contentsOf: missing, actor: .system) }
            let binary = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString).jsonl")
            try Data([0xFF, 0xFE, 0x00, 0xC3]).write(to: binary)
            await #expect(throws: ImportFailure.self) { try await library(t).importJSONL(contentsOf: binary, actor: .system) }
            #expect(try await library(t).count() == 0)
        }
    }

    @Test func test_index_anotherNodeSeesAnImportAfterRefreshing() async throws {
        try await withTestDatabase { t in
            let nodeA = try PolicySearch(), nodeB = try PolicySearch()
            try await nodeA.refresh(on: t.db)
            try await nodeB.refresh(on: t.db)
            #expect(nodeB.search(.init(text: "住房")).results.hits.isEmpty)
            try await library(t).importJSONL(contentsOf: try Self.write([Self.line("t-5", "北京市人才引进办法", date: nil, text: Self.talentText)]), actor: .system)
            try await nodeB.refresh(on: t.db)
            #expect(nodeB.search(.init(text: "住房")).results.hits.first?.documentID == "t-5")
            #expect(nodeB.search(.init(text: "住房")).results.hits.first?.articleLabel == "第二条")
        }
    }

    @Test func test_search_englishQueryIsExpandedWithTheGlossary() async throws {
        try await withTestDatabase { t in
            try await library(t).importJSONL(contentsOf: try Self.write([Self.line("t-1", "北京市专利促进条例", date: "2020-01-01", text: Self.patentText),
                                                                        Self.line("t-5", "北京市人才引进办法", date: nil, text: Self.talentText)]), actor: .system)
            let search = try PolicySearch()
            try await search.refresh(on: t.db)
            let answer = search.search(.init(text: "intellectual property pledge loan"))
            #expect(answer.expandedQuery?.contains("知识产权") == true)
            #expect(answer.results.hits.first?.documentID == "t-1")
            #expect(answer.results.hits.first?.articleLabel == "第二条")
        }
    }

    /// The index lives in Swift, so both engines answer from the same data the same way. This
    /// proves it where it matters: the same import on SQLite and on PostgreSQL, the same top 10.
    @Test(.enabled(if: TestDatabase.isPostgres))
    func test_search_sqliteAndPostgresGiveTheSameTop10() async throws {
        let file = try Self.write([
            Self.line("t-1", "北京市专利促进条例", date: "2020-01-01", text: Self.patentText),
            Self.line("t-5", "北京市人才引进办法", date: nil, text: Self.talentText),
            Self.line("t-6", "北京市科技创新条例", date: "2021-01-01", text: "第一条 支持人才住房和知识产权保护。\n第二条 促进科技成果转化。"),
        ])
        var answers: [[String]] = []
        try await withTestDatabase { t in
            try await library(t).importText(try Self.regulation(), actor: .system)
            try await library(t).importJSONL(contentsOf: file, actor: .system)
            let search = try PolicySearch()
            try await search.refresh(on: t.db)
            answers.append(["人才 住房", "知识产权", "科研诚信", "科技成果转化", "经费包干制"].flatMap { q in
                search.search(.init(text: q, limit: 10)).results.hits.map { "\(q):\($0.documentID)#\($0.articleLabel)" }
            })
        }
        try await withTestDatabase(forceSQLite: true) { t in
            #expect(Dialect.of(t.db) == .sqlite)
            try await library(t).importText(try Self.regulation(), actor: .system)
            try await library(t).importJSONL(contentsOf: file, actor: .system)
            let search = try PolicySearch()
            try await search.refresh(on: t.db)
            answers.append(["人才 住房", "知识产权", "科研诚信", "科技成果转化", "经费包干制"].flatMap { q in
                search.search(.init(text: q, limit: 10)).results.hits.map { "\(q):\($0.documentID)#\($0.articleLabel)" }
            })
        }
        #expect(answers.count == 2)
        #expect(!answers[0].isEmpty)
        #expect(answers[0] == answers[1])
    }
}

@Suite("English queries")
struct EnglishQueryTests {
    @Test func test_untranslatedEnglishStopwordsAreDropped() {
        #expect(PolicySearch.withoutEnglishStopwords("税收优惠 for 高新技术企业") == "税收优惠 高新技术企业")
        #expect(PolicySearch.withoutEnglishStopwords("知识产权 of the 质押") == "知识产权 质押")
    }
}
