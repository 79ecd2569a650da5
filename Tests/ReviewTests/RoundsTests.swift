import Assignment
import Foundation
import Identity
import Integrity
import KechuangCore
import KechuangTestSupport
import Projects
import SQLKit
import Storage
import Testing
@testable import Review

@Suite("Review rounds: optimal assignment, conflicts, report")
struct RoundsTests {
    @Test func test_Art29_everyProposalGetsKDistinctReviewersWithoutConflicts() async throws {
        try await withTestDatabase { t in
            let w = try await ReviewWorld.make(t)
            let round = try await w.rounds.run(try await w.configure(k: 2).id, by: w.officer)
            let assignments = try await w.rounds.assignments(round: round.id)
            let exclusions = Set(try await w.rounds.exclusions(round: round.id).map { "\($0.applicationID) \($0.expertID)" })
            for proposal in w.proposals {
                let experts = assignments.filter { $0.applicationID == proposal.id.rawValue }.map(\.expertID)
                #expect(experts.count == 2 && Set(experts).count == 2)
            }
            for a in assignments {
                #expect(!exclusions.contains("\(a.applicationID) \(a.expertID)"), "a conflicted pair was assigned")
                let expert = w.expert(a.expertID)
                let proposal = w.proposals.first { $0.id.rawValue == a.applicationID }!
                #expect(!expert.memberships.contains { $0.organisationID == proposal.organisationID }, "same organisation")
            }
            let loads = Dictionary(grouping: assignments, by: \.expertID).mapValues(\.count)
            #expect(loads.values.allSatisfy { $0 <= 4 })
            #expect(round.state == .computed)
            #expect(round.report?.objective == assignments.reduce(0) { $0 + $1.affinity })
            #expect(round.report?.exclusionsByReason[ConflictReason.sameOrganisation.rawValue] == 6)
        }
    }

    /// Issue #11: a negative seed typed on the round form trapped in `UInt64(seed)` when the round
    /// ran. Seeds and loads are now bounded when the round is configured (the API documents the
    /// same bounds), and a round stored before that with any seed still runs.
    @Test func test_Art29_seedOutOfBounds_isAFieldError_andAnOldRowWithANegativeSeedRunsNotCrash() async throws {
        try await withTestDatabase { t in
            let w = try await ReviewWorld.make(t)
            func configure(seed: Int, maxLoad: Int = 4) async throws -> ReviewRound {
                try await w.rounds.configure(call: w.call.id.rawValue, reviewersPerProposal: 2, minLoad: 0, maxLoad: maxLoad,
                                             deadline: t.clock.now.addingTimeInterval(20 * 86_400), fair: false, seed: seed,
                                             criteria: ReviewRound.defaultCriteria, by: w.officer)
            }
            for (seed, maxLoad, field) in [(-1, 4, "seed"), (Int.min, 4, "seed"), (Int.max, 4, "seed"), (7, Int.max, "max_load")] {
                let error = await #expect(throws: DomainError.self) { try await configure(seed: seed, maxLoad: maxLoad) }
                guard case .validation(let errors)? = error else { Issue.record("expected a validation error"); continue }
                #expect(errors.map(\.field).contains(field), "seed \(seed), max load \(maxLoad)")
            }
            let configured = try await configure(seed: Int(Int32.max))
            for seed in [-1, Int.min, Int.max] {
                try await #require(t.db as? any SQLDatabase).raw("UPDATE rev_rounds SET seed = \(bind: seed) WHERE id = \(bind: configured.id)").run()
                let round = try await w.rounds.run(configured.id, by: w.officer)
                #expect(round.state == .computed, "seed \(seed)")
                #expect(round.report?.seed == seed)
            }
        }
    }

    @Test func test_Art29_assignmentIsOptimal_noSingleSwapImprovesIt() async throws {
        try await withTestDatabase { t in
            let w = try await ReviewWorld.make(t)
            let round = try await w.rounds.run(try await w.configure(k: 2).id, by: w.officer)
            let inputs = try await w.rounds.gather(round)
            let assignments = try await w.rounds.assignments(round: round.id)
            let conflicted = Set(inputs.exclusions.map { "\($0.applicationID) \($0.expertID)" })
            let load = Dictionary(grouping: assignments, by: \.expertID).mapValues(\.count)
            // Moving one proposal to a free, eligible expert never raises the total.
            for a in assignments {
                let p = inputs.proposals.firstIndex { $0.id.rawValue == a.applicationID }!
                for (e, expert) in inputs.experts.enumerated()
                where !conflicted.contains("\(a.applicationID) \(expert.personID)") && load[expert.personID, default: 0] < 4
                    && !assignments.contains(where: { $0.applicationID == a.applicationID && $0.expertID == expert.personID }) {
                    #expect(inputs.affinity[p][e] <= a.affinity)
                }
            }
        }
    }

    @Test func test_Art29_publishedReportLetsAnyoneReRunTheAssignment() async throws {
        try await withTestDatabase { t in
            let w = try await ReviewWorld.make(t)
            let round = try await w.published()
            let report = try #require(round.report)
            let files = try await w.rounds.instanceFiles(round: round.id)
            let ordered = ["header.json", "proposals.csv", "reviewers.csv", "affinity.csv", "conflicts.csv"].map { (name: $0, content: files[$0]!) }
            #expect(RapInstance.digest(ordered) == report.inputsDigest)
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rap-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dir) }
            for (name, content) in files { try content.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
            let instance = try RapBench.read(directory: dir.path)
            let rerun = try AssignmentSolver.solve(instance.problem, fair: report.fair, seed: UInt64(report.seed))
            #expect(Int(rerun.totalAffinity) == report.objective)
            #expect(report.publishedAt != nil)
        }
    }

    @Test func test_Art60_expertUnderReviewRestrictionIsExcluded_untilThePeriodEnds() async throws {
        try await withTestDatabase { t in
            let w = try await ReviewWorld.make(t)
            let restricted = w.experts[2]
            try await t.restrict(.person(restricted.id), [.reviewDuty], until: t.clock.now.addingTimeInterval(10 * 86_400))
            let round = try await w.rounds.run(try await w.configure().id, by: w.officer)
            let exclusions = try await w.rounds.exclusions(round: round.id).filter { $0.expertID == restricted.id && $0.reason == .integrity }
            #expect(exclusions.count == w.proposals.count)
            #expect(exclusions.first?.reason.basis == .art(60))
            #expect(try await w.rounds.assignments(round: round.id).allSatisfy { $0.expertID != restricted.id })

            t.clock.advance(by: 11 * 86_400)
            let again = try await w.rounds.run(try await w.configure().id, by: w.officer)
            #expect(try await w.rounds.exclusions(round: again.id).allSatisfy { $0.reason != .integrity })
        }
    }

    @Test func test_Art60_restrictedExpertCannotAcceptAnInvitation() async throws {
        try await withTestDatabase { t in
            let w = try await ReviewWorld.make(t)
            let round = try await w.published()
            let assignment = try await w.rounds.assignments(round: round.id)[0]
            let expert = w.expert(assignment.expertID)
            try await t.restrict(.person(expert.id), [.reviewDuty])
            await #expect { try await w.reviews.accept(assignment.id, by: expert) } throws: { error in
                guard case DomainError.forbidden(_, let basis) = error else { return false }
                return basis == .art(60)
            }
        }
    }

    @Test func test_officerSwapIsCheckedForConflictsAndAudited() async throws {
        try await withTestDatabase { t in
            let w = try await ReviewWorld.make(t)
            let round = try await w.rounds.run(try await w.configure(k: 1).id, by: w.officer)
            let assignment = try await w.rounds.assignments(round: round.id).first { $0.applicationID == w.proposals[0].id.rawValue }!
            // Expert 0 is at the proposal's own organisation: the swap is refused with the reason.
            await #expect { try await w.rounds.swap(round: round.id, application: w.proposals[0].id.rawValue, from: assignment.expertID, to: w.experts[0].id, by: w.officer) } throws: { error in
                guard case DomainError.validation(let errors) = error else { return false }
                return errors.first?.field == "to" && errors.first?.message.en.contains("Same organisation") == true
            }
            let free = w.experts.first { e in e.id != assignment.expertID && !e.memberships.contains { $0.organisationID == w.proposals[0].organisationID } }!
            try await w.rounds.swap(round: round.id, application: w.proposals[0].id.rawValue, from: assignment.expertID, to: free.id, by: w.officer)
            let after = try await w.rounds.assignments(round: round.id).filter { $0.applicationID == w.proposals[0].id.rawValue }
            #expect(after.map(\.expertID) == [free.id])
            #expect(after.first?.source == .manual)
            let audit = try await AuditChain.list(.init(object: round.id.uuidString), limit: 5, on: t.db).map(\.action)
            #expect(audit.contains("review.reviewer_swapped"))
        }
    }

    @Test func test_officerConflictIsKeptAcrossRuns() async throws {
        try await withTestDatabase { t in
            let w = try await ReviewWorld.make(t)
            let round = try await w.configure(k: 1)
            try await w.rounds.addConflict(round: round.id, application: w.proposals[2].id.rawValue, expert: w.experts[3].id, reason: "师生关系", by: w.officer)
            _ = try await w.rounds.run(round.id, by: w.officer)
            _ = try await w.rounds.run(round.id, by: w.officer)
            let officer = try await w.rounds.exclusions(round: round.id).filter { $0.byOfficer }
            #expect(officer.count == 1 && officer.first?.detail == "师生关系")
            #expect(try await w.rounds.assignments(round: round.id).allSatisfy { !($0.applicationID == w.proposals[2].id.rawValue && $0.expertID == w.experts[3].id) })
        }
    }

    @Test func test_infeasibleRoundIsExplainedNotCrashed() async throws {
        try await withTestDatabase { t in
            let w = try await ReviewWorld.make(t, experts: 3)
            let round = try await w.configure(k: 3)
            await #expect { _ = try await w.rounds.run(round.id, by: w.officer) } throws: { error in
                guard case DomainError.validation(let errors) = error else { return false }
                return errors.first?.rule == "round.assignment.feasible" && errors.first?.message.zh.contains("少于所需人数") == true
            }
        }
    }

    @Test func test_fairModeIsValidAndReportsItsParameters() async throws {
        try await withTestDatabase { t in
            let w = try await ReviewWorld.make(t)
            let round = try await w.rounds.run(try await w.configure(k: 2, fair: true).id, by: w.officer)
            #expect(round.report?.fair == true)
            #expect(try await w.rounds.assignments(round: round.id).count == 2 * w.proposals.count)
        }
    }
}
