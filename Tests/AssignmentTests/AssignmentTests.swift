/// Tests for the reviewer-assignment engine (Art. 29: peer review). Each test names the rule it
/// proves. Optima are checked against two independent methods written here: exhaustive
/// enumeration (tiny instances) and a plain Bellman–Ford successive-shortest-path min-cost flow
/// with a big-M bonus for minimum loads (a different formulation from the solver's). Nothing
/// here reads ../shared; instances are built in memory or written to a temporary directory.
import Foundation
import Testing
@testable import Assignment

// MARK: - helpers

/// Small deterministic generator (independent of the solver's).
struct LCG {
    var s: UInt64
    mutating func next(_ n: Int) -> Int {
        s = s &* 6364136223846793005 &+ 1442695040888963407
        return Int((s >> 33) % UInt64(n))
    }
}

struct Tiny {
    var k: [Int]
    var lo: [Int]
    var hi: [Int]
    /// allowed pairs with scores
    var pairs: [(proposal: Int, reviewer: Int, score: UInt16)]

    var problem: AssignmentProblem {
        get throws {
            try AssignmentProblem(proposals: k.enumerated().map { ("p\($0.offset)", $0.element) },
                                  reviewers: hi.indices.map { ("r\($0)", lo[$0], hi[$0]) }, pairs: pairs)
        }
    }

    static func random(_ seed: UInt64, P: Int, R: Int, kMax: Int, density: Int, minLoads: Bool) -> Tiny {
        var g = LCG(s: seed)
        let k = (0..<P).map { _ in 1 + g.next(kMax) }
        var pairs: [(Int, Int, UInt16)] = []
        for i in 0..<P { for j in 0..<R where g.next(100) < density { pairs.append((i, j, UInt16(g.next(1000)))) } }
        var hi = (0..<R).map { _ in g.next(4) }
        let demand = k.reduce(0, +)
        while hi.reduce(0, +) < demand { hi[g.next(R)] += 1 }
        let lo = hi.map { minLoads && $0 > 0 ? g.next(min(2, $0) + 1) : 0 }
        return Tiny(k: k, lo: lo, hi: hi, pairs: pairs.map { (proposal: $0.0, reviewer: $0.1, score: $0.2) })
    }
}

/// Exhaustive optimum (nil = infeasible). Enumerates k-subsets per proposal.
func bruteForce(_ t: Tiny) -> Int64? {
    let P = t.k.count, R = t.hi.count
    var byP = [[(Int, Int64)]](repeating: [], count: P)
    for p in t.pairs { byP[p.proposal].append((p.reviewer, Int64(p.score))) }
    var load = [Int](repeating: 0, count: R)
    var best: Int64? = nil
    func rec(_ i: Int, _ total: Int64) {
        if i == P {
            for j in 0..<R where load[j] < t.lo[j] { return }
            if best == nil || total > best! { best = total }
            return
        }
        func choose(_ from: Int, _ left: Int, _ acc: Int64) {
            if left == 0 { rec(i + 1, acc); return }
            if from >= byP[i].count { return }
            let (j, w) = byP[i][from]
            if load[j] < t.hi[j] { load[j] += 1; choose(from + 1, left - 1, acc + w); load[j] -= 1 }
            choose(from + 1, left, acc)
        }
        choose(0, t.k[i], total)
    }
    rec(0, 0)
    return best
}

/// Independent exact solver: successive shortest paths with Bellman–Ford on
/// S → proposal (cap k) → reviewer (cap 1, cost −w) → sink, reviewer→sink split into a min-load
/// part with cost −M and the rest with cost 0. Returns the max total affinity, or nil.
func ssp(_ t: Tiny) -> Int64? {
    let P = t.k.count, R = t.hi.count
    let n = P + R + 2, S = P + R, T = P + R + 1
    let M: Int64 = 1_000_000_000
    var to: [Int] = [], cap: [Int] = [], cost: [Int64] = [], adj = [[Int]](repeating: [], count: n)
    func add(_ u: Int, _ v: Int, _ c: Int, _ w: Int64) {
        adj[u].append(to.count); to.append(v); cap.append(c); cost.append(w)
        adj[v].append(to.count); to.append(u); cap.append(0); cost.append(-w)
    }
    for i in 0..<P { add(S, i, t.k[i], 0) }
    for p in t.pairs { add(p.proposal, P + p.reviewer, 1, -Int64(p.score)) }
    for j in 0..<R { add(P + j, T, t.lo[j], -M); add(P + j, T, t.hi[j] - t.lo[j], 0) }
    let demand = t.k.reduce(0, +)
    var total: Int64 = 0
    for _ in 0..<demand {
        var dist = [Int64](repeating: .max, count: n), via = [Int](repeating: -1, count: n)
        dist[S] = 0
        var changed = true
        while changed {
            changed = false
            for u in 0..<n where dist[u] != .max {
                for e in adj[u] where cap[e] > 0 && dist[u] + cost[e] < dist[to[e]] {
                    dist[to[e]] = dist[u] + cost[e]; via[to[e]] = e; changed = true
                }
            }
        }
        if dist[T] == .max { return nil }
        var v = T
        while v != S { let e = via[v]; cap[e] -= 1; cap[e ^ 1] += 1; v = to[e ^ 1] }
        total += dist[T]
    }
    let minSum = Int64(t.lo.reduce(0, +))
    // Every min-load arc must be saturated, else the instance is infeasible.
    var e = 0
    for _ in 0..<P { e += 2 }
    e += 2 * t.pairs.count
    for j in 0..<R { if cap[e] > 0 && t.lo[j] > 0 { return nil }; e += 4 }
    return -(total + M * minSum)
}

/// Checks every validity rule of FORMAT.md §3 on a result; returns the first violation.
func violation(_ pb: AssignmentProblem, _ r: AssignmentResult) -> String? {
    var allowed = [Int: UInt16]()
    for i in 0..<pb.proposalCount {
        for a in Int(pb.rowStart[i])..<Int(pb.rowStart[i + 1]) { allowed[i * pb.reviewerCount + Int(pb.reviewer[a])] = pb.score[a] }
    }
    var per = [Set<Int32>](repeating: [], count: pb.proposalCount)
    var load = [Int32](repeating: 0, count: pb.reviewerCount)
    var total: Int64 = 0
    for q in 0..<r.count {
        let i = Int(r.proposals[q]), j = r.reviewers[q]
        guard let s = allowed[i * pb.reviewerCount + Int(j)] else { return "forbidden pair \(i),\(j)" }
        guard per[i].insert(j).inserted else { return "duplicate pair \(i),\(j)" }
        load[Int(j)] += 1; total += Int64(s)
    }
    for i in 0..<pb.proposalCount where per[i].count != Int(pb.k[i]) { return "proposal \(i) has \(per[i].count) reviewers" }
    for j in 0..<pb.reviewerCount where load[j] < pb.minLoad[j] || load[j] > pb.maxLoad[j] { return "reviewer \(j) load \(load[j])" }
    if total != r.totalAffinity { return "total mismatch" }
    return nil
}

func tempDir() -> String {
    let d = NSTemporaryDirectory() + "kechuang-assign-\(UUID().uuidString)"
    try? FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
    return d
}

// MARK: - rules

@Test func test_Art29_everyProposalGetsExactlyKDistinctReviewers() throws {
    for seed in 1...20 {
        let t = Tiny.random(UInt64(seed), P: 12, R: 9, kMax: 3, density: 80, minLoads: false)
        let pb = try t.problem
        guard let r = try? AssignmentSolver.solve(pb) else { continue }
        #expect(violation(pb, r) == nil)
        for i in 0..<pb.proposalCount {
            let mine = (0..<r.count).filter { r.proposals[$0] == Int32(i) }.map { r.reviewers[$0] }
            #expect(mine.count == Int(pb.k[i]) && Set(mine).count == mine.count)
        }
    }
}

@Test func test_Art29_totalAffinityIsTheExhaustiveOptimum() throws {
    var checked = 0
    for seed in 1...60 {
        let t = Tiny.random(UInt64(seed) &* 7919, P: 4, R: 5, kMax: 2, density: 75, minLoads: seed % 2 == 0)
        let pb = try t.problem
        let want = bruteForce(t)
        do {
            let r = try AssignmentSolver.solve(pb)
            #expect(r.totalAffinity == want, "seed \(seed)")
            #expect(r.certified)
            #expect(violation(pb, r) == nil)
            checked += 1
        } catch AssignmentError.infeasible {
            #expect(want == nil, "seed \(seed): solver says infeasible, enumeration found \(String(describing: want))")
        }
    }
    #expect(checked > 20)
}

@Test func test_Art29_optimumMatchesIndependentBellmanFordSolver() throws {
    for seed in 1...25 {
        let t = Tiny.random(UInt64(seed) &* 104729, P: 25, R: 18, kMax: 3, density: 45, minLoads: true)
        let pb = try t.problem
        let want = ssp(t)
        do {
            let r = try AssignmentSolver.solve(pb, seed: UInt64(seed))
            #expect(r.totalAffinity == want, "seed \(seed)")
            #expect(r.certified)
            #expect(violation(pb, r) == nil)
        } catch AssignmentError.infeasible {
            #expect(want == nil, "seed \(seed)")
        }
    }
}

@Test func test_minLoadIsRespectedEvenWhenItCostsAffinity() throws {
    // r1 scores lower everywhere but must review at least 2 proposals.
    let t = Tiny(k: [1, 1, 1], lo: [0, 2], hi: [3, 3],
                 pairs: [(0, 0, 900), (0, 1, 100), (1, 0, 800), (1, 1, 300), (2, 0, 700), (2, 1, 600)])
    let r = try AssignmentSolver.solve(try t.problem)
    #expect(r.totalAffinity == bruteForce(t))
    #expect(r.totalAffinity == 900 + 300 + 600)
    #expect(r.reviewers.filter { $0 == 1 }.count == 2)
}

@Test func test_maxLoadIsNeverExceeded() throws {
    // Everyone prefers r0, who may take only one.
    let t = Tiny(k: [1, 1, 1], lo: [0, 0, 0], hi: [1, 2, 2],
                 pairs: [(0, 0, 999), (0, 1, 10), (1, 0, 998), (1, 2, 10), (2, 0, 997), (2, 1, 500)])
    let r = try AssignmentSolver.solve(try t.problem)
    #expect(r.reviewers.filter { $0 == 0 }.count == 1)
    #expect(r.totalAffinity == bruteForce(t))
}

@Test func test_conflictedPairIsNeverAssigned_andSameInstitutionRuleApplies() throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    // p0 would love r0 (declared conflict) and r1 (same institution "A"); it must get r2 and r3.
    let props: [(id: String, k: Int, institutions: [String])] = [("p0", 2, ["A", "B"]), ("p1", 1, ["C"])]
    let revs: [(id: String, maxLoad: Int, minLoad: Int, institution: String)] =
        [("r0", 2, 0, "X"), ("r1", 2, 0, "B"), ("r2", 2, 0, "Y"), ("r3", 2, 0, "Z")]
    var scores: [(proposal: Int, reviewer: Int, score: UInt16)] = []
    for i in 0..<2 { for j in 0..<4 { scores.append((i, j, UInt16([60000, 50000, 100, 90][j]))) } }
    for dense in [true, false] {
        try RapBench.writeInstance(directory: dir, name: "coi", proposals: props, reviewers: revs, scores: scores,
                                   dense: dense, conflicts: [(0, 0, "co-author"), (0, 0, "declared-other")])
        let inst = try RapBench.read(directory: dir)
        let r = try AssignmentSolver.solve(inst.problem)
        let p0 = Set((0..<r.count).filter { r.proposals[$0] == 0 }.map { r.reviewers[$0] })
        #expect(p0 == [2, 3])
        #expect(inst.removedConflicts == 2)    // (p0,r0) declared, (p0,r1) same institution
        #expect(r.totalAffinity == 100 + 90 + 60000)
    }
}

@Test func test_sparseEligibility_absentPairsAreNeverUsed() throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let props: [(id: String, k: Int, institutions: [String])] = [("p0", 1, ["A"]), ("p1", 1, ["A"])]
    let revs: [(id: String, maxLoad: Int, minLoad: Int, institution: String)] = [("r0", 2, 0, "X"), ("r1", 2, 0, "Y")]
    // Only (p0,r1) with score 0 and (p1,r0) are eligible; a listed score of 0 is eligible.
    try RapBench.writeInstance(directory: dir, name: "sp", proposals: props, reviewers: revs,
                               scores: [(0, 1, 0), (1, 0, 5)], dense: false, conflicts: [])
    let inst = try RapBench.read(directory: dir)
    let r = try AssignmentSolver.solve(inst.problem)
    #expect(Set(zip(r.proposals, r.reviewers).map { "\($0.0)-\($0.1)" }) == ["0-1", "1-0"])
    #expect(r.totalAffinity == 5)
}

@Test func test_reader_roundTripsDenseAndSparse() throws {
    let t = Tiny.random(42, P: 7, R: 6, kMax: 2, density: 70, minLoads: true)
    let props = t.k.enumerated().map { (id: "p\($0.offset)", k: $0.element, institutions: ["I\($0.offset % 3)", "J"]) }
    let revs = t.hi.indices.map { (id: "r\($0)", maxLoad: t.hi[$0], minLoad: t.lo[$0], institution: "K\($0 % 4)") }
    for dense in [true, false] {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // Dense: every pair is listed (absent ones score 0), so only sparse keeps exact eligibility.
        var scores = t.pairs
        if dense {
            var have = Set(t.pairs.map { $0.proposal * 100 + $0.reviewer })
            for i in 0..<7 { for j in 0..<6 where have.insert(i * 100 + j).inserted { scores.append((i, j, 0)) } }
        }
        try RapBench.writeInstance(directory: dir, name: "rt", proposals: props, reviewers: revs, scores: scores,
                                   dense: dense, conflicts: [(3, 2, "co-author")])
        let inst = try RapBench.read(directory: dir)
        let pb = inst.problem
        #expect(pb.proposalCount == 7 && pb.reviewerCount == 6 && inst.dense == dense)
        #expect(pb.k.map(Int.init) == t.k && pb.maxLoad.map(Int.init) == t.hi && pb.minLoad.map(Int.init) == t.lo)
        var got = Set<String>(), want = Set<String>()
        for i in 0..<7 { for a in Int(pb.rowStart[i])..<Int(pb.rowStart[i + 1]) { got.insert("\(i),\(pb.reviewer[a]),\(pb.score[a])") } }
        for s in scores where !(s.proposal == 3 && s.reviewer == 2) { want.insert("\(s.proposal),\(s.reviewer),\(s.score)") }
        #expect(got == want)   // no "J"/"K" clash: institutions differ
        // Output round trip.
        if let r = try? AssignmentSolver.solve(pb) {
            let out = dir + "/out.csv"
            try RapBench.writeAssignment(r, problem: pb, to: out)
            let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
            #expect(lines.first == "proposal,reviewer" && lines.count == r.count + 1)
            #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("p") && $0.contains(",r") })
        }
    }
}

@Test func test_reader_generalIdsAndUnsortedRows() throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let props: [(id: String, k: Int, institutions: [String])] = [("APP-7", 1, ["A"]), ("APP-2", 1, ["B"])]
    let revs: [(id: String, maxLoad: Int, minLoad: Int, institution: String)] = [("alice", 1, 0, "X"), ("bob", 1, 0, "A")]
    try RapBench.writeInstance(directory: dir, name: "ids", proposals: props, reviewers: revs,
                               scores: [(1, 1, 10), (0, 0, 20), (1, 0, 30), (0, 1, 40)], dense: false, conflicts: [])
    let inst = try RapBench.read(directory: dir)
    let r = try AssignmentSolver.solve(inst.problem)
    // APP-7 cannot take bob (institution A): APP-7→alice, APP-2→bob.
    #expect(r.totalAffinity == 30)
    let out = dir + "/out.csv"
    try RapBench.writeAssignment(r, problem: inst.problem, to: out)
    let text = try String(contentsOfFile: out, encoding: .utf8)
    #expect(text.contains("APP-7,alice") && text.contains("APP-2,bob"))
}

@Test func test_reader_reportsBrokenFilesInWords() throws {
    let dir = tempDir()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try RapBench.writeInstance(directory: dir, name: "bad", proposals: [("p0", 1, ["A"])], reviewers: [("r0", 1, 0, "X")],
                               scores: [(0, 0, 1)], dense: false, conflicts: [])
    try "proposal,reviewer,score\np0,r0,70000\n".write(toFile: dir + "/affinity.csv", atomically: true, encoding: .utf8)
    #expect(throws: AssignmentError.self) { try RapBench.read(directory: dir) }
    do { _ = try RapBench.read(directory: dir) } catch { #expect("\(error)".contains("0…65535")) }
    #expect(throws: AssignmentError.self) { try RapBench.read(directory: dir + "/missing") }
}

@Test func test_infeasible_tooFewEligibleReviewersIsExplained() throws {
    let t = Tiny(k: [2, 1], lo: [0, 0], hi: [5, 5], pairs: [(0, 0, 1), (1, 0, 1), (1, 1, 1)])
    do { _ = try AssignmentSolver.solve(try t.problem); Issue.record("expected infeasible") } catch AssignmentError.infeasible(let r) {
        #expect(r.shortProposals == [0])
        #expect(r.description.contains("p0") && r.description.contains("fewer eligible"))
    }
}

@Test func test_infeasible_capacityAndMinLoadTotalsAreExplained() throws {
    let t = Tiny(k: [2, 2], lo: [0, 0], hi: [1, 2], pairs: [(0, 0, 1), (0, 1, 1), (1, 0, 1), (1, 1, 1)])
    do { _ = try AssignmentSolver.solve(try t.problem); Issue.record("expected infeasible") } catch AssignmentError.infeasible(let r) {
        #expect(r.totalDemand == 4 && r.totalMaxCapacity == 3)
        #expect(r.description.contains("at most 3"))
    }
    let m = Tiny(k: [1], lo: [1, 1], hi: [1, 1], pairs: [(0, 0, 1), (0, 1, 1)])
    do { _ = try AssignmentSolver.solve(try m.problem); Issue.record("expected infeasible") } catch AssignmentError.infeasible(let r) {
        #expect(r.description.contains("minimum loads add up to 2"))
    }
}

@Test func test_infeasible_hallViolationIsExplainedByACut() throws {
    // p0, p1, p2 each need 1 reviewer but may only use r0 (max 2); r1 is free but unreachable.
    let t = Tiny(k: [1, 1, 1, 1], lo: [0, 0], hi: [2, 5],
                 pairs: [(0, 0, 5), (1, 0, 5), (2, 0, 5), (3, 0, 5), (3, 1, 5)])
    do { _ = try AssignmentSolver.solve(try t.problem); Issue.record("expected infeasible") } catch AssignmentError.infeasible(let r) {
        #expect(r.cutProposalCount == 3 && r.cutReviewerCount == 1)
        #expect(r.cutDemand == 3 && r.cutCapacity == 2)
        #expect(r.description.contains("r0"))
    }
}

@Test func test_infeasible_minLoadCutIsExplained() throws {
    // r1 must review 2 proposals but only p0 may use it (and p0 needs just one reviewer).
    let t = Tiny(k: [1, 1], lo: [0, 1], hi: [2, 2], pairs: [(0, 0, 5), (0, 1, 5), (1, 0, 5)])
    #expect(bruteForce(t) != nil)   // feasible as stated…
    let u = Tiny(k: [1, 1], lo: [0, 2], hi: [2, 2], pairs: [(0, 0, 5), (0, 1, 5), (1, 0, 5)])
    #expect(bruteForce(u) == nil)   // …but not with min load 2
    do { _ = try AssignmentSolver.solve(try u.problem); Issue.record("expected infeasible") } catch AssignmentError.infeasible(let r) {
        #expect(!r.description.isEmpty && r.description.contains("r1"))
    }
    // A min-load cut that only max flow finds: both proposals could use r1, but each needs r0 too.
    let v = Tiny(k: [2, 2, 1], lo: [0, 2, 0], hi: [3, 3, 1],
                 pairs: [(0, 0, 1), (0, 1, 1), (1, 0, 1), (1, 1, 1), (2, 2, 1), (2, 0, 1)])
    if bruteForce(v) == nil {
        do { _ = try AssignmentSolver.solve(try v.problem); Issue.record("expected infeasible") } catch AssignmentError.infeasible {}
    } else {
        #expect(try AssignmentSolver.solve(try v.problem).totalAffinity == bruteForce(v))
    }
}

@Test func test_fair_bottleneckIsMaximal_thenTotalIsMaximalAmongThose() throws {
    for seed in 1...30 {
        let t = Tiny.random(UInt64(seed) &* 31337, P: 4, R: 5, kMax: 2, density: 80, minLoads: seed % 3 == 0)
        guard bruteForce(t) != nil else { continue }
        let pb = try t.problem
        let r = try AssignmentSolver.solve(pb, fair: true)
        #expect(violation(pb, r) == nil)
        guard let theta = r.bottleneck else { Issue.record("no bottleneck"); continue }
        // Exhaustively: the best achievable bottleneck, and the best total at that bottleneck.
        var bestTheta: UInt16 = 0
        for th in Set(t.pairs.map(\.score)).sorted() {
            var sub = t; sub.pairs = t.pairs.filter { $0.score >= th }
            if bruteForce(sub) != nil { bestTheta = th }
        }
        #expect(theta == bestTheta, "seed \(seed)")
        var sub = t; sub.pairs = t.pairs.filter { $0.score >= bestTheta }
        #expect(r.totalAffinity == bruteForce(sub))
        var smallest = UInt16.max
        for q in 0..<r.count { smallest = min(smallest, t.pairs.first { $0.proposal == Int(r.proposals[q]) && $0.reviewer == Int(r.reviewers[q]) }!.score) }
        #expect(smallest >= theta)
        #expect(r.minProposalTotal >= Int64(theta) * Int64(pb.k.min()!))
    }
}

@Test func test_fair_raisesTheWorstServedProposal() throws {
    // Max-total (100 + 1) leaves p1 with 1; fair mode gives everyone ≥ 40 (40 + 50) instead.
    let t = Tiny(k: [1, 1], lo: [0, 0], hi: [1, 1], pairs: [(0, 0, 100), (0, 1, 40), (1, 0, 50), (1, 1, 1)])
    let plain = try AssignmentSolver.solve(try t.problem)
    let fair = try AssignmentSolver.solve(try t.problem, fair: true)
    #expect(plain.totalAffinity == 101 && plain.minProposalTotal == 1)
    #expect(fair.bottleneck == 40 && fair.totalAffinity == 90 && fair.minProposalTotal == 40)
}

@Test func test_determinism_sameSeedSameAssignment() throws {
    let t = Tiny.random(7, P: 40, R: 30, kMax: 3, density: 60, minLoads: true)
    let pb = try t.problem
    guard let a = try? AssignmentSolver.solve(pb, seed: 5) else { return }
    let b = try AssignmentSolver.solve(pb, seed: 5)
    #expect(a.proposals == b.proposals && a.reviewers == b.reviewers)
    let c = try AssignmentSolver.solve(pb, seed: 6)
    #expect(c.totalAffinity == a.totalAffinity)   // another seed may break ties differently, same optimum
}

@Test func test_problemValidation_rejectsDuplicatePairsAndBadLoads() {
    #expect(throws: AssignmentError.self) {
        try AssignmentProblem(proposals: [("p0", 1)], reviewers: [("r0", 0, 1)], pairs: [(0, 0, 1), (0, 0, 2)])
    }
    #expect(throws: AssignmentError.self) {
        try AssignmentProblem(proposals: [("p0", 1)], reviewers: [("r0", 2, 1)], pairs: [(0, 0, 1)])
    }
}

@Test func test_emptyInstanceIsTriviallySolved_andUnusedReviewerWithMinLoadIsInfeasible() throws {
    let empty = try AssignmentProblem(proposals: [], reviewers: [("r0", 0, 2)], pairs: [])
    let r = try AssignmentSolver.solve(empty)
    #expect(r.count == 0 && r.totalAffinity == 0 && r.certified)
    let needy = try AssignmentProblem(proposals: [], reviewers: [("r0", 1, 2)], pairs: [])
    #expect(throws: AssignmentError.self) { try AssignmentSolver.solve(needy) }
}
