import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Market
import Testing
import Vapor
@testable import Web

/// The technology market in a real browser (headless Chromium through chromedriver), Art. 36: an
/// enterprise posts a demand and finds the university's supply among its matches, asks through the
/// platform, the university records the deal and submits the contract as a patent assignment; the
/// registrar returns it once for the wrong type, the university corrects it to a patent licence
/// and the registrar registers it. Runs when `KECHUANG_BROWSER_TESTS=1`, like BrowserTests.
@Suite("The technology market in the browser", .serialized)
struct MarketTradeBrowserTests {
    static let environment = ProcessInfo.processInfo.environment

    static var artifacts: URL {
        let path = environment["KECHUANG_ARTIFACTS"].flatMap { $0.isEmpty ? nil : $0 } ?? "./test-artifacts"
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    @Test(
        "A demand is matched to a supply, a contract is submitted, returned once for a wrong type, corrected and registered",
        .enabled(if: ProcessInfo.processInfo.environment["KECHUANG_BROWSER_TESTS"] == "1"),
        .timeLimit(.minutes(5)))
    func test_browser_Art36_demandMatchedDealContractReturnedForWrongTypeCorrectedRegistered() async throws {
        let chromedriver = try #require(Self.environment["CHROMEDRIVER"].flatMap { $0.isEmpty ? nil : $0 }, "CHROMEDRIVER must name the chromedriver program")
        let chrome = try #require(Self.environment["CHROME_BINARY"].flatMap { $0.isEmpty ? nil : $0 }, "CHROME_BINARY must name the Chromium program")
        try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)
        let pdfFile = Self.artifacts.appendingPathComponent("market-trade-contract.pdf")
        try TestPDF.make().write(to: pdfFile)
        try await withTestApp { t in
            let university = try await t.organisation("京华大学", type: .university), firm = try await t.organisation("电池科技公司", type: .enterprise)
            let office = try await t.person([.researchOffice], organisation: university.id), buyer = try await t.person([.applicant], organisation: firm.id)
            let commission = try await t.organisation("市科委", type: .governmentDepartment)
            let registrar = try await t.person([.departmentStaff], organisation: commission.id)
            let supply = try await TechListings(db: t.db, now: t.now).offer(SupplyInput(
                organisationID: university.id.rawValue, title: "硫化物固态电解质及其制备方法", summary: "高离子电导率硫化物固态电解质，适用于动力电池量产。",
                field: .energy, trl: 6, patents: ["ZL202310123456.7"], modes: [.licence], priceGuidance: "面议"), by: office)
            let today = BeijingDay(containing: t.clock.now)

            try await withBrowser(t.app, chromedriver: chromedriver, chrome: chrome, artifacts: Self.artifacts, failureName: "market-trade-failure") { b, base in
                // The enterprise posts its demand and finds the supply among the matches, with the reason.
                try await b.signIn(base: base, email: buyer.email)
                try await b.navigate(to: base + "/market/trade/demands")
                try await b.click(b.findElement(css: "form[method='post'][action='/market/trade/demands'] #field-organisation-id option[value='\(firm.id.uuidString.lowercased())']"))
                try await b.sendKeys(b.findElement(css: "form[method='post'][action='/market/trade/demands'] #field-title"), "动力电池固态电解质量产")
                try await b.sendKeys(b.findElement(css: "form[method='post'][action='/market/trade/demands'] #field-problem"), "寻求高离子电导率的固态电解质及其量产工艺，用于动力电池。")
                try await b.click(b.findElement(css: "form[method='post'][action='/market/trade/demands'] #field-field option[value='energy']"))
                try await b.click(b.findElement(css: "form[method='post'][action='/market/trade/demands'] #field-minimum-trl option[value='5']"))
                try await b.click(b.findElement(css: "form[method='post'][action='/market/trade/demands'] button[type=submit]"))
                _ = try await b.waitForElement(css: "main .notice")
                #expect(try await b.noticeTexts().contains(MarketTradeMsg.mtrListed(.zh)))
                let match = try await b.findElement(css: "main table a[href='/market/trade/supplies/\(supply.id.uuidString.lowercased())']")
                #expect(try await b.text(b.findElement(css: "main table tbody tr")).contains("领域相同"))
                try await b.screenshot(to: Self.artifacts.appendingPathComponent("market-trade-matches.png"))
                try await b.click(match)
                // It asks as its demand.
                try await b.click(b.findElement(css: "#field-from option[value^='demand:']"))
                try await b.sendKeys(b.findElement(css: "form[action$='/inquiries'] #field-body"), "贵校的固态电解质能否专利实施许可？")
                try await b.click(b.findElement(css: "form[action$='/inquiries'] button[type=submit]"))
                _ = try await b.waitForElement(css: "main .notice")
                #expect(try await b.noticeTexts().contains(MarketTradeMsg.mtrSent(.zh)))
                try await b.signOut()

                // The university records the deal and submits the contract, as an assignment (the wrong type).
                try await b.signIn(base: base, email: office.email)
                try await b.navigate(to: base + "/market/trade/inquiries")
                try await b.click(b.findElement(css: "main table a[href^='/market/trade/inquiries/']"))
                try await b.click(b.findElement(css: "form[action$='/deal'] button[type=submit]"))
                _ = try await b.waitForElement(css: "main .notice")
                #expect(try await b.noticeTexts().contains(MarketTradeMsg.mtrDealRecorded(.zh)))
                try await b.click(b.findElement(css: "main a.button[href^='/market/contracts/new?inquiry=']"))
                try await b.click(b.findElement(css: "#field-type option[value='transfer']"))
                try await b.click(b.findElement(css: "#field-subtype option[value='transfer.patent_right']"))
                try await b.sendKeys(b.findElement(css: "#field-technical-content"), "许可实施专利 ZL202310123456.7（硫化物固态电解质及其制备方法），普通许可三年，含技术指导与培训。")
                let amounts = ["total-amount": "1000000", "technical-amount": "1000000", "signed-on": today.description, "starts-on": today.description,
                               "ends-on": BeijingDay(containing: t.clock.now.addingTimeInterval(3 * 365 * 86_400)).description]
                for (field, value) in amounts { try await b.sendKeys(b.findElement(css: "#field-\(field)"), value) }
                try await b.click(b.findElement(css: "#field-point option[value='HD']"))
                try await b.sendKeys(b.findElement(css: "#field-pdf"), pdfFile.path)
                try await b.click(b.findElement(css: "main form[action='/market/contracts'] button[type=submit]"))
                _ = try await b.waitForElement(css: "main .notice")
                #expect(try await b.noticeTexts().contains(MarketTradeMsg.mtrSubmitted(.zh)))
                let contractPath = try #require(URLComponents(string: try await b.currentURL())?.path)
                try await b.signOut()

                // The registrar returns it for the wrong type, citing the source.
                try await b.signIn(base: base, email: registrar.email)
                try await b.navigate(to: base + contractPath)
                try await b.click(b.findElement(css: "#field-reason option[value='wrong_type']"))
                try await b.sendKeys(b.findElement(css: "form[action$='/return'] #field-note"), "合同约定为专利实施许可，应登记为技术许可合同。")
                try await b.click(b.findElement(css: "form[action$='/return'] button[type=submit]"))
                _ = try await b.waitForElement(css: "main .notice")
                #expect(try await b.noticeTexts().contains(MarketTradeMsg.mtrReturned(.zh)))
                try await b.signOut()

                // The university corrects the type and submits again.
                try await b.signIn(base: base, email: office.email)
                try await b.navigate(to: base + contractPath)
                #expect(try await b.text(b.findElement(css: "main div.notice")).contains("应登记为技术许可合同"))
                try await b.click(b.findElement(css: "form[action$='/correct'] #field-type option[value='licence']"))
                try await b.click(b.findElement(css: "form[action$='/correct'] #field-subtype option[value='licence.patent']"))
                try await b.click(b.findElement(css: "form[action$='/correct'] button[type=submit]"))
                _ = try await b.waitForElement(css: "main .notice")
                #expect(try await b.noticeTexts().contains(MarketTradeMsg.mtrResubmitted(.zh)))
                try await b.signOut()

                // The registrar registers it with a number.
                try await b.signIn(base: base, email: registrar.email)
                try await b.navigate(to: base + contractPath)
                try await b.click(b.findElement(css: "form[action$='/register'] button[type=submit]"))
                _ = try await b.waitForElement(css: "main .notice")
                #expect(try await b.noticeTexts().contains(MarketTradeMsg.mtrRegistered(.zh)))
                #expect(try await b.text(b.findElement(css: "main dl")).contains(ContractState.registered.label.zh))
                try await b.screenshot(to: Self.artifacts.appendingPathComponent("market-trade-registered.png"))
            }
            // Behind the pages: one registered patent licence, returned once, from the deal; it counts in the statistics.
            let contracts = try await TechnologyContracts(db: t.db, now: t.now).list(as: registrar)
            let k = try #require(contracts.first)
            #expect(contracts.count == 1 && k.state == .registered && k.type == .licence && k.subtype == .patentLicence && k.returns == 1 && k.number != nil)
            let inquiry = try #require(try await Inquiries(db: t.db, now: t.now).mine(office).first)
            #expect(inquiry.status == .deal && inquiry.contractID == k.id.rawValue)
        }
    }
}
