import Foundation
import Identity
import KechuangApp
import KechuangTestSupport
import KechuangWebTestSupport
import Testing
import Vapor

/// Each demo role's main pages (home, dashboard and every page of its navigation) in headless
/// Chromium at 390 px (emulated: Chromium windows are at least 500 px wide), in Chinese and English: no page may be wider than the window (WCAG 1.4.10
/// reflow). Screenshots of each role's dashboard (the visitor's home) in both languages, and of the
/// widest pages, go to `$KECHUANG_ARTIFACTS` (default ./test-artifacts) as `reflow-*.png`, so a
/// reviewer of a change can look at them. Runs when `KECHUANG_BROWSER_TESTS=1` (see BrowserTests).
@Suite("Reflow at 390 px", .serialized)
struct ReflowBrowserTests {
    static let environment = ProcessInfo.processInfo.environment
    static let enabled = environment["KECHUANG_BROWSER_TESTS"] == "1"

    struct Viewer {
        let name: String
        let email: String?
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["KECHUANG_BROWSER_TESTS"] == "1"), .timeLimit(.minutes(10)))
    func test_WCAG_1_4_10_noPageWiderThan390px_andTheEnglishHeaderFitsTwoRowsAt1366px() async throws {
        let chromedriver = try #require(Self.environment["CHROMEDRIVER"].flatMap { $0.isEmpty ? nil : $0 }, "CHROMEDRIVER must name the chromedriver program")
        let chrome = try #require(Self.environment["CHROME_BINARY"].flatMap { $0.isEmpty ? nil : $0 }, "CHROME_BINARY must name the Chromium program")
        let artifacts = BrowserTests.artifacts
        try FileManager.default.createDirectory(at: artifacts, withIntermediateDirectories: true)

        try await withTestApp { t in
            let logins = try await DemoData.load(into: t.app)
            let viewers = [Viewer(name: "visitor", email: nil)] + logins.map { Viewer(name: $0.role.rawValue, email: $0.email) }
            let server = try await LiveServer.start(t.app)
            let driver = try await ChromeDriverProcess.start(chromedriverPath: chromedriver, port: try ChromeDriverProcess.freeLoopbackPort())
            var browser: WebDriverSession?
            do {
                let b = try await WebDriverSession.create(driverURL: driver.url, chromeBinary: chrome, windowSize: (1366, 900), acceptLanguage: "zh-CN,zh")
                browser = b
                try await b.emulateViewport(width: 390)
                let inner = try await b.executeScript("return window.innerWidth").numberValue ?? 0
                #expect(inner <= 400, "the window is narrow (innerWidth \(inner))")
                var tooWide: [String] = []
                var headerRows: [String] = []
                for viewer in viewers {
                    try await b.deleteAllCookies()
                    if let email = viewer.email { try await signIn(b, base: server.baseURL, email: email) }
                    for language in ["zh", "en"] {
                        try await b.navigate(to: server.baseURL + (viewer.email == nil ? "/" : "/dashboard") + "?lang=\(language)")
                        try await b.screenshot(to: artifacts.appendingPathComponent("reflow-390-\(viewer.name)-\(language).png"))
                        for path in try await navigationPaths(b) {
                            try await b.navigate(to: server.baseURL + path)
                            if viewer.email == nil, path == "/integrity" {
                                // The page that overflowed to 809 px (#13): its table now scrolls in its own box.
                                try await b.screenshot(to: artifacts.appendingPathComponent("reflow-390-visitor-integrity-\(language).png"))
                            }
                            let widths = try await b.executeScript("return [document.documentElement.scrollWidth, window.innerWidth]").arrayValue ?? []
                            let scroll = widths.first?.numberValue ?? 0, inner = widths.last?.numberValue ?? 0
                            if scroll > inner {
                                tooWide.append("\(viewer.name)/\(language) \(path): \(Int(scroll)) px wide in a \(Int(inner)) px window")
                                try await b.screenshot(to: artifacts.appendingPathComponent(
                                    "reflow-390-too-wide-\(path.split(separator: "/").joined(separator: "-"))-\(language).png"))
                            }
                        }
                    }
                    // The signed-in header in English at 1366 px: one or two rows.
                    if viewer.email != nil {
                        try await b.emulateViewport(width: nil)
                        try await b.navigate(to: server.baseURL + "/dashboard?lang=en")
                        let rows = try await headerRowCount(b)
                        if rows > 2 { headerRows.append("\(viewer.name): \(rows) rows") }
                        if viewer.name == Role.platformAdmin.rawValue {
                            try await b.screenshot(to: artifacts.appendingPathComponent("reflow-1366-header-\(viewer.name)-en.png"))
                        }
                        try await b.emulateViewport(width: 390)
                    }
                }
                #expect(tooWide.isEmpty, Comment(rawValue: "pages wider than 390 px:\n" + tooWide.joined(separator: "\n")))
                #expect(headerRows.isEmpty, Comment(rawValue: "English header at 1366 px:\n" + headerRows.joined(separator: "\n")))
                try await b.delete()
                browser = nil
            } catch {
                if let browser {
                    if let png = try? await browser.screenshotPNG() {
                        try? png.write(to: artifacts.appendingPathComponent("reflow-failure.png"))
                    }
                    try? await browser.delete()
                }
                driver.terminate()
                await server.shutdown()
                throw error
            }
            driver.terminate()
            await server.shutdown()
        }
    }

    private func signIn(_ b: WebDriverSession, base: String, email: String) async throws {
        try await b.navigate(to: base + "/login")
        try await b.sendKeys(b.findElement(css: "#field-email"), email)
        try await b.sendKeys(b.findElement(css: "#field-password"), DemoData.password)
        try await b.click(b.findElement(css: "main form button[type=submit]"))
        try await b.wait(timeout: 15, "the dashboard") {
            guard let current = try? await b.currentURL() else { return false }
            return URLComponents(string: current)?.path == "/dashboard"
        }
    }

    /// The local links of the header navigation (the role's main pages), without the language switch.
    private func navigationPaths(_ b: WebDriverSession) async throws -> [String] {
        let value = try await b.executeScript(
            "return Array.from(document.querySelectorAll('header nav a:not([hreflang])')).map(a => a.getAttribute('href'))")
        return (value.arrayValue ?? []).compactMap(\.stringValue).filter { $0.hasPrefix("/") }
    }

    /// Rows the header's items (brand, navigation links, language switch, account) sit on.
    private func headerRowCount(_ b: WebDriverSession) async throws -> Int {
        // Items that overlap vertically share a row.
        let value = try await b.executeScript("""
            const items = [document.querySelector('header .brand'), ...document.querySelectorAll('header nav li'), document.querySelector('header .account')]
              .filter(Boolean).map(e => e.getBoundingClientRect()).sort((a, b) => a.top - b.top);
            let rows = 0, bottom = -1;
            for (const r of items) { if (r.top >= bottom - 4) { rows += 1; bottom = r.bottom; } else { bottom = Math.max(bottom, r.bottom); } }
            return rows;
            """)
        return Int(value.numberValue ?? 99)
    }
}
