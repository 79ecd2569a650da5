/// The public entry point: checks, fair-mode threshold search, the exact solve, the result.
///
/// Fair mode is lexicographic and exact: first the bottleneck θ* — the largest score θ such
/// that a valid assignment using only pairs with affinity ≥ θ exists — is found by binary search
/// over the distinct scores, each step an exact max-flow feasibility test; then the total
/// affinity is maximised exactly over the pairs with affinity ≥ θ*. So no assigned pair is worse
/// than θ*, no valid assignment has a better worst pair, every proposal's total is ≥ k·θ*, and
/// among all assignments with that guarantee the total is the largest possible. (Maximising the
/// smallest per-proposal *total* directly is an integer max-min problem, NP-hard in general; the
/// bottleneck is its exact, polynomial stand-in.)
import Foundation

public enum AssignmentSolver {
    /// Solves `problem` exactly. Throws `AssignmentError.infeasible` (with the explanation) when
    /// no valid assignment exists. `seed` only changes the order proposals bid in (ties); the
    /// result is deterministic for a given seed.
    public static func solve(_ problem: AssignmentProblem, fair: Bool = false, seed: UInt64 = 0) throws -> AssignmentResult {
        let t0 = Date()
        let verbose = ProcessInfo.processInfo.environment["KECHUANG_ASSIGN_VERBOSE"] != nil
        func note(_ what: String) {
            if verbose { FileHandle.standardError.write("\(what) at \(String(format: "%.3f", Date().timeIntervalSince(t0))) s\n".data(using: .utf8)!) }
        }
        if let r = Feasibility.precheck(problem) { throw AssignmentError.infeasible(r) }
        note("precheck")
        if let r = Feasibility.maxFlow(problem) { throw AssignmentError.infeasible(r) }
        note("max flow")
        var pb = problem
        var bottleneck: UInt16? = nil
        if fair {
            let theta = bestBottleneck(problem)
            bottleneck = theta
            if theta > 0 { pb = problem.keeping(minScore: theta) }
        }
        note("fair threshold")
        let out = CostScaling.solve(pb, seed: seed, verbose: verbose)
        note("cost scaling + certificate")
        var props: [Int32] = [], revs: [Int32] = []
        var total: Int64 = 0
        var sums = [Int64](repeating: 0, count: pb.proposalCount)
        var cnt = 0
        for x in out.assigned where x != 0 { cnt += 1 }
        props.reserveCapacity(cnt); revs.reserveCapacity(cnt)
        for i in 0..<pb.proposalCount {
            for a in Int(pb.rowStart[i])..<Int(pb.rowStart[i + 1]) where out.assigned[a] != 0 {
                props.append(Int32(i)); revs.append(pb.reviewer[a])
                let s = Int64(pb.score[a]); total += s; sums[i] += s
            }
        }
        let minSum = sums.min() ?? 0
        let mean = sums.isEmpty ? 0 : Double(total) / Double(sums.count)
        return AssignmentResult(proposals: props, reviewers: revs, totalAffinity: total, minProposalTotal: minSum,
                                meanProposalTotal: mean, bottleneck: bottleneck, certified: out.certified,
                                solveSeconds: Date().timeIntervalSince(t0), phases: out.phases, seed: seed, fair: fair)
    }

    /// The largest θ such that the pairs with score ≥ θ still admit a valid assignment
    /// (the problem must be feasible). Binary search over the distinct scores present.
    public static func bestBottleneck(_ pb: AssignmentProblem) -> UInt16 {
        var present = [Bool](repeating: false, count: 65536)
        for s in pb.score { present[Int(s)] = true }
        // Upper bound: each proposal's k-th best score.
        var ub = Int(UInt16.max)
        var buf: [UInt16] = []
        for i in 0..<pb.proposalCount {
            buf.removeAll(keepingCapacity: true)
            buf.append(contentsOf: pb.score[Int(pb.rowStart[i])..<Int(pb.rowStart[i + 1])])
            let k = Int(pb.k[i])
            guard buf.count >= k else { return 0 }
            buf.sort(by: >)
            ub = min(ub, Int(buf[k - 1]))
        }
        var values: [UInt16] = []
        for v in 0...ub where present[v] { values.append(UInt16(v)) }
        guard !values.isEmpty else { return 0 }
        var lo = 0, hi = values.count - 1   // values[lo] feasible (all arcs); find the last feasible
        var warm: [UInt8]? = nil
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            var attempt = warm
            if Feasibility.maxFlow(pb, minScore: values[mid], explain: false, warm: &attempt) == nil {
                lo = mid; warm = attempt
            } else { hi = mid - 1 }
        }
        return values[lo]
    }
}
