import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Testing
@testable import Review

/// The officer's manual swap (issue #13): each refusal names its own cause, a 0.000 match needs a
/// confirmation, and the swap is disclosed pseudonymously in the report with its reason.
@Suite("Manual reviewer swaps")
struct SwapTests {
    static func rules(_ error: any Error) -> [String] {
        guard case DomainError.validation(let errors) = error else { return [] }
        return errors.map(\.rule)
    }

    @Test func test_Art29_eachSwapRefusalNamesItsCause() async throws {
        try await withTestDatabase { t in
            let w = try await ReviewWorld.make(t)
            let round = try await w.rounds.run(try await w.configure(k: 2, maxLoad: 2).id, by: w.officer)
            let assignments = try await w.rounds.assignments(round: round.id)
            let p0 = w.proposals[0].id.rawValue
            let onP0 = assignments.filter { $0.applicationID == p0 }
            // Expert 0 works at proposal 0's organisation.
            await #expect { try await w.rounds.swap(round: round.id, application: p0, from: onP0[0].expertID, to: w.experts[0].id, reason: "x", by: w.officer) }
                throws: { Self.rules($0) == ["round.swap.conflict"] }
            await #expect { try await w.rounds.swap(round: round.id, application: p0, from: onP0[0].expertID, to: onP0[1].expertID, reason: "x", by: w.officer) }
                throws: { Self.rules($0) == ["round.swap.already_assigned"] }
            var load: [UUID: Int] = [:]
            for a in assignments { load[a.expertID, default: 0] += 1 }
            let onP0IDs = Set(onP0.map(\.expertID))
            let conflicted = Set(try await w.rounds.exclusions(round: round.id).filter { $0.applicationID == p0 }.map(\.expertID))
            if let full = w.experts.first(where: { load[$0.id] == 2 && !onP0IDs.contains($0.id) && !conflicted.contains($0.id) }) {
                await #expect { try await w.rounds.swap(round: round.id, application: p0, from: onP0[0].expertID, to: full.id, reason: "x", by: w.officer) }
                    throws: { Self.rules($0) == ["round.swap.max_load"] }
            }
            let stranger = try await t.person([.reviewer])
            await #expect { try await w.rounds.swap(round: round.id, application: p0, from: onP0[0].expertID, to: stranger.id, reason: "x", by: w.officer) }
                throws: { Self.rules($0) == ["round.swap.not_in_pool"] }
            await #expect { try await w.rounds.swap(round: round.id, application: p0, from: onP0[0].expertID, to: w.experts[0].id, reason: " ", by: w.officer) }
                throws: { Set(Self.rules($0)) == ["round.swap.conflict", "round.swap.reason"] }
        }
    }

    @Test func test_Art29_swapToANoMatchExpertNeedsConfirmation_andIsDisclosedPseudonymously() async throws {
        try await withTestDatabase { t in
            let w = try await ReviewWorld.make(t)
            let round = try await w.rounds.run(try await w.configure(k: 1).id, by: w.officer)
            let p0 = w.proposals[0].id.rawValue
            let from = try #require(try await w.rounds.assignments(round: round.id).first { $0.applicationID == p0 })
            // A new expert in a field nothing shares: their match with every proposal is 0.
            let outsider = try await t.person([.reviewer], organisation: w.organisations[3].id)
            var profile = try await w.pool.profile(of: outsider)
            profile.disciplines = ["H01"]
            profile.keywords = "古典文献"
            profile.maxLoad = 4
            _ = try await w.pool.save(profile, expectedVersion: profile.version, by: outsider)
            let rerun = try await w.rounds.run(round.id, by: w.officer)
            let current = try #require(try await w.rounds.assignments(round: rerun.id).first { $0.applicationID == p0 })
            await #expect { try await w.rounds.swap(round: rerun.id, application: p0, from: current.expertID, to: outsider.id, reason: "专家回避后补充", noMatchConfirmed: false, by: w.officer) }
                throws: { Self.rules($0) == ["round.swap.no_match"] }
            try await w.rounds.swap(round: rerun.id, application: p0, from: current.expertID, to: outsider.id, reason: "专家回避后补充", noMatchConfirmed: true, by: w.officer)
            let published = try await w.rounds.publish(rerun.id, by: w.officer)
            let report = try #require(published.report)
            let pseudonym = try #require(report.proposalPseudonyms?[p0.uuidString.lowercased()])
            let outsiderPseudonym = try #require(report.reviewerPseudonyms?[outsider.id.uuidString.lowercased()])
            #expect(report.swaps?.map(\.reason) == ["专家回避后补充"])
            #expect(report.swaps?.first?.proposal == pseudonym && report.swaps?.first?.to == outsiderPseudonym && report.swaps?.first?.toAffinity == 0)
            #expect(report.publishedAssignment?.contains("\(pseudonym),\(outsiderPseudonym)") == true)
            #expect(report.solverAssignment?.contains("\(pseudonym),\(outsiderPseudonym)") == false, "the solver never chose a 0 match")
            _ = from
        }
    }
}
