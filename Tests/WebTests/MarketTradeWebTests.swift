import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Market
import Testing
import Vapor

/// The technology-market and contract-registration pages and API over HTTP (Art. 36), on the run's engine.
@Suite struct MarketTradeWebTests {
    struct ContractBody: Encodable, Sendable {
        let fields: [String: String]
        let pdf_base64: String?
    }

    @Test func test_Art36_aListedSupplyIsMatchedToADemandWithItsReasonOnThePageAndInTheAPI() async throws {
        try await withTestApp { t in
            let university = try await t.organisation("京华大学", type: .university), firm = try await t.organisation("电池公司", type: .enterprise)
            let office = try await t.person([.researchOffice], organisation: university.id), buyer = try await t.person([.applicant], organisation: firm.id)
            let session = try await t.sessionToken(for: office)
            let bad = try await t.send(.POST, "/market/trade", session: session, body: .form([
                "organisation_id": university.id.uuidString.lowercased(), "title": "固态电解质", "summary": "硫化物固态电解质", "field": "energy", "trl": "6"]))
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("href=\"#field-modes\"") && bad.text.contains("id=\"field-modes\"") && bad.text.contains("第三十六条"))
            let listed = try await t.send(.POST, "/market/trade", session: session, body: .form([
                "organisation_id": university.id.uuidString.lowercased(), "title": "硫化物固态电解质", "summary": "高离子电导率的硫化物固态电解质，适用于动力电池",
                "field": "energy", "trl": "6", "patents": "ZL202310123456.7", "mode_licence": "yes"]))
            #expect(listed.status == .seeOther, "\(listed.text.prefix(600))")
            let demand = try await TechListings(db: t.db, now: t.now).post(DemandInput(organisationID: firm.id.rawValue, title: "动力电池固态电解质",
                                                                                        problem: "寻求固态电解质量产技术", field: .energy, budget: 1_000_000, deadline: nil,
                                                                                        minimumTRL: 5), by: buyer)
            let page = try await t.send(.GET, "/market/trade/demands/\(demand.id.uuidString.lowercased())?lang=en")
            #expect(page.status == .ok)
            #expect(page.text.contains("硫化物固态电解质") && page.text.contains("same field") && page.text.contains("TRL 6"))
            let api = try await t.send(.GET, "/api/v1/market/demands/\(demand.id.uuidString.lowercased())/matches")
            let supplies = try api.json()["supplies"] as? [[String: Any]]
            #expect(supplies?.first?["same_field"] as? Bool == true && (supplies?.first?["shared_terms"] as? [String])?.isEmpty == false)
        }
    }

    @Test func test_Art36_aContractWithInconsistentAmountsIsA422ProblemCitingItsSourceAndTheStatisticsArePublicOpenData() async throws {
        try await withTestApp { t in
            let seller = try await t.organisation(), buyer = try await t.organisation("企业", type: .enterprise)
            let office = try await t.person([.researchOffice], organisation: seller.id)
            let token = try await t.tokens.create(for: office.id, name: "api", scopes: [.read, .write], by: .system).secret
            let fields = ["type": "licence", "subtype": "licence.patent", "title": "专利实施许可", "field": "energy",
                          "technical_content": "许可实施专利 ZL202310123456.7（硫化物固态电解质的制备方法），普通许可三年，含技术指导与培训。",
                          "seller_name": seller.nameZh, "seller_uscc": seller.uscc, "seller_kind": "university", "seller_district": "haidian",
                          "buyer_name": buyer.nameZh, "buyer_uscc": buyer.uscc, "buyer_kind": "enterprise", "buyer_district": "outside_beijing",
                          "total_amount": "1000000", "technical_amount": "900000", "goods_amount": "200000", "other_amount": "0",
                          "signed_on": "2026-11-01", "starts_on": "2026-11-15", "ends_on": "2029-11-14", "point": "HD"]
            let r = try await t.send(.POST, "/api/v1/market/contracts", body: .json(ContractBody(fields: fields, pdf_base64: TestPDF.make().base64EncodedString())), bearer: token)
            #expect(r.status == .unprocessableEntity, "\(r.text.prefix(400))")
            #expect(r.text.contains("contract.amount.consistent") && r.text.contains("北京市技术市场条例"))
            let stats = try await t.send(.GET, "/api/v1/market/contract-statistics?year=2026")
            let total = try stats.json()["contracts"] as? Int
            #expect(stats.status == .ok && total == 0)
            let page = try await t.send(.GET, "/market/contracts/statistics?year=2026")
            #expect(page.status == .ok && page.text.contains("<svg") && page.text.contains("statistics.csv?year=2026"))
            let csv = try await t.send(.GET, "/market/contracts/statistics.csv?year=2026")
            #expect(csv.status == .ok && csv.text.contains("dimension,key,label_zh"))
            let badYear = try await t.send(.GET, "/api/v1/market/contract-statistics?year=99999")
            #expect(badYear.status == .unprocessableEntity)
        }
    }
}
