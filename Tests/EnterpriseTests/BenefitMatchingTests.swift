import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Enterprise

/// Art. 23(3), 免申即享: benefits are matched against every verified profile without an
/// application; the enterprise is told with the reason; an officer confirms; matching again adds nothing.
@Suite struct BenefitMatchingTests {
    static func benefit(_ w: EnterpriseWorld, tier: Tier) -> BenefitMatching.BenefitInput {
        .init(titleZh: "高新技术企业研发费用补助", titleEn: "R&D subsidy for high-tech enterprises", summaryZh: "按研发费用的10%补助", summaryEn: "10% of R&D spending",
              year: w.year, criteria: [Criterion(id: "benefit.tier", label: LocalizedText(zh: "已认定为\(tier.label.zh)", en: "Recognised as \(tier.label.en)"),
                                                 anyOf: [Condition(.tierRank, .atLeast, Double(tier.rank))], source: nil, basis: ArticleRef(23, paragraph: 3))],
              source: nil, basis: ArticleRef(23, paragraph: 3))
    }

    @Test func test_Art23_eligibleEnterpriseIsToldWithTheReason_officerConfirms_secondRunAddsNothing() async throws {
        try await withTestDatabase { t in
            let w = try await EnterpriseWorld.make(t)
            _ = try await w.verified()
            let hit = try await w.matching.create(Self.benefit(w, tier: .highTech), by: w.officer)
            _ = try await w.matching.create(Self.benefit(w, tier: .littleGiant), by: w.officer)
            let report = try await w.matching.run(year: w.year, by: w.officer)
            #expect(report == .init(benefits: 2, profiles: 1, newMatches: 1))
            let matches = try await w.matching.matches(of: w.enterprise.id.rawValue)
            #expect(matches.map(\.benefitID) == [hit.id])
            #expect(matches.first?.reasons.first?.explanation(.en).contains(": met") == true)
            #expect(try await w.matching.run(year: w.year, by: w.officer).newMatches == 0)
            let confirmed = try await w.matching.decide(try #require(matches.first).id, confirm: true, note: "", by: w.officer)
            #expect(confirmed.state == .confirmed)
            let audit = try await AuditChain.list(.init(object: confirmed.id.uuidString), limit: 20, on: t.db)
            #expect(audit.map(\.action).contains("enterprise.benefit_confirmed"))
        }
    }

    @Test func test_Art23_onlyOfficersRunTheMatching() async throws {
        try await withTestDatabase { t in
            let w = try await EnterpriseWorld.make(t)
            await #expect { _ = try await w.matching.run(year: w.year, by: w.member) } throws: {
                if case DomainError.forbidden(_, let basis) = $0 { return basis == .art(23, 3) }
                return false
            }
        }
    }
}

/// The run at scale writes its matches by multi-row inserts with the criteria's JSON encoded once;
/// what an enterprise reads back must be exactly each criterion's result for its figures.
@Suite struct BenefitMatchingRunTests {
    @Test func test_Art23_storedReasonsAreEachCriterionsResult_acrossSeveralInserts() async throws {
        try await withTestDatabase { t in
            let w = try await EnterpriseWorld.make(t)
            let profile = try await w.verified()
            let basis = ArticleRef(23, paragraph: 3)
            let criteria: [[Criterion]] = [
                [Criterion(id: "b.rd", label: LocalizedText(zh: "研发强度", en: "R&D intensity"), anyOf: [Condition(.rdIntensityPercent, .atLeast, 3)], source: nil, basis: basis)],
                [Criterion(id: "b.staff", label: LocalizedText(zh: "职工", en: "Staff"), anyOf: [Condition(.staff, .atMost, 300), Condition(.revenue, .atMost, 1)], source: nil, basis: basis),
                 Criterion(id: "b.ip", label: LocalizedText(zh: "知识产权", en: "IP"), anyOf: [Condition(.ipTotal, .atLeast, 2)], source: nil, basis: basis)],
                [Criterion(id: "b.band", label: LocalizedText(zh: "分档研发强度", en: "Banded R&D intensity"),
                           anyOf: [Condition(.rdIntensityPercent, .atLeast, 3, bands: [RevenueBand(revenueUpTo: 50_000_000, threshold: 5.5), RevenueBand(revenueUpTo: nil, threshold: 3)])],
                           source: nil, basis: basis)],
            ]
            for (i, c) in criteria.enumerated() {
                _ = try await w.matching.create(.init(titleZh: "政策\(i)", titleEn: "Benefit \(i)", summaryZh: "", summaryEn: "", year: w.year, criteria: c,
                                                      source: nil, basis: basis), by: w.officer)
            }
            let report = try await w.matching.run(year: w.year, by: w.officer, rowsPerInsert: 2)
            #expect(report == .init(benefits: 3, profiles: 1, newMatches: 3))
            let facts = ProfileFacts(year: profile.year, figures: profile.figures, tierRank: profile.tier?.rank ?? 0)
            let benefits = try await w.matching.benefits(year: w.year)
            let matches = try await w.matching.matches(of: w.enterprise.id.rawValue)
            #expect(matches.count == 3)
            for m in matches {
                let benefit = try #require(benefits.first { $0.id == m.benefitID })
                #expect(m.reasons == benefit.criteria.map { $0.evaluate(facts) })
                #expect(m.state == .notified)
            }
        }
    }

    /// The conditions are stored once per benefit and version; a match keeps only its figures and
    /// names the version, so after the conditions change the old match still explains itself by the
    /// conditions it was judged by and a new match by the new ones.
    @Test func test_Art23_conditionsAreStoredOncePerVersion_andEachMatchExplainsItselfByItsOwnVersion() async throws {
        try await withTestDatabase { t in
            let w = try await EnterpriseWorld.make(t)
            let profile = try await w.verified()
            let input = BenefitMatchingTests.benefit(w, tier: .highTech)
            let benefit = try await w.matching.create(input, by: w.officer)
            #expect(try await w.matching.run(year: w.year, by: w.officer).newMatches == 1)
            #expect(try await w.matching.run(year: w.year, by: w.officer).newMatches == 0)
            #expect(try await BenefitCriteriaRecord.query(on: t.db).count() == 1)
            let first = try #require(try await BenefitMatchRecord.query(on: t.db).first())
            #expect(first.criteriaID != nil)
            #expect(!first.reasonsJSON.contains("label"), "a match stores its figures, not the criteria's text")

            var changed = input
            changed.criteria = [Criterion(id: "benefit.staff", label: LocalizedText(zh: "职工不超过500人", en: "At most 500 staff"),
                                          anyOf: [Condition(.staff, .atMost, 500)], source: nil, basis: ArticleRef(23, paragraph: 3))]
            _ = try await w.matching.update(benefit.id, changed, active: true, by: w.officer)
            _ = try await w.verified(year: w.year + 1)
            changed.year = w.year + 1
            let next = try await w.matching.create(changed, by: w.officer)
            #expect(try await w.matching.run(year: w.year + 1, by: w.officer).newMatches == 1)
            #expect(try await BenefitCriteriaRecord.query(on: t.db).count() == 2)
            let facts = ProfileFacts(year: profile.year, figures: profile.figures, tierRank: profile.tier?.rank ?? 0)
            let matches = try await w.matching.matches(of: w.enterprise.id.rawValue)
            let old = try #require(matches.first { $0.benefitID == benefit.id })
            #expect(old.reasons == input.criteria.map { $0.evaluate(facts) })
            let new = try #require(matches.first { $0.benefitID == next.id })
            #expect(new.reasons.map(\.criterion.id) == ["benefit.staff"])
            #expect(new.reasons.allSatisfy { $0.met })
        }
    }
}
