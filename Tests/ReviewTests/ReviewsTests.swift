import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Projects
import Storage
import Testing
@testable import Review

@Suite("Reviews: invitations, the form, progress and ranking")
struct ReviewsTests {
    @Test func test_declineAssignsTheNextBestExpertToThatProposalOnly() async throws {
        try await withTestDatabase { t in
            let w = try await ReviewWorld.make(t)
            let round = try await w.published(k: 1)
            let before = try await w.rounds.assignments(round: round.id)
            let declined = before.first { $0.applicationID == w.proposals[1].id.rawValue }!
            let replacement = try #require(try await w.reviews.decline(declined.id, reason: "时间冲突", by: w.expert(declined.expertID)))
            let after = try await w.rounds.assignments(round: round.id)
            #expect(replacement != declined.expertID)
            let new = after.first { $0.applicationID == w.proposals[1].id.rawValue && $0.expertID == replacement }
            #expect(new?.source == .replacement && new?.status == .assigned)
            // The best remaining candidate: no eligible, free expert scores higher.
            let candidates = try await w.rounds.eligibleReplacements(round: round, application: w.proposals[1].id.rawValue, excluding: [declined.expertID])
            #expect(candidates.allSatisfy { $0.affinity <= new!.affinity })
            // Other proposals keep their reviewers.
            let others = { (list: [ReviewAssignment]) in list.filter { $0.applicationID != w.proposals[1].id.rawValue }.map(\.id).sorted { $0.uuidString < $1.uuidString } }
            #expect(others(before) == others(after))
        }
    }

    @Test func test_Art29_reviewFormNeedsEveryScoreAndBothDeclarations() async throws {
        try await withTestDatabase { t in
            let w = try await ReviewWorld.make(t)
            let round = try await w.published(k: 2)
            let a = try await w.rounds.assignments(round: round.id)[0]
            let expert = w.expert(a.expertID)
            try await w.reviews.accept(a.id, by: expert)
            var bad = ReviewWorld.goodReview
            bad.scores["novelty"] = "11"
            bad.noConflict = false
            bad.confidentiality = false
            await #expect { _ = try await w.reviews.submit(a.id, bad, by: expert) } throws: { error in
                guard case DomainError.validation(let errors) = error else { return false }
                return Set(errors.map(\.field)) == ["score_novelty", "confidentiality", "no_conflict"]
                    && errors.first { $0.field == "no_conflict" }?.basis == .art(29)
            }
            let review = try await w.reviews.submit(a.id, ReviewWorld.goodReview, by: expert)
            #expect(abs(review.total - Ranking.total(["novelty": 8, "feasibility": 7, "team": 9, "value": 6], criteria: ReviewRound.defaultCriteria)) < 1e-9)
        }
    }

    @Test func test_expertSeesOtherReviewsOnlyAfterSubmittingTheirOwn() async throws {
        try await withTestDatabase { t in
            let w = try await ReviewWorld.make(t)
            let round = try await w.published(k: 2)
            let pair = try await w.rounds.assignments(round: round.id).filter { $0.applicationID == w.proposals[0].id.rawValue }
            let (first, second) = (pair[0], pair[1])
            for a in pair { try await w.reviews.accept(a.id, by: w.expert(a.expertID)) }
            _ = try await w.reviews.submit(first.id, ReviewWorld.goodReview, by: w.expert(first.expertID))
            #expect(try await w.reviews.otherReviews(second.id, for: w.expert(second.expertID)) == nil)
            _ = try await w.reviews.submit(second.id, ReviewWorld.goodReview, by: w.expert(second.expertID))
            #expect(try await w.reviews.otherReviews(second.id, for: w.expert(second.expertID))?.count == 1)
            // Someone else's assignment does not exist for them.
            await #expect(throws: DomainError.self) { _ = try await w.reviews.otherReviews(first.id, for: w.expert(second.expertID)) }
        }
    }

    @Test func test_progressAndRemindersReachTheExperts() async throws {
        try await withTestDatabase { t in
            let w = try await ReviewWorld.make(t)
            let round = try await w.published(k: 1)
            #expect(try await w.reviews.progress(round: round.id)[.assigned] == w.proposals.count)
            let reminded = try await w.reviews.remind(round: round.id, by: w.officer)
            #expect(reminded == w.proposals.count)
            let a = try await w.rounds.assignments(round: round.id)[0]
            let invitations = try await w.reviews.invitations(for: w.expert(a.expertID))
            #expect(invitations.contains { $0.assignment.id == a.id && $0.needsReminder })
        }
    }

    @Test func test_rankingOrdersByMeanAndCutsOffAtTheCallsBudget() async throws {
        try await withTestDatabase { t in
            let w = try await ReviewWorld.make(t, budget: 200_000)
            let round = try await w.published(k: 1)
            for (i, a) in try await w.rounds.assignments(round: round.id).enumerated() {
                let expert = w.expert(a.expertID)
                try await w.reviews.accept(a.id, by: expert)
                var input = ReviewWorld.goodReview
                input.scores = ["novelty": String(4 + i), "feasibility": "7", "team": "7", "value": "7"]
                _ = try await w.reviews.submit(a.id, input, by: expert)
            }
            let ranking = try await w.reviews.ranking(call: w.call.id)
            #expect(ranking.map(\.mean) == ranking.map(\.mean).sorted(by: >))
            #expect(ranking.map(\.aboveCutoff) == [true, true, false, false], "two awards of 100,000 fit a budget of 200,000")
        }
    }
}

@Suite("Ranking arithmetic")
struct RankingTests {
    @Test func test_totalIsWeightedOnAHundredPointScale() {
        let criteria = [Criterion(key: "a", zh: "甲", en: "A", maxScore: 10, weight: 3), Criterion(key: "b", zh: "乙", en: "B", maxScore: 5, weight: 1)]
        #expect(Ranking.total(["a": 10, "b": 5], criteria: criteria) == 100)
        #expect(Ranking.total(["a": 5, "b": 0], criteria: criteria) == 37.5)
    }

    @Test func test_outlierIsMoreThanTwentyPointsFromTheMedian() {
        let rows = Ranking.rank([(id: UUID(), title: "x", budget: 1, state: "accepted", totals: [80, 82, 40])], budget: 10)
        #expect(rows[0].outliers == [40])
        #expect(rows[0].spread > 20)
        #expect(Ranking.isOutlier(60, among: [60, 70, 75]) == false)
        #expect(Ranking.isOutlier(40, among: [40]) == false, "one review has nothing to stand out from")
    }

    @Test func test_cutoffStopsAtTheFirstApplicationThatNoLongerFits() {
        let ids = (0..<3).map { _ in UUID() }
        let rows = Ranking.rank([(id: ids[0], title: "a", budget: 60, state: "accepted", totals: [90]),
                                 (id: ids[1], title: "b", budget: 60, state: "accepted", totals: [80]),
                                 (id: ids[2], title: "c", budget: 10, state: "accepted", totals: [70])], budget: 100)
        #expect(rows.map(\.applicationID) == ids)
        #expect(rows.map(\.aboveCutoff) == [true, false, false])
    }

    /// Issue #11: `remaining -= budget` trapped for a call budget of Int.max and a negative budget
    /// (rows older than the amount bounds). Such a budget never fits; nothing traps.
    @Test func test_cutoffWithExtremeAmounts_isOverflowSafe() {
        let ids = (0..<3).map { _ in UUID() }
        let rows = Ranking.rank([(id: ids[0], title: "a", budget: Int.max, state: "accepted", totals: [90]),
                                 (id: ids[1], title: "b", budget: -1, state: "accepted", totals: [80]),
                                 (id: ids[2], title: "c", budget: Int.min, state: "accepted", totals: [70])], budget: Int.max)
        #expect(rows.map(\.aboveCutoff) == [true, false, false])
        let negativeFirst = Ranking.rank([(id: ids[0], title: "a", budget: Int.min, state: "accepted", totals: [90])], budget: Int.max)
        #expect(negativeFirst.map(\.aboveCutoff) == [false])
    }
}
