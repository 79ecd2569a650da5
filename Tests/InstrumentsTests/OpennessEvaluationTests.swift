import Foundation
import Identity
import Instruments
import KechuangCore
import KechuangTestSupport
import Testing

/// The yearly openness evaluation is computed from usage records against the year's thresholds (data).
@Suite struct OpennessEvaluationTests {
    @Test func test_Art55_theEvaluationRanksInstitutionsFromTheirUsageAgainstTheYearsThresholds() async throws {
        try await withTestDatabase { t in
            let w = try await InstrumentWorld.make(t)
            let (internalUse, externalUse) = try await UsageListingTests.used(w)
            // A second institution: one publicly funded instrument, registered but never published, never used.
            let other = try await t.organisation("北京另一研究所")
            let otherOffice = try await t.person([.researchOffice], organisation: other.id)
            _ = try await w.registry.register(InstrumentWorld.input(organisation: other.id.rawValue, terms: nil, name: "质谱仪"), by: otherOffice)

            let year = BeijingDay(containing: internalUse.startedAt).year
            try #require(BeijingDay(containing: externalUse.startedAt).year == year, "both uses in one year")
            let results = try await InstrumentStatistics(db: t.db).evaluation(year: year)
            #expect(results.map(\.organisationID) == [w.institution.id.rawValue, other.id.rawValue])
            #expect(results.map(\.rank) == [1, 2])
            let first = try #require(results.first)
            #expect(first.figures.effectiveHours == 5 && first.figures.externalHours == 3)
            #expect(first.figures.externalUsers == 1 && first.figures.incomeFen == 2 * 30_000 + 3 * 60_000)
            let share = try #require(first.lines.first { $0.criterion.measure == .externalShare })
            #expect(share.value == 0.6 && share.met && share.criterion.basis == .art(55))
            let published = try #require(results.last?.lines.first { $0.criterion.measure == .publishedShare })
            #expect(published.value == 0 && !published.met)
            #expect(first.score > results[1].score)
        }
    }
}
