import Foundation
import Identity
import KechuangApp
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Projects
import Testing
import Vapor
@testable import Web

/// An application's whole journey in a real browser (headless Chromium through chromedriver): the PI
/// applies from the public call page and fills every page (meeting one validation error on the way),
/// submits; the research office of the PI's organisation approves; the programme officer sees it.
/// Runs when `KECHUANG_BROWSER_TESTS=1`, with `CHROMEDRIVER` and `CHROME_BINARY` set, like BrowserTests.
/// Screenshots go to `$KECHUANG_ARTIFACTS` (default ./test-artifacts) as application-*.png.
@Suite("An application in the browser", .serialized)
struct ApplicationBrowserTests {
    static let environment = ProcessInfo.processInfo.environment

    static var artifacts: URL {
        let path = environment["KECHUANG_ARTIFACTS"].flatMap { $0.isEmpty ? nil : $0 } ?? "./test-artifacts"
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    struct Cast {
        let pi: Person
        let office: Person
        let officer: Person
        let university: Organisation
        let call: Call
    }

    static func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }
    static func id<Tag>(_ id: Identifier<Tag>) -> String { Self.id(id.rawValue) }

    @Test(
        "A PI applies and submits, the research office approves, the programme officer sees the application",
        .enabled(if: ProcessInfo.processInfo.environment["KECHUANG_BROWSER_TESTS"] == "1"),
        .timeLimit(.minutes(5)))
    func test_browser_PIAppliesResearchOfficeApprovesOfficerSeesIt() async throws {
        let chromedriver = try #require(Self.environment["CHROMEDRIVER"].flatMap { $0.isEmpty ? nil : $0 },
                                        "CHROMEDRIVER must name the chromedriver program")
        let chrome = try #require(Self.environment["CHROME_BINARY"].flatMap { $0.isEmpty ? nil : $0 },
                                  "CHROME_BINARY must name the Chromium program")
        try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)

        try await withTestApp { t in
            try await DemoData.loadCalls(into: t.app)
            let call = try #require(try await KechuangApp.calls(t.app).list().first { $0.titleZh.contains("青年科学基金") })
            let university = try await t.organisation()
            let suffix = UUID().uuidString.prefix(6).lowercased()
            let pi = try await t.people.create(
                PersonInput(name: "李青年", email: "pi-\(suffix)@example.cn", nationality: "CN", birthYear: "1995"),
                password: TestApp.password, memberships: [Membership(organisationID: university.id.rawValue, role: .applicant)], by: .system)
            let office = try await t.person([.researchOffice], email: "office-\(suffix)@example.cn", organisation: university.id)
            let officer = try await t.person([.programmeOfficer], email: "officer-\(suffix)@example.cn",
                                             organisation: try await t.organisation("科委").id)
            let people = Cast(pi: pi, office: office, officer: officer, university: university, call: call)

            try await withBrowser(t.app, chromedriver: chromedriver, chrome: chrome, artifacts: Self.artifacts, failureName: "application-failure") { browser, base in
                try await journey(browser, base: base, people, t: t)
            }
        }
    }

    private func journey(_ b: WebDriverSession, base: String, _ p: Cast, t: TestApp) async throws {
        let title = "面向新型储能的固态电解质研究"
        let applications = Applications(db: t.db, now: t.app.webServices.now)

        // The PI signs in and opens the young-scientist call from the list of calls.
        try await b.signIn(base: base, email: p.pi.email)
        try await b.navigate(to: base + "/calls")
        try await b.waitForPath("/calls")
        let callLink = try await b.findElement(css: "main a[href='/calls/\(Self.id(p.call.id))']")
        #expect(try await b.text(callLink).contains("青年科学基金"))
        try await b.click(callLink)
        try await b.waitForPath("/calls/\(Self.id(p.call.id))")
        #expect(try await b.heading().contains("青年科学基金"))

        // Apply: a draft is started and the first page is shown.
        let apply = try await b.findElement(css: "main form[action='/calls/\(Self.id(p.call.id))/apply'] button[type=submit]")
        #expect(try await b.text(apply) == ProjectsMsg.appApply(.zh))
        try await b.click(apply)
        try await b.wait(timeout: 15, "the basic page") {
            (try? await b.currentURL()).flatMap { URLComponents(string: $0)?.path }?.hasSuffix("/basic") == true
        }
        let path = try #require(URLComponents(string: try await b.currentURL())?.path)
        let match = try #require(path.firstMatch(of: /^\/applications\/([0-9a-f-]{36})\/basic$/))
        let appID = try #require(UUID(uuidString: String(match.1)))
        let pagePath = { (page: String) in "/applications/\(Self.id(appID))/\(page)" }
        #expect(try await b.heading() == ProjectsMsg.appStepBasic(.zh))
        #expect(try await b.noticeTexts().contains(ProjectsMsg.appStarted(.zh)))
        #expect(try await b.text(b.findElement(css: "nav.steps a[aria-current=step]")).contains(ProjectsMsg.appStepBasic(.zh)))

        // Basic.
        try await b.sendKeys(b.findElement(css: "#field-title-zh"), title)
        try await b.sendKeys(b.findElement(css: "#field-title-en"), "Solid electrolytes for new energy storage")
        try await b.sendKeys(b.findElement(css: "#field-keywords"), "储能, 电解质")
        try await b.sendKeys(b.findElement(css: "#field-pi-phd-year"), "2022")
        try await saveAndContinue(b)
        try await b.waitForPath(pagePath("team"))
        #expect(try await b.heading() == ProjectsMsg.appStepTeam(.zh))

        // Team: no members.
        #expect(try await b.property(b.findElement(css: "#field-member-1-name"), "value").stringValue == "")
        try await saveAndContinue(b)
        try await b.waitForPath(pagePath("content"))
        #expect(try await b.heading() == ProjectsMsg.appStepContent(.zh))

        // Content.
        try await b.sendKeys(b.findElement(css: "#field-summary"), "研究固态电解质的界面稳定性。")
        try await b.sendKeys(b.findElement(css: "#field-plan"), "第一年材料合成，第二年表征。")
        try await saveAndContinue(b)
        try await b.waitForPath(pagePath("budget"))
        #expect(try await b.heading() == ProjectsMsg.appStepBudget(.zh))

        // Budget: first an amount that is not a number.
        try await b.sendKeys(b.findElement(css: "#field-budget-lump-sum"), "abc")
        try await saveAndContinue(b)
        let summary = try await b.waitForElement(css: ".error-summary", timeout: 10)
        #expect(try await b.isDisplayed(summary))
        #expect(try await b.text(b.findElement(css: ".error-summary h2")) == Msg.errorSummaryTitle(.zh))
        let links = try await b.findElements(css: ".error-summary a")
        #expect(links.count == 1)
        let link = try #require(links.first)
        #expect(try await b.executeScript("return arguments[0].getAttribute('href')", [.element(link)]).stringValue == "#field-budget-lump-sum")
        #expect(try await b.text(link).contains(ProjectsMsg.appAmountInvalid(.zh)))
        let amount = try await b.findElement(css: "#field-budget-lump-sum")
        #expect(try await b.attribute(amount, "aria-invalid") == "true")
        #expect(try await b.property(amount, "value").stringValue == "abc", "what was typed is shown again")
        #expect(try await applications.find(GrantApplication.ID(appID)).budgetTotal == 0, "nothing was saved")
        try await screenshot(b, "application-budget-error.png")

        // The summary's link lands on the field; then the amount is fixed.
        try await b.click(link)
        try await b.wait(timeout: 5, "URL ends with #field-budget-lump-sum") {
            (try? await b.currentURL())?.hasSuffix("#field-budget-lump-sum") == true
        }
        let field = try await b.findElement(css: "#field-budget-lump-sum")
        try await b.clear(field)
        try await b.sendKeys(field, "200000")
        try await saveAndContinue(b)
        try await b.waitForPath(pagePath("check"))

        // Check: no problems, the total shown, Submit offered.
        #expect(try await b.heading() == ProjectsMsg.appStepCheck(.zh))
        #expect(try await b.noticeTexts().contains(ProjectsMsg.appCheckNone(.zh)))
        #expect(try await b.findElements(css: "main .problems").isEmpty)
        // The check-your-answers summary shows the total and the title.
        #expect(try await b.text(b.findElement(css: "main table.summary-list")).contains("200,000"))
        #expect(try await b.text(b.findElement(css: "main table.summary-list")).contains(title))
        try await screenshot(b, "application-check.png")
        let submit = try await b.findElement(css: "main form[action='\(pagePath("submit"))'] button[type=submit]")
        #expect(try await b.text(submit) == ProjectsMsg.appSubmit(.zh))
        try await b.click(submit)
        try await b.waitForPath("/applications")
        #expect(try await b.noticeTexts().contains(ProjectsMsg.appSubmitted(.zh)))
        #expect(try await b.text(b.findElement(css: "main table")).contains(title))
        let stored = try await applications.find(GrantApplication.ID(appID))
        #expect(stored.state == .submitted)
        #expect(stored.titleEn == "Solid electrolytes for new energy storage" && stored.piPhDYear == 2022)
        #expect(stored.team.isEmpty && stored.budgetTotal == 200_000)
        try await b.signOut()

        // The research office approves it.
        try await b.signIn(base: base, email: p.office.email)
        try await b.navigate(to: base + "/institution/applications")
        try await b.waitForPath("/institution/applications")
        let card = try await b.findElement(css: "main section.application")
        #expect(try await b.text(card).contains(title))
        #expect(try await b.text(card).contains("李青年"))
        let decision = "main form[action='/institution/applications/\(Self.id(appID))/decision']"
        let approve = try await b.findElement(css: "\(decision):has(input[name=decision][value=approve]) button[type=submit]")
        #expect(try await b.text(approve) == ProjectsMsg.officeApprove(.zh))
        try await b.click(approve)
        try await b.wait(timeout: 15, "the decision to be recorded") {
            (try? await b.noticeTexts())?.contains(ProjectsMsg.officeDecided(.zh)) == true
        }
        #expect(try await b.findElements(css: "main section.application").isEmpty, "nothing left to decide")
        #expect(try await applications.find(GrantApplication.ID(appID)).state == .withOfficer)
        try await b.signOut()

        // The programme officer sees it among the call's applications.
        try await b.signIn(base: base, email: p.officer.email)
        try await b.navigate(to: base + "/admin/calls/\(Self.id(p.call.id))/applications")
        try await b.waitForPath("/admin/calls/\(Self.id(p.call.id))/applications")
        let rows = try await b.findElements(css: "main table tbody tr")
        #expect(rows.count == 1)
        let row = try await b.text(try #require(rows.first))
        #expect(row.contains(title))
        #expect(row.contains("李青年"))
        #expect(row.contains("200,000"))
        #expect(row.contains(ApplicationState.withOfficer.label.zh))
        try await screenshot(b, "application-officer-list.png")
        try await b.signOut()
    }

    // MARK: Helpers

    /// Clicks the page form's "save and continue".
    private func saveAndContinue(_ b: WebDriverSession) async throws {
        let button = try await b.findElement(css: "main form button[type=submit]")
        #expect(try await b.text(button) == ProjectsMsg.appSaveContinue(.zh))
        try await b.click(button)
    }

    private func screenshot(_ b: WebDriverSession, _ file: String) async throws {
        try await b.screenshot(to: Self.artifacts.appendingPathComponent(file))
    }
}
