import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Testing
import Vapor

/// The site in a real browser (headless Chromium through chromedriver), as a platform administrator
/// uses it. Runs when `KECHUANG_BROWSER_TESTS=1`, with `CHROMEDRIVER` and `CHROME_BINARY` pointing at
/// the programs (scripts/test sets all three in its SQLite pass). Screenshots go to `$KECHUANG_ARTIFACTS`
/// (default ./test-artifacts).
@Suite("In the browser", .serialized)
struct BrowserTests {
    static let environment = ProcessInfo.processInfo.environment

    static var artifacts: URL {
        let path = environment["KECHUANG_ARTIFACTS"].flatMap { $0.isEmpty ? nil : $0 } ?? "./test-artifacts"
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    /// A code whose check character is wrong: the correct one for this body is computed below.
    static let badUSCC = "91110108MA01ABCD2Y"

    @Test(
        "An administrator signs in, switches to English, is told precisely what is wrong with a credit code, and signs out",
        .enabled(if: ProcessInfo.processInfo.environment["KECHUANG_BROWSER_TESTS"] == "1"),
        .timeLimit(.minutes(5)))
    func test_browser_adminSignsInSwitchesLanguageSeesUSCCErrorAndSignsOut() async throws {
        let chromedriver = try #require(Self.environment["CHROMEDRIVER"].flatMap { $0.isEmpty ? nil : $0 },
                                        "CHROMEDRIVER must name the chromedriver program")
        let chrome = try #require(Self.environment["CHROME_BINARY"].flatMap { $0.isEmpty ? nil : $0 },
                                  "CHROME_BINARY must name the Chromium program")
        // The code really is invalid only in its check character (characters and division code are fine).
        let body = String(Self.badUSCC.dropLast())
        let correct = try #require(UnifiedSocialCreditCode.checkCharacter(for: body))
        #expect(correct != Self.badUSCC.last)

        try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)

        try await withTestApp { t in
            let email = "admin-\(UUID().uuidString.prefix(6).lowercased())@example.cn"
            let name = "林知远"
            _ = try await t.people.create(
                PersonInput(name: name, email: email, nationality: "CN"), password: TestApp.password,
                memberships: [Membership(organisationID: nil, role: .platformAdmin)], by: .system)

            try await withBrowser(t.app, chromedriver: chromedriver, chrome: chrome, artifacts: Self.artifacts, failureName: "browser-failure") { browser, base in
                try await journey(browser, base: base, email: email, name: name, t: t)
            }
        }
    }

    private func journey(_ b: WebDriverSession, base: String, email: String, name: String, t: TestApp) async throws {
        // Sign in, in Chinese.
        try await b.navigate(to: base + "/login")
        #expect(try await documentLanguage(b) == "zh-CN")
        #expect(try await b.text(b.findElement(css: "main h1")) == "登录")
        try await b.sendKeys(b.findElement(css: "#field-email"), email)
        try await b.sendKeys(b.findElement(css: "#field-password"), TestApp.password)
        try await b.click(b.findElement(css: "main form button[type=submit]"))
        try await waitForPath(b, "/dashboard")
        #expect(try await heading(b) == "工作台 · \(name)")
        #expect(try await b.text(b.findElement(css: "header .account")).contains(name))
        try await screenshot(b, "browser-dashboard.png")

        // The language link in the header shows the same page in English, and the choice sticks.
        let english = try await b.findElement(css: "header nav a[hreflang=en]")
        #expect(try await b.text(english) == "English")
        try await b.click(english)
        try await b.wait(timeout: 10, "html[lang=en]") { (try? await documentLanguage(b)) == "en" }
        #expect(try await b.findElements(css: "html[lang=en]").count == 1)
        #expect(try await heading(b) == "Dashboard · \(name)")

        // The dashboard's administrator list: Organisations → Register an organisation.
        let organisations = try await b.findElement(css: "main a[href='/admin/organisations']")
        #expect(try await b.text(organisations) == "Organisations")
        try await b.click(organisations)
        try await waitForPath(b, "/admin/organisations")
        #expect(try await heading(b) == "Organisations")
        #expect(try await documentLanguage(b) == "en")
        let register = try await b.findElement(css: "main a.button[href='/admin/organisations/new']")
        #expect(try await b.text(register) == "Register an organisation")
        try await b.click(register)
        try await waitForPath(b, "/admin/organisations/new")
        #expect(try await heading(b) == "Register an organisation")

        // Every field valid except the credit code's check character.
        try await b.sendKeys(b.findElement(css: "#field-name-zh"), "星河量子科技有限公司")
        try await b.sendKeys(b.findElement(css: "#field-name-en"), "Galaxy Quantum Technology Co., Ltd.")
        try await b.click(b.findElement(css: "#field-type option[value=enterprise]"))
        try await b.click(b.findElement(css: "#field-ownership option[value=private]"))
        try await b.sendKeys(b.findElement(css: "#field-district"), "Haidian")
        #expect(try await b.property(b.findElement(css: "#field-type"), "value").stringValue == "enterprise")
        #expect(try await b.property(b.findElement(css: "#field-ownership"), "value").stringValue == "private")
        #expect(try await b.property(b.findElement(css: "#field-district"), "value").stringValue == "haidian")
        try await b.sendKeys(b.findElement(css: "#field-uscc"), Self.badUSCC)
        try await b.click(b.findElement(css: "main form button[type=submit]"))

        // The error summary names the one problem, links to the field, and cites the standard.
        let summary = try await b.waitForElement(css: ".error-summary", timeout: 10)
        #expect(try await b.isDisplayed(summary))
        #expect(try await b.text(b.findElement(css: ".error-summary h2")) == "There is a problem")
        let links = try await b.findElements(css: ".error-summary a")
        #expect(links.count == 1)
        let link = try #require(links.first)
        #expect(try await b.executeScript("return arguments[0].getAttribute('href')", [.element(link)]).stringValue == "#field-uscc")
        let message = try await b.text(link)
        #expect(message.contains("GB 32100-2015"))
        #expect(message.contains("check character"))
        // The field itself is marked, the other answers are kept, and nothing was registered.
        let uscc = try await b.findElement(css: "#field-uscc")
        #expect(try await b.attribute(uscc, "aria-invalid") == "true")
        #expect(try await b.property(uscc, "value").stringValue == Self.badUSCC)
        #expect(try await b.text(b.findElement(css: "#field-uscc-error")).contains("GB 32100-2015"))
        #expect(try await b.findElements(css: ".field-error").count == 1)
        #expect(try await b.property(b.findElement(css: "#field-name-zh"), "value").stringValue == "星河量子科技有限公司")
        #expect(try await b.property(b.findElement(css: "#field-district"), "value").stringValue == "haidian")
        #expect(try await t.organisations.count() == 0)
        try await screenshot(b, "browser-organisation-uscc-error.png")

        // Following the summary's link lands on the field.
        try await b.click(link)
        try await b.wait(timeout: 5, "URL ends with #field-uscc") { (try? await b.currentURL())?.hasSuffix("#field-uscc") == true }
        #expect(try await b.executeScript(
            "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight", [.element(uscc)]
        ).boolValue == true, "the credit code field is scrolled into view")
        try await screenshot(b, "browser-organisation-uscc-field.png")

        // Sign out from the header: back on the home page, signed out.
        let signOut = try await b.findElement(css: "header .account form button[type=submit]")
        #expect(try await b.text(signOut) == "Sign out")
        try await b.click(signOut)
        try await waitForPath(b, "/")
        #expect(try await b.text(b.findElement(css: "main .notice")) == "You have signed out.")
        #expect(try await heading(b) == "Beijing International Science and Technology Innovation Center platform")
        #expect(try await b.text(b.findElement(css: "header .account a[href='/login']")) == "Sign in")
        #expect(try await b.findElements(css: "header .account form").isEmpty)
        #expect(try await b.findElements(css: "header nav a[href='/dashboard']").isEmpty)
        #expect(!(try await b.text(b.findElement(css: "header"))).contains(name))

        // And signed out for real: the dashboard now asks to sign in.
        try await b.navigate(to: base + "/dashboard")
        try await waitForPath(b, "/login")
        #expect(try await heading(b) == "Sign in")
    }

    // MARK: Helpers

    private func documentLanguage(_ b: WebDriverSession) async throws -> String? {
        try await b.executeScript("return document.documentElement.getAttribute('lang')").stringValue
    }

    private func heading(_ b: WebDriverSession) async throws -> String {
        try await b.text(b.findElement(css: "main h1"))
    }

    private func waitForPath(_ b: WebDriverSession, _ path: String) async throws {
        try await b.wait(timeout: 15, "the browser to reach \(path)") {
            guard let current = try? await b.currentURL() else { return false }
            return URLComponents(string: current)?.path == path
        }
    }

    private func screenshot(_ b: WebDriverSession, _ file: String) async throws {
        let png = try await b.screenshotPNG()
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        try png.write(to: Self.artifacts.appendingPathComponent(file))
    }
}
