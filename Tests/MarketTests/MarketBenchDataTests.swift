import FluentKit
import Foundation
import KechuangCore
import KechuangTestSupport
import SQLKit
import Testing
@testable import Market

/// The matching benchmark's generator (issue #19, `kechuang bench-data market`): what it writes is
/// what the market would hold — `TechListings` reads every listing back as open, with valid
/// patent numbers and future deadlines, and `TradeMatcher` ranks matches both ways with a reason
/// that names shared terms; a second market into the same database is refused.
@Suite struct MarketBenchDataTests {
    @Test func test_Art36_aGeneratedMarketIsReadBackByTheDomainAndMatchedBothWaysWithReasons_onBothDatabases() async throws {
        try await withTestDatabase { t in
            let now = t.clock.now
            let size = MarketBenchSize(organisations: 12, supplies: 600, demands: 300)
            let report = try await MarketBenchData(db: t.db, now: now, seed: 5).generate(size)
            #expect(report == MarketBenchReport(suppliers: 6, enterprises: 6, people: 12, supplies: 600, demands: 300))

            // Read back through the domain: every row decodes (toDomain throws on an unknown value) and is open.
            let listings = TechListings(db: t.db, now: t.now)
            let supplies = try await listings.openSupplies(limit: 1_000)
            let demands = try await listings.openDemands(limit: 1_000)
            #expect(supplies.count == 600 && demands.count == 300)
            #expect(supplies.allSatisfy { (1...9).contains($0.trl) && !$0.modes.isEmpty && $0.patents.allSatisfy(TradeRules.validPatent) })
            #expect(Set(supplies.map(\.trl)).count == 9, "every readiness level occurs")
            #expect(supplies.contains { !$0.patents.isEmpty } && supplies.allSatisfy { $0.createdAt < now })
            let today = BeijingDay(containing: now)
            #expect(demands.allSatisfy { d in d.deadline.map { $0 > today } ?? false })
            #expect(demands.allSatisfy { d in d.minimumTRL.map { (1...9).contains($0) } ?? true })
            #expect(demands.contains { $0.budget != nil } && demands.contains { $0.budget == nil })
            // Offered by the offering half, asked by the enterprises: no organisation on both sides.
            #expect(Set(supplies.map(\.organisationID)).isDisjoint(with: Set(demands.map(\.organisationID))))
            let sql = try #require(t.db as? any SQLDatabase)
            let codes = try await sql.raw("SELECT uscc FROM id_organisations WHERE uscc LIKE \(bind: MarketBenchData.usccPrefix + "%")").all()
                .map { try $0.decode(column: "uscc", as: String.self) }
            #expect(codes.count == 12 && codes.allSatisfy { UnifiedSocialCreditCode.problem(in: $0) == nil })

            // Matching both ways, ranked, each with its reason.
            let matcher = TradeMatcher()
            try await matcher.refresh(on: t.db)
            for demand in demands.prefix(10) {
                let matches = matcher.supplies(for: demand)
                #expect(!matches.isEmpty, "a demand finds supplies")
                #expect(zip(matches, matches.dropFirst()).allSatisfy { $0.score >= $1.score }, "best first")
                let best = try #require(matches.first)
                #expect(!best.reason.sharedTerms.isEmpty && !best.reason.text.zh.isEmpty)
            }
            for supply in supplies.prefix(10) {
                let matches = matcher.demands(for: supply)
                #expect(!matches.isEmpty, "a supply finds demands")
                #expect(matches.first.map { !$0.reason.sharedTerms.isEmpty } == true)
            }
            // Listings made over time: a refresh after generation re-reads only the last second's listings
            // and the ranking stays (scores may move in the last digits: a re-indexed listing's old copy
            // still counts in the index statistics until it is rebuilt).
            let demand = try #require(demands.first)
            let before = matcher.supplies(for: demand)
            try await matcher.refresh(on: t.db)
            #expect(matcher.supplies(for: demand).map(\.supplyID) == before.map(\.supplyID))

            await #expect(throws: MarketBenchError.self) { try await MarketBenchData(db: t.db, now: now).generate(size) }
        }
    }

    @Test func test_aGeneratedPatentNumberCarriesTheCheckDigitOfItsTwelveDigits() {
        // 2·2 + 0·3 + 1·4 + 3·5 + 1·6 + 0·7 + 1·8 + 2·9 + 3·2 + 4·3 + 5·4 + 6·5 = 123 = 11·11 + 2.
        #expect(MarketBenchData.patentCheck("201310123456") == "2")
        // 2·2 + 2·4 + 1·6 + 5·5 = 43 = 3·11 + 10: a remainder of 10 is written X.
        #expect(MarketBenchData.patentCheck("202010000005") == "X")
    }
}
