import Foundation
import KechuangTestSupport
import Testing
@testable import Review

/// The ranking's budget arithmetic, as the officer reads it (issue #13): budget fit is the requests
/// summed in rank order against the call's budget, and missing reviews are not a budget problem.
@Suite("Ranking budget fit")
struct RankingBudgetTests {
    @Test func test_withNoReviewsNothingIsBeyondTheBudget() {
        let rows = Ranking.rank([(id: UUID(), title: "a", budget: 300_000, state: "accepted", totals: []),
                                 (id: UUID(), title: "b", budget: 280_000, state: "accepted", totals: []),
                                 (id: UUID(), title: "c", budget: 250_000, state: "accepted", totals: [])], budget: 30_000_000)
        #expect(rows.map(\.withinBudget) == [true, true, true], "830,000 requested fits a budget of 30,000,000")
        #expect(rows.map(\.aboveCutoff) == [false, false, false], "nothing is above the cut-off before any review")
        #expect(rows.last?.cumulativeRequest == 830_000, "requests add up in rank order")
        #expect(rows.map(\.reviewCount) == [0, 0, 0] && rows.map(\.hasSpread) == [false, false, false])
    }

    @Test func test_budgetFitSumsRequestsInRankOrder_andRefusedApplicationsCostNothing() {
        let ids = (0..<4).map { _ in UUID() }
        let rows = Ranking.rank([(id: ids[0], title: "a", budget: 60, state: "funded", totals: [90, 88]),
                                 (id: ids[1], title: "b", budget: 30, state: "not_funded", totals: [85]),
                                 (id: ids[2], title: "c", budget: 40, state: "accepted", totals: [80]),
                                 (id: ids[3], title: "d", budget: 10, state: "accepted", totals: [70])], budget: 100)
        #expect(rows.map(\.applicationID) == ids)
        #expect(rows.map(\.cumulativeRequest) == [60, 60, 100, 110])
        #expect(rows.map(\.withinBudget) == [true, true, true, false])
        #expect(rows.map(\.aboveCutoff) == [true, true, true, false])
    }

    @Test func test_spreadIsOnlyMeaningfulFromTwoReviews() {
        let one = Ranking.rank([(id: UUID(), title: "a", budget: 1, state: "accepted", totals: [77])], budget: 10)
        #expect(!one[0].hasSpread)
        let two = Ranking.rank([(id: UUID(), title: "a", budget: 1, state: "accepted", totals: [70, 80])], budget: 10)
        #expect(two[0].hasSpread && two[0].spread > 7)
    }

    @Test func test_unreviewedApplicationMarksTheCutoffButStaysWithinBudget() {
        let ids = (0..<2).map { _ in UUID() }
        let rows = Ranking.rank([(id: ids[0], title: "a", budget: 50, state: "accepted", totals: [60]),
                                 (id: ids[1], title: "b", budget: 10, state: "accepted", totals: [])], budget: 100)
        #expect(rows.map(\.aboveCutoff) == [true, false])
        #expect(rows.map(\.withinBudget) == [true, true])
    }
}
