import Enterprise
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Testing
import Vapor
@testable import Web

/// Enterprises in a real browser (headless Chromium through chromedriver), Art. 23: the
/// enterprise sees its tier and the criterion that keeps it from the next; the officer matches
/// benefits and the enterprise receives one without applying; it redeems a voucher at a provider,
/// who claims settlement; the officer settles. (The desk and provider pages answer their own forms on the same path, so each
/// step waits for the notice, not only the path.) Runs when `KECHUANG_BROWSER_TESTS=1`, like BrowserTests.
@Suite("Enterprises in the browser", .serialized)
struct EnterpriseBrowserTests {
    static let environment = ProcessInfo.processInfo.environment

    static var artifacts: URL {
        let path = environment["KECHUANG_ARTIFACTS"].flatMap { $0.isEmpty ? nil : $0 } ?? "./test-artifacts"
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    @Test(
        "An enterprise sees its tier and the missing criterion, receives a matched benefit, redeems a voucher; the provider claims; the officer settles",
        .enabled(if: ProcessInfo.processInfo.environment["KECHUANG_BROWSER_TESTS"] == "1"),
        .timeLimit(.minutes(5)))
    func test_browser_Art23_tierMissingCriterionMatchedBenefitVoucherRedeemedClaimedSettled() async throws {
        let chromedriver = try #require(Self.environment["CHROMEDRIVER"].flatMap { $0.isEmpty ? nil : $0 }, "CHROMEDRIVER must name the chromedriver program")
        let chrome = try #require(Self.environment["CHROME_BINARY"].flatMap { $0.isEmpty ? nil : $0 }, "CHROME_BINARY must name the Chromium program")
        try FileManager.default.createDirectory(at: Self.artifacts, withIntermediateDirectories: true)
        try await withTestApp { t in
            let enterprise = try await t.organisation("浏览器测试科技公司", type: .enterprise)
            let member = try await t.person([.applicant], organisation: enterprise.id)
            let department = try await t.organisation("海淀区科委", type: .governmentDepartment)
            let officer = try await t.person([.departmentStaff], organisation: department.id)
            let providerOrg = try await t.organisation("中关村检测", type: .serviceProvider)
            let providerMember = try await t.person([.applicant], organisation: providerOrg.id)
            let profiles = Profiles(db: t.db, now: t.now), vouchers = Vouchers(db: t.db, now: t.now)
            let year = BeijingDay(containing: t.clock.now).year - 1
            let figures = ProfileFigures(industryCode: "I6513", size: .small, staff: 120, rdStaff: 30, revenueYuan: 30_000_000, rdSpendingYuan: 1_800_000,
                                         highTechRevenueYuan: 21_000_000, assetsYuan: 50_000_000, classOneIP: 1, classTwoIP: 3, foundedYear: 2018, nicheYears: 1,
                                         mainBusinessPercent: 90, equityFinancingYuan: 0, valuationMillionUSD: 0, listed: false, district: .haidian, zone: "",
                                         legalRepresentative: "张三", shareholders: ["张三"])
            let saved = try await profiles.save(enterprise.id.rawValue, year: year, figures, expectedVersion: nil, by: member)
            _ = try await profiles.verify(try await profiles.submit(saved.id, by: member).id, approve: true, note: "", by: officer)
            _ = try await BenefitMatching(db: t.db, now: t.now).create(.init(
                titleZh: "高新技术企业研发费用补助", titleEn: "R&D subsidy", summaryZh: "按研发费用10%补助", summaryEn: "10% of R&D spending", year: year,
                criteria: [Criterion(id: "b.tier", label: LocalizedText(zh: "达到高新技术企业层级", en: "High-tech tier"), anyOf: [Condition(.tierRank, .atLeast, 2)],
                                     source: nil, basis: ArticleRef(23, paragraph: 3))], source: nil, basis: ArticleRef(23, paragraph: 3)), by: officer)
            let programme = try await vouchers.createProgramme(.init(year: year, nameZh: "创新券", nameEn: "Vouchers", faceValueFen: 100_000, capPerEnterpriseFen: 100_000,
                                                                     budgetFen: 1_000_000, expiresOn: BeijingDay(containing: t.clock.now.addingTimeInterval(86_400 * 30)),
                                                                     eligibility: Vouchers.smeEligibility), by: officer)
            _ = try await vouchers.issue(programme.id, to: enterprise.id.rawValue, by: officer)
            let provider = try await vouchers.registerProvider(providerOrg.id.rawValue, services: [.testing], legalRepresentative: "李四", shareholders: [], by: officer)

            try await withBrowser(t.app, chromedriver: chromedriver, chrome: chrome, artifacts: Self.artifacts, failureName: "enterprise-failure") { b, base in
                // The enterprise sees its tier and what keeps it from the next one.
                try await b.signIn(base: base, email: member.email)
                try await b.navigate(to: base + "/enterprises/mine")
                let tier = try await b.text(b.findElement(css: "p.tier-reached strong"))
                #expect(tier == "高新技术企业")
                let missing = try await b.text(b.findElement(css: "ul.missing-criteria"))
                #expect(missing.contains("从事特定细分市场时间达到2年以上") && missing.contains("尚差 1 年"))
                try await b.screenshot(to: Self.artifacts.appendingPathComponent("enterprise-tier.png"))
                try await b.signOut()
                // The officer matches every verified profile.
                try await b.signIn(base: base, email: officer.email)
                try await b.navigate(to: base + "/enterprises/office")
                try await b.click(b.findElement(css: "form[action='/enterprises/office/matching'] button[type=submit]"))
                try await b.waitForPath("/enterprises/office")
                _ = try await b.waitForElement(css: "main .notice")
                #expect(try await b.noticeTexts().contains(EnterpriseMsg.entMatched(.zh)))
                try await b.signOut()
                // The enterprise has the benefit without applying, and redeems its voucher.
                try await b.signIn(base: base, email: member.email)
                try await b.navigate(to: base + "/enterprises/mine")
                #expect(try await b.text(b.findElement(css: "ul.benefits")).contains("高新技术企业研发费用补助"))
                try await b.click(b.findElement(css: "#field-provider option[value='\(provider.id.uuidString.lowercased())']"))
                try await b.click(b.findElement(css: "#field-service option[value='testing']"))
                try await b.sendKeys(b.findElement(css: "#field-amount"), "800")
                try await b.sendKeys(b.findElement(css: "#field-description"), "芯片失效分析")
                try await b.click(b.findElement(css: "form[action='/enterprises/mine/redeem'] button[type=submit]"))
                try await b.waitForPath("/enterprises/mine")
                #expect(try await b.noticeTexts().contains(EnterpriseMsg.entRedeemed(.zh)))
                try await b.signOut()
                // The provider claims settlement with the service record.
                try await b.signIn(base: base, email: providerMember.email)
                try await b.navigate(to: base + "/enterprises/provider")
                try await b.sendKeys(b.findElement(css: "input[name=service_record]"), "失效分析报告 SA-001")
                try await b.click(b.findElement(css: "form[action$='/claim'] button[type=submit]"))
                try await b.waitForPath("/enterprises/provider")
                _ = try await b.waitForElement(css: "main .notice")
                #expect(try await b.noticeTexts().contains(EnterpriseMsg.entClaimed(.zh)))
                try await b.signOut()
                // The officer settles.
                try await b.signIn(base: base, email: officer.email)
                try await b.navigate(to: base + "/enterprises/office")
                try await b.click(b.findElement(css: "form[action$='/settle'] button[type=submit]"))
                try await b.waitForPath("/enterprises/office")
                _ = try await b.waitForElement(css: "main .notice")
                #expect(try await b.noticeTexts().contains(EnterpriseMsg.entSettled(.zh)))
            }
            let settled = try await vouchers.redemptions(of: enterprise.id.rawValue)
            #expect(settled.map(\.state) == [.settled])
        }
    }
}
