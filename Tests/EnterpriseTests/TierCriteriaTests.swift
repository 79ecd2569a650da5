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

/// The 专精特新 tiers completed from 工信部企业〔2022〕63号 (2026 version): the little giant's
/// innovation criterion follows the three revenue bands, below 50 million yuan three conditions
/// together; what the figures cannot show is listed for the district; unverified texts say so.
@Suite struct SpecialisedCriteriaTests {
    let now = Date()

    func littleGiant(revenue: Int, rd: Int, staff: Int = 100, rdStaff: Int = 30, equity: Int = 0) -> [CriterionResult] {
        var f = EnterpriseWorld.figures(staff: staff, rdStaff: rdStaff, revenue: revenue, rd: rd, nicheYears: 5)
        f.classOneIP = 3
        f.equityFinancingYuan = equity
        return TierCriteria.evaluate(ProfileFacts(year: 2025, figures: f), at: now).criteria(of: .littleGiant)
    }

    @Test func test_Art23_littleGiantRDFollowsTheRevenueBands_andBelow50MillionThreeConditionsHoldTogether() {
        func unmet(_ r: [CriterionResult]) -> Set<String> { Set(r.filter { !$0.met }.map(\.criterion.id)) }
        #expect(unmet(littleGiant(revenue: 120_000_000, rd: 3_600_000)).isEmpty)                       // 3% at 120 million
        #expect(unmet(littleGiant(revenue: 80_000_000, rd: 4_000_000)) == ["little_giant.rd_intensity"]) // 5% < 6% at 80 million
        #expect(unmet(littleGiant(revenue: 80_000_000, rd: 4_800_000)).isEmpty)
        #expect(unmet(littleGiant(revenue: 40_000_000, rd: 4_000_000)) == ["little_giant.small_equity", "little_giant.small_rd", "little_giant.small_rd_staff"])
        #expect(unmet(littleGiant(revenue: 40_000_000, rd: 30_000_000, staff: 100, rdStaff: 50, equity: 80_000_000)).isEmpty)
        let equity = littleGiant(revenue: 40_000_000, rd: 4_000_000).first { $0.criterion.id == "little_giant.small_equity" }
        #expect(equity?.required == 80_000_000 && equity?.gap == 80_000_000)
    }

    @Test func test_Art23_theCompletedVersionIsAddedNotEdited_andListsWhatTheDistrictChecks() {
        for tier in [Tier.specialised, .littleGiant] {
            let versions = TierCriteria.all.filter { $0.tier == tier }
            #expect(versions.count == 2, "the 2024 version stays")
            let current = TierCriteria.inForce(at: now).first { $0.tier == tier }
            #expect(current?.effectiveFrom == TierCriteria.since2026 && current?.checkedByDistrict.isEmpty == false)
        }
        #expect(TierCriteria.inForce(at: TierCriteria.since2024).first { $0.tier == .littleGiant }?.version == "2022")
    }

    @Test func test_Art23_everyCriteriaDocumentSaysWhetherItsTextWasChecked_andTheLocalBasisIsTheCorpusText() {
        for doc in CriteriaDocuments.all { #expect(doc.verification == CriteriaDocuments.Document.unverified) }
        #expect(CriteriaDocuments.quality.text.contains("未与平台语料库中的原文核对"))
        #expect(CriteriaDocuments.verifiedLocalBasis.map(\.corpusID) == ["lrb-b92ec2df60", "lrb-dcdbc0a0d9"])
        #expect(CriteriaDocuments.verifiedLocalBasis.allSatisfy { $0.text.contains("专精特新") })
    }
}
