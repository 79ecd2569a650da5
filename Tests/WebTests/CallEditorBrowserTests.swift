import Foundation
import Identity
import KechuangApp
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Projects
import Testing
@testable import Web

/// The guided eligibility-rule editor in Chromium, without any script of the page's own: the
/// officer adds two rules with "Add a rule", fills their fields, sees their sentences and saves.
@Suite("Call editor in the browser", .serialized)
struct CallEditorBrowserTests {
    static let environment = ProcessInfo.processInfo.environment

    static var artifacts: URL {
        let path = environment["KECHUANG_ARTIFACTS"].flatMap { $0.isEmpty ? nil : $0 } ?? "./test-artifacts"
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    @Test(
        "An officer adds an age limit and an organisation-type rule with the guided editor and sees the sentences they produce",
        .enabled(if: ProcessInfo.processInfo.environment["KECHUANG_BROWSER_TESTS"] == "1"),
        .timeLimit(.minutes(5)))
    func test_browser_Art45_officerAddsTwoRulesWithTheGuidedEditorAndSeesTheirSentences() async throws {
        let chromedriver = try #require(Self.environment["CHROMEDRIVER"].flatMap { $0.isEmpty ? nil : $0 }, "CHROMEDRIVER must name the chromedriver program")
        let chrome = try #require(Self.environment["CHROME_BINARY"].flatMap { $0.isEmpty ? nil : $0 }, "CHROME_BINARY must name the Chromium program")
        try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)
        try await withTestApp { t in
            let officer = try await t.person([.programmeOfficer], organisation: try await t.organisation().id)
            let calls = KechuangApp.calls(t.app)
            let programme = try await calls.createProgramme(code: "GUIDE", nameZh: "规则专项", nameEn: "Rules programme", kind: .other, by: .system)
            let call = try await calls.create(CallInput(programmeID: programme.id.uuidString, titleZh: "规则编辑指南", titleEn: "Rule editor call",
                                                        guidelineZh: "支持基础研究。", guidelineEn: "Basic research.", opensAt: "2026-01-01 09:00",
                                                        closesAt: "2026-02-01 09:00", totalBudget: "100", typicalAward: "10", budgetMode: "itemized",
                                                        selectionMode: "open_competition", eligibilityRules: ""), by: .system)
            let path = "/admin/calls/\(call.id.uuidString.lowercased())"
            try await withBrowser(t.app, chromedriver: chromedriver, chrome: chrome, artifacts: Self.artifacts, failureName: "call-editor-failure") { b, base in
                try await b.signIn(base: base, email: officer.email)
                try await b.navigate(to: base + path + "?lang=en")

                // First rule: an age limit, with the number changed from the suggested 35.
                try await b.click(b.findElement(css: "#field-rule-new-kind option[value='piAgeAtMost']"))
                try await b.click(b.findElement(css: "button[name='rules_action'][value='add']"))
                let number = try await b.waitForElement(css: "#field-rule-0-number")
                #expect(try await b.pageSource().contains("The principal investigator is at most 35 years old (Art. 45)."))
                try await b.clear(number)
                try await b.sendKeys(number, "40")

                // Second rule: the applicant's organisation types, two boxes ticked.
                try await b.click(b.findElement(css: "#field-rule-new-kind option[value='organisationTypeIn']"))
                try await b.click(b.findElement(css: "button[name='rules_action'][value='add']"))
                try await b.click(b.waitForElement(css: "#field-rule-1-types"))
                try await b.click(b.findElement(css: "#field-rule-1-types-research-institute"))
                #expect(try await b.property(b.findElement(css: "#field-rule-0-number"), "value") == .string("40"), "the first rule's value survives adding")

                try await b.click(b.findElement(css: "main form button.button:not(.button-secondary):not(.visually-hidden)"))
                _ = try await b.waitForElement(css: "main .notice")
                #expect(URLComponents(string: try await b.currentURL())?.path == path)
                let page = try await b.pageSource()
                #expect(page.contains("The principal investigator is at most 40 years old (Art. 45)."))
                #expect(page.contains("The applicant organisation is of one of the types university, research institute (a condition of this call)."))
                #expect(page.contains("项目负责人年龄不超过40周岁（第四十五条）。"))
                try await b.screenshot(to: Self.artifacts.appendingPathComponent("call-editor-rules-en.png"))
            }
            let stored = try await calls.find(call.id)
            #expect(stored.eligibilityRules.map(\.condition) == [.piAgeAtMost(40), .organisationTypeIn(["university", "research_institute"])])
        }
    }
}
