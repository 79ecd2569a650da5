import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Talent
import Testing
import Vapor
@testable import Web

/// The foreign-talent journey in a real browser (headless Chromium through chromedriver): a foreign
/// researcher calculates the permanent-residence points (Art. 72), files a residence-permit request
/// with its documents, and follows it to completion while the exit-entry desk's officer accepts it,
/// asks for a document and completes it (Art. 47). Runs when `KECHUANG_BROWSER_TESTS=1`, with
/// `CHROMEDRIVER` and `CHROME_BINARY` set, like BrowserTests.
@Suite("Foreign talent in the browser", .serialized)
struct TalentBrowserTests {
    static let environment = ProcessInfo.processInfo.environment

    static var artifacts: URL {
        let path = environment["KECHUANG_ARTIFACTS"].flatMap { $0.isEmpty ? nil : $0 } ?? "./test-artifacts"
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    @Test(
        "A foreign researcher calculates points, files a residence-permit request and follows it to completion",
        .enabled(if: ProcessInfo.processInfo.environment["KECHUANG_BROWSER_TESTS"] == "1"),
        .timeLimit(.minutes(5)))
    func test_browser_Art72_Art47_foreignResearcherCalculatesPointsFilesResidencePermitFollowsItToCompletion() async throws {
        let chromedriver = try #require(Self.environment["CHROMEDRIVER"].flatMap { $0.isEmpty ? nil : $0 }, "CHROMEDRIVER must name the chromedriver program")
        let chrome = try #require(Self.environment["CHROME_BINARY"].flatMap { $0.isEmpty ? nil : $0 }, "CHROME_BINARY must name the Chromium program")
        try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)
        try await withTestApp { t in
            let institute = try await t.organisation("怀柔研究院")
            let researcher = try await t.people.create(PersonInput(name: "Lena Fischer", email: "lena.fischer@example.de", nationality: "DE"),
                                                       password: TestApp.password, memberships: [Membership(organisationID: institute.id, role: .applicant)], by: .system)
            let officer = try await t.person([.departmentStaff])
            try await ServiceRequests(db: t.db, now: t.now).assign(officer, to: "exit_entry", by: .system)
            try await withBrowser(t.app, chromedriver: chromedriver, chrome: chrome, artifacts: Self.artifacts, failureName: "talent-failure") { b, base in
                try await journey(b, base: base, researcher: researcher, officer: officer, db: t)
            }
        }
    }

    private func step(_ b: WebDriverSession, _ step: String, note: String) async throws {
        try await b.click(b.waitForElement(css: "#field-step option[value=\(step)]"))
        if !note.isEmpty { try await b.sendKeys(b.findElement(css: "#field-note"), note) }
        try await b.click(b.findElement(css: "main form[action$='/steps'] button[type=submit]"))
        try await b.wait(timeout: 15, "the step to be recorded") { (try? await b.noticeTexts().contains(TalentMsg.talStepDone(.zh))) ?? false }
    }

    private func journey(_ b: WebDriverSession, base: String, researcher: Person, officer: Person, db t: TestApp) async throws {
        // As a visitor, the researcher calculates the points and reads what would raise them.
        try await b.navigate(to: base + "/talent/points")
        try await b.sendKeys(b.findElement(css: "#field-salary"), "45")
        try await b.sendKeys(b.findElement(css: "#field-years-in-beijing"), "3")
        try await b.click(b.findElement(css: "#field-degree option[value='3']"))
        try await b.sendKeys(b.findElement(css: "#field-chinese"), "4")
        try await b.sendKeys(b.findElement(css: "#field-age"), "36")
        try await b.click(b.findElement(css: "#field-catalogue-match-1"))
        try await b.click(b.findElement(css: "#field-innovation-employer-1"))
        try await b.click(b.findElement(css: "main form[action='/talent/points'] button[type=submit]"))
        _ = try await b.waitForElement(css: "#result")
        let result = try await b.pageSource()
        // 10 (salary) + 15 (years) + 15 (doctorate) + 15 (catalogue) + 10 (employer) + 5 (HSK 4) + 10 (age) = 80.
        #expect(result.contains("总分：80 / 达标分数 70"))
        #expect(result.contains(TalentMsg.talRaiseTitle(.zh)))
        try await b.screenshot(to: Self.artifacts.appendingPathComponent("talent-points.png"))
        // Signed in, the researcher files the residence-permit request with its documents.
        try await b.signIn(base: base, email: researcher.email)
        try await b.navigate(to: base + "/talent/services?kind=residence_permit")
        try await b.sendKeys(b.findElement(css: "#field-details"), "Residence permit for me and my family")
        for doc in ["passport", "photo", "health", "work-permit", "accommodation"] {
            try await b.click(b.findElement(css: "#field-doc-\(doc)-yes"))
        }
        try await b.click(b.findElement(css: "main form[action='/talent/services'] button[type=submit]"))
        try await b.wait(timeout: 15, "the request page") { (try? await b.noticeTexts().contains(TalentMsg.talSubmitted(.zh))) ?? false }
        let requestPath = URLComponents(string: try await b.currentURL())?.path ?? ""
        #expect(requestPath.hasPrefix("/talent/services/"))
        try await b.signOut()
        // The exit-entry desk's officer accepts it and asks for a document.
        try await b.signIn(base: base, email: officer.email)
        try await b.navigate(to: base + "/talent/desk")
        try await b.click(b.waitForElement(css: "main table a[href='\(requestPath)']"))
        try await b.waitForPath(requestPath)
        try await step(b, "accept", note: "")
        try await step(b, "request_info", note: "请补充住宿登记回执")
        try await b.signOut()
        // The researcher provides it.
        try await b.signIn(base: base, email: researcher.email)
        try await b.navigate(to: base + requestPath)
        #expect(try await b.pageSource().contains("请补充住宿登记回执"))
        try await step(b, "provide_info", note: "Registration receipt uploaded at the police station")
        try await b.signOut()
        // The officer completes it.
        try await b.signIn(base: base, email: officer.email)
        try await b.navigate(to: base + requestPath)
        try await step(b, "complete", note: "居留许可已签发")
        try await b.signOut()
        // The researcher's timeline shows every step, ending in completion.
        try await b.signIn(base: base, email: researcher.email)
        try await b.navigate(to: base + "/talent/services?lang=en")
        let timeline = try await b.pageSource()
        #expect(timeline.contains("Completed") && timeline.contains("Information provided") && timeline.contains("More information asked for"))
        try await b.screenshot(to: Self.artifacts.appendingPathComponent("talent-timeline.png"))
    }
}
