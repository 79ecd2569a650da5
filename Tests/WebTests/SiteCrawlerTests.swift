import Foundation
import Identity
import KechuangApp
import KechuangTestSupport
import KechuangWebTestSupport
import Testing

/// The whole site as each demo role (and a visitor) meets it, in Chinese and in English: every page
/// reachable by links from the home page, the dashboard and a policy search is visited (at most
/// two per route template; GET forms are sent as they stand), and every POST form with something
/// to fill in is sent empty once (`SiteCrawler`). `KECHUANG_CRAWL_LOG=file` writes every request made. The crawl runs
/// once; each test below proves one rule over all of it and lists every page that breaks it.
@Suite("Every page, every role, both languages")
struct SiteCrawlerTests {
    static let report = Task { try await crawlDemoSite() }

    static func crawlDemoSite() async throws -> CrawlReport {
        var total = CrawlReport()
        try await withTestApp { t in
            let logins = try await DemoData.load(into: t.app)
            var viewers: [(String, String?)] = [("visitor", nil)]
            for login in logins {
                let session = try await t.signIn.login(email: login.email, password: login.password).sessionToken
                viewers.append((login.role.rawValue, session))
            }
            let crawler = SiteCrawler(app: t, perTemplate: 2)
            // Each viewer's crawl is independent (its own session; empty POSTs change nothing), so
            // three run at once: the crawl is the suite's longest test.
            let runs = viewers.flatMap { viewer in ["zh-CN", "en"].map { (viewer.0, viewer.1, $0) } }
            try await withThrowingTaskGroup(of: CrawlReport.self) { group in
                var next = runs.makeIterator()
                func startNext() {
                    guard let (viewer, session, language) = next.next() else { return }
                    // A search with results too: facets and hits are reached from a query, not a link.
                    let start = (session == nil ? ["/"] : ["/", "/dashboard"]) + ["/policies?q=%E7%A7%91%E5%AD%A6%E6%8A%80%E6%9C%AF"]
                    group.addTask { try await crawler.crawl(viewer: viewer, session: session, language: language, start: start) }
                }
                for _ in 0..<3 { startNext() }
                while let report = try await group.next() {
                    total.merge(report)
                    startNext()
                }
            }
        }
        if let path = ProcessInfo.processInfo.environment["KECHUANG_CRAWL_LOG"], !path.isEmpty {
            try Data(total.log.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
        }
        return total
    }

    static func expectNone(_ rule: CrawlViolation.Rule, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let report = try await report.value
        #expect(report.pagesVisited > 50, "the crawl reached only \(report.pagesVisited) pages", sourceLocation: sourceLocation)
        let lines = report.lines(rule)
        let summary = "\(lines.count) × \(rule.rawValue) (\(report.pagesVisited) pages, \(report.requests) requests, \(report.postsChecked) empty POSTs):\n"
        #expect(lines.isEmpty, Comment(rawValue: summary + lines.joined(separator: "\n")), sourceLocation: sourceLocation)
    }

    @Test func test_everyLinkShownToARoleAnswersWithout4xxOr5xx() async throws {
        try await Self.expectNone(.brokenLink)
    }

    @Test func test_WCAG_3_1_2_englishPagesMarkEveryChineseFragmentWithLangZh() async throws {
        try await Self.expectNone(.chineseOutsideLang)
    }

    @Test func test_WCAG_1_3_1_headingsNeverSkipALevel() async throws {
        try await Self.expectNone(.headingSkip)
    }

    @Test func test_errorSummaryAndSkipLinksPointAtIdsOnThePage() async throws {
        try await Self.expectNone(.missingFragmentTarget)
    }

    /// A label, an error-summary link or `aria-describedby` reaches only the first element with an id.
    /// Pages with several forms that share field names name their forms (`Components.fieldID(_:in:)`).
    @Test func test_WCAG_4_1_2_noIdIsUsedTwiceOnAPage() async throws {
        try await Self.expectNone(.duplicateID)
    }

    @Test func test_crawlerReadsPagesAsTheRulesMean() {
        let scan = HTMLScan(#"""
        <!DOCTYPE html><html lang="en"><head><title>标题</title></head><body>
        <a href="#main">Skip</a><main id="main"><h1>Title</h1><h3>Jump</h3>
        <p>Call <span lang="zh-CN">北京市</span>, ok</p><p>Bad：colon</p><p title="中文">x</p>
        <div class="error-summary"><h2>There is a problem</h2><a href="#field-x">x</a></div>
        <form method="post" action="/a"><input type="hidden" name="v" value="3"><input name="q"></form></main>
        <p id="twice">a</p><p id="twice">b</p></body></html>
        """#)
        #expect(scan.duplicateIDs == ["twice"])
        #expect(scan.language == "en")
        #expect(scan.headings.map(\.level) == [1, 3, 2])
        #expect(scan.cjkOutsideChinese.count == 2, "the full-width colon and the title attribute; not the <title>, not the lang=zh-CN span")
        #expect(Set(scan.fragmentLinks) == ["main", "field-x"])
        #expect(scan.ids.contains("main") && !scan.ids.contains("field-x"))
        #expect(scan.forms.first?.hidden.map(\.0) == ["v"])
        #expect(scan.forms.first?.hasVisibleField == true)
        #expect(SiteCrawler.template(of: "/policies/lrb-123/articles/%E7%AC%AC?lang=en&page=2") == "/policies/:x/articles/:x?")
        #expect(SiteCrawler.template(of: "/policies?lang=en") == "/policies")
        #expect(SiteCrawler.resolve("https://example.org/x", on: "/") == nil)
        #expect(SiteCrawler.resolve("/calls?page=2#top", on: "/") == "/calls?page=2")
    }
}
