import Foundation
import Identity
import Instruments
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Testing
import Vapor
@testable import Web

/// Instrument sharing in a real browser (headless Chromium through chromedriver): a visitor finds
/// an instrument by searching, signs in, books a free slot; the manager approves it and records
/// the usage; the user's monthly bill shows the charge at the external rate (Art. 55).
/// Runs when `KECHUANG_BROWSER_TESTS=1`, with `CHROMEDRIVER` and `CHROME_BINARY` set, like BrowserTests.
@Suite("Instrument sharing in the browser", .serialized)
struct InstrumentBrowserTests {
    static let environment = ProcessInfo.processInfo.environment

    static var artifacts: URL {
        let path = environment["KECHUANG_ARTIFACTS"].flatMap { $0.isEmpty ? nil : $0 } ?? "./test-artifacts"
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    @Test(
        "A visitor finds an instrument, signs in, books; the manager approves and records usage; the bill appears",
        .enabled(if: ProcessInfo.processInfo.environment["KECHUANG_BROWSER_TESTS"] == "1"),
        .timeLimit(.minutes(5)))
    func test_browser_Art55_visitorFindsBooksManagerApprovesRecordsUsageBillAppears() async throws {
        let chromedriver = try #require(Self.environment["CHROMEDRIVER"].flatMap { $0.isEmpty ? nil : $0 }, "CHROMEDRIVER must name the chromedriver program")
        let chrome = try #require(Self.environment["CHROME_BINARY"].flatMap { $0.isEmpty ? nil : $0 }, "CHROME_BINARY must name the Chromium program")
        try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)
        try await withTestApp { t in
            let w = try await InstrumentWebTests.world(t, approval: true)
            try await withBrowser(t.app, chromedriver: chromedriver, chrome: chrome, artifacts: Self.artifacts, failureName: "instrument-failure") { b, base in
                try await journey(b, base: base, w, clock: t.clock)
            }
        }
    }

    private func journey(_ b: WebDriverSession, base: String, _ w: InstrumentWebTests.World, clock: TestClock) async throws {
        let id = w.instrument.id.uuidString.lowercased()
        // A visitor searches in Chinese and opens the instrument.
        try await b.navigate(to: base + "/instruments")
        try await b.sendKeys(b.findElement(css: "#field-q"), "核磁")
        try await b.click(b.findElement(css: "main form[role=search] button[type=submit]"))
        try await b.click(b.waitForElement(css: "main table a[href='/instruments/\(id)']"))
        try await b.waitForPath("/instruments/\(id)")
        #expect(try await b.pageSource().contains("¥450.00/小时"))
        // Signs in from the instrument page and comes back to it.
        try await b.click(b.findElement(css: "main a.button[href*='/login']"))
        try await b.sendKeys(b.findElement(css: "#field-email"), w.user.email)
        try await b.sendKeys(b.findElement(css: "#field-password"), TestApp.password)
        try await b.click(b.findElement(css: "main form button[type=submit]"))
        try await b.waitForPath("/instruments/\(id)")
        let start = w.at(day: 1, 9), end = w.at(day: 1, 11)
        try await b.sendKeys(b.findElement(css: "#field-starts-at"), BeijingTime.format(start))
        try await b.sendKeys(b.findElement(css: "#field-ends-at"), BeijingTime.format(end))
        try await b.sendKeys(b.findElement(css: "#field-purpose"), "蛋白结构测试")
        try await b.click(b.findElement(css: "form[action='/instruments/\(id)/book'] button[type=submit]"))
        try await b.waitForPath("/instruments/bookings")
        #expect(try await b.noticeTexts().contains(InstrumentsMsg.insRequested(.zh)))
        try await b.screenshot(to: Self.artifacts.appendingPathComponent("instrument-booked.png"))
        try await b.signOut()
        // The manager approves and records the usage.
        try await b.signIn(base: base, email: w.manager.email)
        try await b.navigate(to: base + "/instruments/manage")
        try await b.click(b.findElement(css: "main button[name=decision][value=approve]"))
        try await b.waitForPath("/instruments/manage")
        // Usage is recorded once the slot has begun: the platform's clock moves past tomorrow 11:00
        // (after signing out, since the session would have expired by then).
        try await b.signOut()
        clock.advance(by: 2 * 86_400)
        try await b.signIn(base: base, email: w.manager.email)
        try await b.navigate(to: base + "/instruments/manage")
        try await b.click(b.waitForElement(css: "main form[action$='/usage'] button[type=submit]"))
        try await b.waitForPath("/instruments/manage")
        #expect(try await b.noticeTexts().contains(InstrumentsMsg.insUsageRecorded(.zh)))
        try await b.signOut()
        // The bill appears for the external user.
        try await b.signIn(base: base, email: w.user.email)
        try await b.navigate(to: base + "/instruments/bills?month=\(BeijingDay(containing: start).description.prefix(7))")
        #expect(try await b.pageSource().contains("¥900.00"))
        try await b.screenshot(to: Self.artifacts.appendingPathComponent("instrument-bill.png"))
    }
}
