import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Review
import Storage
import Testing
@testable import Market

@Suite struct TradeMatchingTests {
    static func supply(_ org: Organisation, _ title: String, _ summary: String, _ field: TechField, trl: Int) -> SupplyInput {
        SupplyInput(organisationID: org.id.rawValue, title: title, summary: summary, field: field, trl: trl, patents: ["ZL202310123456.7"],
                    modes: [.licence], priceGuidance: "面议")
    }

    @Test func test_Art36_aDemandsRankedSuppliesComeWithTheirReasonSharedTermsFieldAndReadiness() async throws {
        try await withTestDatabase { t in
            let university = try await t.organisation("清华测试", type: .university), firm = try await t.organisation("电池企业", type: .enterprise)
            let office = try await t.person([.researchOffice], organisation: university.id), buyer = try await t.person([.applicant], organisation: firm.id)
            let listings = TechListings(db: t.db, now: t.now)
            let battery = try await listings.offer(Self.supply(university, "固态电池电解质材料", "硫化物固态电解质，离子电导率高，适用于动力电池", .energy, trl: 6), by: office)
            let other = try await listings.offer(Self.supply(university, "水稻抗病育种", "利用分子标记培育抗稻瘟病水稻品种", .agriculture, trl: 7), by: office)
            let demand = try await listings.post(DemandInput(organisationID: firm.id.rawValue, title: "动力电池固态电解质", problem: "寻求高离子电导率的固态电解质，用于动力电池量产",
                                                             field: .energy, budget: 5_000_000, deadline: nil, minimumTRL: 5), by: buyer)
            let matcher = TradeMatcher()
            try await matcher.refresh(on: t.db)
            let matches = matcher.supplies(for: demand)
            #expect(matches.first?.supplyID == battery.id)
            let reason = try #require(matches.first?.reason)
            #expect(reason.sameField && reason.trlFits && reason.supplyTRL == 6)
            #expect(reason.sharedTerms.contains { $0.contains("固态电解质") })
            #expect(reason.text.zh.contains("领域相同") && reason.text.en.contains("TRL 6"))
            #expect(!matches.contains { $0.supplyID == other.id && $0.score >= (matches.first?.score ?? 0) })
            // Both ways: the supply's ranked demands find the demand.
            #expect(matcher.demands(for: battery).first?.demandID == demand.id)
            // A withdrawn supply leaves the index at the next refresh.
            try await listings.withdraw(supply: battery.id, by: office)
            t.clock.advance(by: 5)
            try await matcher.refresh(on: t.db)
            #expect(!matcher.supplies(for: demand).contains { $0.supplyID == battery.id })
        }
    }

    @Test func test_Art36_aListingOutsideTheRulesOrForAnotherOrganisationIsRefusedAndAListingIsAudited() async throws {
        try await withTestDatabase { t in
            let university = try await t.organisation(), stranger = try await t.person([.applicant])
            let office = try await t.person([.researchOffice], organisation: university.id)
            let listings = TechListings(db: t.db, now: t.now)
            var input = Self.supply(university, "测试技术", "一项测试用的技术成果说明", .materials, trl: 10)
            input.patents = ["12345"]
            do {
                _ = try await listings.offer(input, by: office)
                Issue.record("listed a TRL 10")
            } catch DomainError.validation(let errors) {
                #expect(Set(errors.map(\.rule)) == ["supply.trl.range", "supply.patents.format"])
                #expect(errors.first { $0.rule == "supply.trl.range" }?.basis == .art(36))
            }
            input.trl = 4
            input.patents = ["CN116123456A"]
            await #expect(throws: DomainError.self) { _ = try await listings.offer(input, by: stranger) }
            let supply = try await listings.offer(input, by: office)
            let audit = try await AuditChain.list(.init(object: supply.id.uuidString), limit: 5, on: t.db)
            #expect(audit.contains { $0.action == "market.supply.listed" && $0.basis == .art(36) })
        }
    }

    @Test func test_Art36_inquiriesAreSeenOnlyByTheTwoPartiesAndOnlyTheOfferingSideRecordsTheDeal() async throws {
        try await withTestDatabase { t in
            let university = try await t.organisation(), firm = try await t.organisation("企业", type: .enterprise)
            let office = try await t.person([.researchOffice], organisation: university.id), buyer = try await t.person([.applicant], organisation: firm.id)
            let outsider = try await t.person([.applicant], organisation: (try await t.organisation()).id)
            let supply = try await TechListings(db: t.db, now: t.now).offer(Self.supply(university, "测试技术", "一项测试用的技术成果说明", .materials, trl: 5), by: office)
            let inquiries = Inquiries(db: t.db, now: t.now)
            let inquiry = try await inquiries.open(supply: supply.id, demand: nil, from: firm.id.rawValue, message: "请介绍许可条件", by: buyer)
            _ = try await inquiries.write(inquiry.id, "普通许可，年费 50 万元", by: office)
            await #expect(throws: DomainError.notFound(entity: "inquiry")) { _ = try await inquiries.find(inquiry.id, as: outsider) }
            await #expect(throws: DomainError.self) { _ = try await inquiries.agree(inquiry.id, by: buyer) }
            let deal = try await inquiries.agree(inquiry.id, by: office)
            #expect(deal.status == .deal && deal.messages.count == 2 && deal.messages.last?.organisationID == university.id.rawValue)
            #expect(try await inquiries.mine(buyer).map(\.id) == [inquiry.id])
            let audit = try await AuditChain.list(.init(object: inquiry.id.uuidString), limit: 10, on: t.db)
            #expect(Set(audit.map(\.action)) == ["market.inquiry.opened", "market.inquiry.message", "market.inquiry.deal"])
        }
    }

    @Test func test_Art36_expertsAreRankedForADemandByTheReviewAffinityModel() {
        let demand = TechDemand(id: .init(), organisationID: UUID(), title: "固态电解质", problem: "动力电池用硫化物固态电解质", field: .energy, budget: nil,
                                deadline: nil, minimumTRL: nil, status: .open, createdBy: UUID(), createdAt: Date(), updatedAt: Date())
        let near = ExpertProfile(personID: UUID(), name: "甲", email: "a@example.cn", keywords: "固态电解质；锂电池", expertise: "硫化物电解质")
        let far = ExpertProfile(personID: UUID(), name: "乙", email: "b@example.cn", keywords: "水稻育种", expertise: "分子标记")
        let ranked = TradeMatcher.experts(for: demand, pool: [far, near])
        #expect(ranked.map(\.personID) == [near.personID])
    }
}
