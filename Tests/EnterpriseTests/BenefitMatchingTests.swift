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
