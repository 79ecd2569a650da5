import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Portal
import Testing
import Vapor
@testable import Web

/// The #16 journey in a real browser (headless Chromium through chromedriver): from the home page
/// to a funded project, to the data catalogue and an on-request data set; the visitor signs in and
/// asks for access; the publisher's research office approves; the download works and is logged
/// under the grant (Art. 56, 57, 68). Runs when `KECHUANG_BROWSER_TESTS=1`, like BrowserTests.
@Suite("Data catalogue in the browser", .serialized)
struct CatalogueBrowserTests {
    static let environment = ProcessInfo.processInfo.environment

    static var artifacts: URL {
        let path = environment["KECHUANG_ARTIFACTS"].flatMap { $0.isEmpty ? nil : $0 } ?? "./test-artifacts"
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    @Test(
        "Home → a project → a data set → access request → the publisher's approval → the download",
        .enabled(if: ProcessInfo.processInfo.environment["KECHUANG_BROWSER_TESTS"] == "1"),
        .timeLimit(.minutes(5)))
    func test_browser_Art68_homeProjectDatasetRequestApprovalDownload() async throws {
        let chromedriver = try #require(Self.environment["CHROMEDRIVER"].flatMap { $0.isEmpty ? nil : $0 }, "CHROMEDRIVER must name the chromedriver program")
        let chrome = try #require(Self.environment["CHROME_BINARY"].flatMap { $0.isEmpty ? nil : $0 }, "CHROME_BINARY must name the Chromium program")
        try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)
        try await withTestApp { t in
            let funded = try await PortalWebTests.world(t)
            let w = try await CatalogueWebTests.world(t)
            try await withBrowser(t.app, chromedriver: chromedriver, chrome: chrome, artifacts: Self.artifacts, failureName: "catalogue-failure") { b, base in
                try await journey(b, base: base, project: funded.project.number, w)
            }
            let request = try #require(try await DataAccessRequests(db: t.db, now: t.now).mine(w.requester.id).first)
            #expect(try await DataAccessRequests(db: t.db, now: t.now).downloads(under: request.id).map(\.format) == [.json])
        }
    }

    private func journey(_ b: WebDriverSession, base: String, project: String, _ w: CatalogueWebTests.World) async throws {
        let slug = w.dataset.slug
        // Home → the newest funded project.
        try await b.navigate(to: base + "/")
        try await b.click(b.findElement(css: "section[aria-labelledby='new-projects'] li a"))
        try await b.waitForPath("/funded/\(project)")
        // Home → all data sets → the on-request data set.
        try await b.navigate(to: base + "/")
        try await b.click(b.findElement(css: "section[aria-labelledby='datasets'] a[href='/data']"))
        try await b.waitForPath("/data")
        try await b.click(b.findElement(css: "main table a[href='/data/\(slug)']"))
        try await b.waitForPath("/data/\(slug)")
        #expect(try await b.pageSource().contains("结构生物学实验室"))
        // Signs in from the data set's page and comes back to it; asks for access.
        try await b.click(b.findElement(css: "main a.button[href*='/login']"))
        try await b.sendKeys(b.findElement(css: "#field-email"), w.requester.email)
        try await b.sendKeys(b.findElement(css: "#field-password"), TestApp.password)
        try await b.click(b.findElement(css: "main form button[type=submit]"))
        try await b.waitForPath("/data/\(slug)")
        try await b.sendKeys(b.findElement(css: "#field-purpose"), "研究大型仪器共享的使用效率")
        try await b.click(b.findElement(css: "form[action='/data/\(slug)/access-requests'] button[type=submit]"))
        try await b.waitForPath("/data/\(slug)")
        #expect(try await b.noticeTexts().contains(CatalogueMsg.datRequested(.zh)))
        try await b.screenshot(to: Self.artifacts.appendingPathComponent("catalogue-requested.png"))
        try await b.signOut()
        // The publisher's research office approves for 30 days.
        try await b.signIn(base: base, email: w.publisher.email)
        try await b.navigate(to: base + "/data-access")
        try await b.click(b.findElement(css: "main table a[href^='/data-access/']"))
        try await b.click(b.waitForElement(css: "#field-decision-approve"))
        try await b.sendKeys(b.findElement(css: "#field-days"), "30")
        try await b.click(b.findElement(css: "main form button[type=submit]"))
        try await b.wait(timeout: 15, "the decision to be recorded") { (try? await b.noticeTexts().contains(CatalogueMsg.datDecided(.zh))) == true }
        try await b.signOut()
        // The requester downloads the JSON distribution.
        try await b.signIn(base: base, email: w.requester.email)
        try await b.navigate(to: base + "/data/\(slug)")
        try await b.click(b.findElement(css: "main a[href='/data/\(slug)/versions/1/\(slug)-v1.json']"))
        try await b.wait(timeout: 15, "the JSON file to show") {
            let source = (try? await b.pageSource()) ?? ""
            let url = (try? await b.currentURL()) ?? ""
            return source.contains("结构生物学实验室") && url.hasSuffix(".json")
        }
    }
}
