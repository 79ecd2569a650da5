import Foundation
import KechuangCore
import Testing
@testable import Enterprise

/// Art. 23(1): each tier's criteria are versioned data citing their source, and an evaluation says
/// which tier is met, which criterion keeps the enterprise from the next one and by how much.
@Suite struct TierCriteriaTests {
    let now = Date()

    @Test func test_Art23_highTechEnterpriseIsToldTheNicheYearKeepsItFromSpecialised() {
        let e = TierCriteria.evaluate(ProfileFacts(year: 2025, figures: EnterpriseWorld.figures()), at: now)
        #expect(e.meets(.techSME))
        #expect(e.reached == .highTech)
        #expect(e.next == .specialised)
        let niche = try? #require(e.missing.first { $0.criterion.id == "specialised.niche" })
        #expect(niche?.gap == 1)
        #expect(niche?.explanation(.zh).contains("尚差 1 年") == true)
        #expect(niche?.criterion.source?.documentID == CriteriaDocuments.quality.id)
    }

    @Test func test_Art23_highTechRDThresholdFollowsTheRevenueBand() {
        let rd = TierCriteria.all.first { $0.tier == .highTech }?.criteria.first { $0.id == "high_tech.rd" }
        let small = ProfileFacts(year: 2025, figures: EnterpriseWorld.figures(revenue: 30_000_000, rd: 1_350_000))
        let middle = ProfileFacts(year: 2025, figures: EnterpriseWorld.figures(revenue: 100_000_000, rd: 4_500_000))
        #expect(rd?.evaluate(small).required == 5)
        #expect(rd?.evaluate(small).met == false)
        #expect(rd?.evaluate(middle).required == 4)
        #expect(rd?.evaluate(middle).met == true)
        #expect(rd?.source?.article == "第十一条")
    }

    @Test func test_Art23_techSMEScoreFollowsArticle8Tables() {
        // 25% S&T staff → 16, 6% R&D → 50, one class I IP → 30.
        let score = TechSMEScore.score(ProfileFacts(year: 2025, figures: EnterpriseWorld.figures(staff: 120, rdStaff: 30, revenue: 30_000_000, rd: 1_800_000)))
        #expect(score == TechSMEScore.Score(staff: 16, rd: 50, ip: 30))
    }

    @Test func test_Art23_everyCriterionCitesTheRegulationAndEveryNationalOneItsDocument() {
        for set in TierCriteria.all {
            for c in set.criteria {
                #expect(c.basis.article == 23)
                if set.tier != .unicorn { #expect(c.source.map { s in CriteriaDocuments.all.contains { $0.id == s.documentID } } == true, "\(c.id)") }
            }
        }
        #expect(EnterpriseRules.citations.count >= TierCriteria.all.flatMap(\.criteria).count)
    }
}
