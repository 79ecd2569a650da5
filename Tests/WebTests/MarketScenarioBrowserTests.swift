import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Market
import Review
import Testing
import Vapor
@testable import Web

/// Scenario demand lists in a real browser (headless Chromium through chromedriver), Art. 35: a
/// department publishes a list with a scenario, an enterprise submits a solution, the department
/// has experts assigned (the expert of the submitting enterprise is excluded for the conflict),
/// and selects the solution with its reason. Runs when `KECHUANG_BROWSER_TESTS=1`, like BrowserTests.
@Suite("Scenario demand lists in the browser", .serialized)
struct MarketScenarioBrowserTests {
    static let environment = ProcessInfo.processInfo.environment

    static var artifacts: URL {
        let path = environment["KECHUANG_ARTIFACTS"].flatMap { $0.isEmpty ? nil : $0 } ?? "./test-artifacts"
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    @Test(
        "A department publishes a scenario list, an enterprise submits a solution, experts are assigned without conflicts, the solution is selected",
        .enabled(if: ProcessInfo.processInfo.environment["KECHUANG_BROWSER_TESTS"] == "1"),
        .timeLimit(.minutes(5)))
    func test_browser_Art35_listPublishedSolutionSubmittedPanelWithoutConflictsSelected() async throws {
        let chromedriver = try #require(Self.environment["CHROMEDRIVER"].flatMap { $0.isEmpty ? nil : $0 }, "CHROMEDRIVER must name the chromedriver program")
        let chrome = try #require(Self.environment["CHROME_BINARY"].flatMap { $0.isEmpty ? nil : $0 }, "CHROME_BINARY must name the Chromium program")
        try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)
        try await withTestApp { t in
            let department = try await t.organisation("经开区管委会", type: .governmentDepartment)
            let staff = try await t.person([.departmentStaff], organisation: department.id)
            let enterprise = try await t.organisation("车路科技公司", type: .enterprise)
            let submitter = try await t.person([.applicant], organisation: enterprise.id)
            let pool = ExpertPool(db: t.db, now: t.now)
            var experts: [Person] = []
            for i in 0..<3 {
                let org = i == 0 ? enterprise : try await t.organisation("交通研究院\(i)", type: .researchInstitute)
                let expert = try await t.person([.reviewer], organisation: org.id)
                var profile = try await pool.profile(of: expert)
                profile.disciplines = ["F06"]
                profile.keywords = "车路协同；交通信号"
                profile.expertise = "智能交通研究。"
                _ = try await pool.save(profile, expectedVersion: profile.version, by: expert)
                experts.append(expert)
            }
            let closes = BeijingDay(containing: t.clock.now.addingTimeInterval(30 * 86_400)).description

            try await withBrowser(t.app, chromedriver: chromedriver, chrome: chrome, artifacts: Self.artifacts, failureName: "market-scenario-failure") { b, base in
                // The department drafts a list, adds a scenario and publishes it.
                try await b.signIn(base: base, email: staff.email)
                try await b.navigate(to: base + "/admin/scenarios")
                try await b.click(b.findElement(css: "#field-department-id option[value='\(department.id.uuidString.lowercased())']"))
                try await b.sendKeys(b.findElement(css: "#field-title-zh"), "2027 年第一批应用场景")
                try await b.sendKeys(b.findElement(css: "#field-closes-on"), closes)
                try await b.click(b.findElement(css: "form[action='/admin/scenarios'] button[type=submit]"))
                _ = try await b.waitForElement(css: "main .notice")
                #expect(try await b.noticeTexts().contains(MarketScenarioMsg.mscCreated(.zh)))
                let fields = ["title-zh": "车路协同路口", "problem": "路口通行效率低", "site": "荣华路", "expected-outcome": "通行时间缩短 15%",
                              "timeline": "2027 年 3 月至 9 月", "contact": "010-00000000", "discipline": "F06"]
                for (field, value) in fields { try await b.sendKeys(b.findElement(css: "form[action$='/items'] #field-\(field)"), value) }
                try await b.click(b.findElement(css: "form[action$='/items'] button[type=submit]"))
                _ = try await b.waitForElement(css: "main .notice")
                #expect(try await b.noticeTexts().contains(MarketScenarioMsg.mscAdded(.zh)))
                try await b.click(b.findElement(css: "form[action$='/publish'] button[type=submit]"))
                _ = try await b.waitForElement(css: "main .notice")
                #expect(try await b.noticeTexts().contains(MarketScenarioMsg.mscPublished(.zh)))
                try await b.signOut()

                // The enterprise finds the list and submits a solution.
                try await b.signIn(base: base, email: submitter.email)
                try await b.navigate(to: base + "/scenarios")
                try await b.click(b.findElement(css: "main table a[href^='/scenarios/batches/']"))
                try await b.click(b.findElement(css: "main a.button[href$='/solution']"))
                try await b.click(b.findElement(css: "#field-organisation-id option[value='\(enterprise.id.uuidString.lowercased())']"))
                try await b.sendKeys(b.findElement(css: "#field-title"), "路侧感知与信号协同方案")
                try await b.sendKeys(b.findElement(css: "#field-text"), "部署路侧雷视一体机，融合感知结果实时优化信号配时，并向网联车辆推送通行建议。")
                try await b.sendKeys(b.findElement(css: "#field-team"), "周工, zhou@example.cn, 负责人")
                try await b.click(b.findElement(css: "main form[method='post'] button[type=submit]"))
                _ = try await b.waitForElement(css: "main .notice")
                #expect(try await b.noticeTexts().contains(MarketScenarioMsg.mscSubmitted(.zh)))
                try await b.signOut()

                // The department has experts assigned: the enterprise's own expert is excluded for the conflict.
                try await b.signIn(base: base, email: staff.email)
                try await b.navigate(to: base + "/admin/scenarios")
                try await b.click(b.findElement(css: "main table a[href^='/admin/scenarios/']"))
                try await b.click(b.findElement(css: "main table a[href^='/admin/scenario-solutions/']"))
                let reviewers = try await b.findElement(css: "#field-reviewers")
                try await b.clear(reviewers)
                try await b.sendKeys(reviewers, "2")
                try await b.click(b.findElement(css: "form[action$='/panel'] button[type=submit]"))
                _ = try await b.waitForElement(css: "main .notice")
                #expect(try await b.noticeTexts().contains(MarketScenarioMsg.mscAssigned(.zh)))
                let tables = try await b.findElements(css: "main table")
                #expect(try await b.findElements(css: "main div[aria-label='专家评审'] tbody tr").count == 2)
                #expect(try await b.text(tables[1]).contains("同一单位"))
                try await b.screenshot(to: Self.artifacts.appendingPathComponent("market-scenario-panel.png"))

                // The department selects it, with its reason.
                try await b.click(b.findElement(css: "#field-decision option[value='select']"))
                try await b.sendKeys(b.findElement(css: "#field-reason"), "方案成熟，成本合理，部署经验充分。")
                try await b.sendKeys(b.findElement(css: "#field-pilot-start"), closes)
                try await b.click(b.findElement(css: "form[action$='/decision'] button[type=submit]"))
                _ = try await b.waitForElement(css: "main .notice")
                #expect(try await b.noticeTexts().contains(MarketScenarioMsg.mscDecided(.zh)))
                #expect(try await b.text(b.findElement(css: "main dl.meta")).contains("已入选"))
            }
            // Behind the pages: the panel is the two experts without a conflict.
            let solution = try #require(try await Solutions(db: t.db, now: t.now).mine(submitter).first?.solution)
            #expect(solution.state == .selected)
            let reviews = try await MarketPanels(db: t.db, now: t.now).reviews(of: .init(kind: .solution, id: solution.id.rawValue))
            #expect(Set(reviews.map(\.expertID)) == Set(experts.dropFirst().map(\.id)))
        }
    }
}
