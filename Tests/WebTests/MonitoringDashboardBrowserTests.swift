import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Monitoring
import Testing
import Vapor
@testable import Web

/// The monitoring dashboard in a real browser (headless Chromium through chromedriver): department
/// staff report this year's fiscal figures on the form (a large change is refused until explained),
/// publish the release, and a visitor reads the published dashboard: the Art. 49 warning, a chart
/// with its title and the accessible table beside it with the same figures. Runs when
/// `KECHUANG_BROWSER_TESTS=1`, with `CHROMEDRIVER` and `CHROME_BINARY` set, like BrowserTests.
@Suite("Monitoring dashboard in the browser", .serialized)
struct MonitoringDashboardBrowserTests {
    static let environment = ProcessInfo.processInfo.environment

    static var artifacts: URL {
        let path = environment["KECHUANG_ARTIFACTS"].flatMap { $0.isEmpty ? nil : $0 } ?? "./test-artifacts"
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    @Test(
        "Staff report and publish; a visitor reads the dashboard's Art. 49 warning, chart and table",
        .enabled(if: ProcessInfo.processInfo.environment["KECHUANG_BROWSER_TESTS"] == "1"),
        .timeLimit(.minutes(5)))
    func test_browser_Art63_Art49_staffReportAndPublish_visitorReadsDashboardAndItsAccessibleTable() async throws {
        let chromedriver = try #require(Self.environment["CHROMEDRIVER"].flatMap { $0.isEmpty ? nil : $0 }, "CHROMEDRIVER must name the chromedriver program")
        let chrome = try #require(Self.environment["CHROME_BINARY"].flatMap { $0.isEmpty ? nil : $0 }, "CHROME_BINARY must name the Chromium program")
        try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)
        try await withTestApp { t in
            let department = try await t.organisation("市财政局", type: .governmentDepartment)
            let staff = try await t.person([.departmentStaff], organisation: department.id)
            let year = BeijingDay(containing: t.clock.now).year - 1
            try await ReportedValues(db: t.db, now: t.now).submit(ReportForm(year: year - 1, lines: [
                ReportLine(indicator: "RPT-FST", value: "400"), ReportLine(indicator: "RPT-FREV", value: "6000")]), by: staff)
            try await withBrowser(t.app, chromedriver: chromedriver, chrome: chrome, artifacts: Self.artifacts, failureName: "monitoring-failure") { b, base in
                try await b.signIn(base: base, email: staff.email)
                try await b.click(b.findElement(css: "main a[href='/monitoring']"))
                try await b.waitForPath("/monitoring")
                try await b.navigate(to: base + "/monitoring/report?year=\(year)")
                // S&T spending up 50 % without a note: refused, the error names the note field.
                try await b.sendKeys(b.findElement(css: "#field-value-RPT-FST"), "600")
                try await b.sendKeys(b.findElement(css: "#field-value-RPT-FREV"), "6600")
                try await b.click(b.findElement(css: "main form[action='/monitoring/report'] button[type=submit]"))
                let summary = try await b.text(b.waitForElement(css: ".error-summary a[href='#field-note-RPT-FST']"))
                #expect(summary.contains("第六十三条"))
                try await b.sendKeys(b.findElement(css: "#field-note-RPT-FST"), "新增重大科技基础设施运行经费")
                try await b.click(b.findElement(css: "main form[action='/monitoring/report'] button[type=submit]"))
                try await b.wait(timeout: 15, "the figures to be saved") { (try? await b.noticeTexts().contains(MonitoringMsg.monReported(.zh))) ?? false }
                // Spending now grows 50 % against revenue's 10 %: no warning; publish.
                try await b.navigate(to: base + "/monitoring")
                try await b.click(b.findElement(css: "#field-year option[value='\(year)']"))
                try await b.click(b.findElement(css: "main form[action='/monitoring/releases'] button[type=submit]"))
                try await b.wait(timeout: 15, "the release to be published") { (try? await b.noticeTexts().contains(MonitoringMsg.monPublished(.zh))) ?? false }
                try await b.signOut()
                // A slower year is reported afterwards: a second edition carries the Art. 49 warning.
                try await ReportedValues(db: t.db, now: t.now).submit(ReportForm(year: year, lines: [
                    ReportLine(indicator: "RPT-FST", value: "410", note: "按决算数修订"), ReportLine(indicator: "RPT-FREV", value: "6600")]), by: staff)
                let release = try await Releases(db: t.db, now: t.now).publish(year: year, by: staff)
                try await b.navigate(to: base + "/monitoring/releases")
                try await b.click(b.findElement(css: "main a[href='/monitoring/releases/\(release.id.rawValue.uuidString.lowercased())']"))
                _ = try await b.waitForElement(css: "#art49-warning")
                #expect(try await b.text(b.findElement(css: "#art49-warning")).contains("第四十九条第一款"))
                // The chart is an image with a title; the table beside it gives the same figures.
                let chart = try await b.findElement(css: "#ind-rpt-fst svg[role=img]")
                #expect(try await b.attribute(chart, "aria-labelledby") == "ind-rpt-fst-years")
                let cells = try await b.findElements(css: "#ind-rpt-fst table tbody td")
                var texts: [String] = []
                for cell in cells { texts.append(try await b.text(cell)) }
                #expect(texts == ["\(year - 1)", "400 亿元", "\(year)", "410 亿元"])
                #expect(try await b.findElements(css: "#ind-rpt-fst table caption, #ind-rpt-fst [aria-label]").count >= 1)
                try await b.screenshot(to: Self.artifacts.appendingPathComponent("monitoring-dashboard.png"))
            }
        }
    }
}
