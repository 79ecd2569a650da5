import Enterprise
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Testing
import Vapor
@testable import Web

/// Enterprises over HTTP (Art. 23): the enterprise's page shows its tier and what keeps it from
/// the next one; a related-party redemption is refused on the page and in the API citing Art. 23(3).
@Suite struct EnterpriseWebTests {
    @Test func test_Art23_enterpriseSeesItsTierTheMissingCriterion_andARelatedPartyRedemptionIsRefusedCitingTheArticle() async throws {
        try await withTestApp { t in
            let enterprise = try await t.organisation("网页测试科技公司", type: .enterprise)
            let member = try await t.person([.applicant], organisation: enterprise.id)
            let department = try await t.organisation("海淀区科委", type: .governmentDepartment)
            let officer = try await t.person([.departmentStaff], organisation: department.id)
            let providerOrg = try await t.organisation("关联检测公司", type: .serviceProvider)
            let profiles = Profiles(db: t.db, now: t.now), vouchers = Vouchers(db: t.db, now: t.now)
            let year = BeijingDay(containing: t.clock.now).year - 1
            let figures = ProfileFigures(industryCode: "I6513", size: .small, staff: 120, rdStaff: 30, revenueYuan: 30_000_000, rdSpendingYuan: 1_800_000,
                                         highTechRevenueYuan: 21_000_000, assetsYuan: 50_000_000, classOneIP: 1, classTwoIP: 3, foundedYear: 2018, nicheYears: 1,
                                         mainBusinessPercent: 90, equityFinancingYuan: 0, valuationMillionUSD: 0, listed: false, district: .haidian, zone: "",
                                         legalRepresentative: "张三", shareholders: ["张三"])
            let saved = try await profiles.save(enterprise.id.rawValue, year: year, figures, expectedVersion: nil, by: member)
            _ = try await profiles.verify(try await profiles.submit(saved.id, by: member).id, approve: true, note: "", by: officer)
            let programme = try await vouchers.createProgramme(.init(year: year, nameZh: "创新券", nameEn: "Vouchers", faceValueFen: 100_000, capPerEnterpriseFen: 100_000,
                                                                     budgetFen: 1_000_000, expiresOn: BeijingDay(containing: t.clock.now.addingTimeInterval(86_400 * 30)),
                                                                     eligibility: Vouchers.smeEligibility), by: officer)
            let voucher = try await vouchers.issue(programme.id, to: enterprise.id.rawValue, by: officer)
            let provider = try await vouchers.registerProvider(providerOrg.id.rawValue, services: [.testing], legalRepresentative: "张三", shareholders: [], by: officer)

            let session = try await t.sessionToken(for: member)
            let page = try await t.send(.GET, "/enterprises/mine", session: session)
            #expect(page.status == .ok)
            #expect(page.text.contains("高新技术企业") && page.text.contains("从事特定细分市场时间达到2年以上") && page.text.contains("尚差 1 年"))
            let english = try await t.send(.GET, "/enterprises/mine?lang=en", session: session)
            #expect(english.text.contains("1 years short") && english.text.contains("Annex 2 item 1"))

            let refused = try await t.send(.POST, "/enterprises/mine/redeem", session: session, body: .form([
                "voucher": voucher.id.uuidString.lowercased(), "provider": provider.id.uuidString.lowercased(), "service": "testing", "amount": "500", "description": "检测"]))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("第二十三条第三款") && refused.text.contains("#field-provider"))

            let token = try await t.tokens.create(for: member.id, name: "api", scopes: [.read, .write], by: .system).secret
            struct Body: Encodable, Sendable { let provider_id: UUID; let service: String; let amount_fen: Int }
            let api = try await t.send(.POST, "/api/v1/enterprises/vouchers/\(voucher.id.uuidString.lowercased())/redemptions",
                                       body: .json(Body(provider_id: provider.id.rawValue, service: "testing", amount_fen: 50_000)), bearer: token)
            #expect(api.status == .unprocessableEntity)
            #expect(try api.json()["article"] as? String == "23(3)")
            let status = try await t.send(.GET, "/api/v1/enterprises/mine", bearer: token)
            #expect(status.status == .ok && status.text.contains("\"tier\":\"high_tech\"") && status.text.contains("\"next_tier\":\"specialised\""))
            let home = try await t.send(.GET, "/enterprises")
            #expect(home.status == .ok && home.text.contains("/policies/ent-gxjsqy-rdbf-2016/articles/"))
        }
    }
}
