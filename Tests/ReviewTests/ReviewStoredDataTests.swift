import Foundation
import KechuangCore
import KechuangTestSupport
import Testing
@testable import Review

/// Fail loudly, never open: a review round or assignment whose stored state nobody knows is a
/// `StoredDataError`, never `draft` (which would let a published round be re-run) or `assigned`.
@Suite("Review: damaged stored rows")
struct ReviewStoredDataTests {
    @Test func test_unknownRoundState_isAnError_notADraft() async throws {
        try await withTestDatabase { t in
            let w = try await ReviewWorld.make(t, experts: 3)
            let round = try await w.configure(k: 1)
            try await t.damage("rev_rounds", id: round.id.rawValue, set: "state", to: "publishd")
            await #expect { _ = try await w.rounds.round(call: w.call.id.rawValue) } throws: { TestDB.isStoredDataError($0, table: "rev_rounds", column: "state") }
            await #expect { _ = try await w.rounds.find(round.id) } throws: { TestDB.isStoredDataError($0, table: "rev_rounds", column: "state") }
        }
    }
}
