/// REV: optimal reviewer assignment — the problem model, the result and the errors.
///
/// The problem: give every proposal exactly `k` distinct reviewers, keep every reviewer's load in
/// `[minLoad, maxLoad]`, never use a forbidden pair (declared conflict, same institution, not
/// eligible), and maximise the total affinity. Eligible pairs are stored once, in a compact CSR
/// layout (row = proposal, `Int32` reviewer indices, `UInt16` scores): a forbidden pair is simply
/// absent. The solver (`CostScaling.swift`) is an exact min-cost flow; `Feasibility.swift` proves
/// feasibility or explains infeasibility; `RapBench.swift` reads and writes `rap-bench/1`.
/// Pure Swift + Foundation; the Review domain and `kechuang assign` call `AssignmentSolver.solve`.
import Foundation

public enum Assignment {}

/// An assignment instance in memory. Indices are 0-based row numbers; ids are for reports and
/// output only. Arcs of proposal `i` are `rowStart[i] ..< rowStart[i+1]` in `reviewer`/`score`.
public struct AssignmentProblem: Sendable {
    public var proposalIDs: [String]
    public var reviewerIDs: [String]
    /// Reviewers each proposal needs (`k ≥ 1`).
    public var k: [Int32]
    public var minLoad: [Int32]
    public var maxLoad: [Int32]
    /// CSR row offsets, `proposalCount + 1` entries, non-decreasing, `rowStart[0] == 0`.
    public var rowStart: [Int32]
    /// Reviewer index of each eligible arc (distinct within a row).
    public var reviewer: [Int32]
    /// Affinity of each eligible arc, higher is better.
    public var score: [UInt16]

    public var proposalCount: Int { k.count }
    public var reviewerCount: Int { maxLoad.count }
    public var arcCount: Int { reviewer.count }

    /// Builds a problem from CSR arrays and checks it (sizes, offsets, index ranges, loads,
    /// duplicate pairs). Throws `AssignmentError.invalidProblem` on any inconsistency.
    public init(proposalIDs: [String], k: [Int32], reviewerIDs: [String], minLoad: [Int32], maxLoad: [Int32],
                rowStart: [Int32], reviewer: [Int32], score: [UInt16], validate: Bool = true) throws {
        self.proposalIDs = proposalIDs
        self.k = k
        self.reviewerIDs = reviewerIDs
        self.minLoad = minLoad
        self.maxLoad = maxLoad
        self.rowStart = rowStart
        self.reviewer = reviewer
        self.score = score
        if validate { try self.validate() }
    }

    /// Builds a problem from plain lists: `pairs` are the eligible, non-conflicted
    /// `(proposal index, reviewer index, score)` triples in any order.
    public init(proposals: [(id: String, k: Int)], reviewers: [(id: String, minLoad: Int, maxLoad: Int)],
                pairs: [(proposal: Int, reviewer: Int, score: UInt16)]) throws {
        let P = proposals.count
        var start = [Int32](repeating: 0, count: P + 1)
        for p in pairs {
            guard p.proposal >= 0, p.proposal < P else {
                throw AssignmentError.invalidProblem("pair names proposal index \(p.proposal), but there are \(P) proposals")
            }
            start[p.proposal + 1] += 1
        }
        for i in 0..<P { start[i + 1] += start[i] }
        var fill = Array(start.dropLast())
        var rev = [Int32](repeating: 0, count: pairs.count)
        var sc = [UInt16](repeating: 0, count: pairs.count)
        for p in pairs {
            let at = Int(fill[p.proposal]); fill[p.proposal] += 1
            rev[at] = Int32(truncatingIfNeeded: p.reviewer); sc[at] = p.score
        }
        try self.init(proposalIDs: proposals.map(\.id), k: proposals.map { Int32($0.k) },
                      reviewerIDs: reviewers.map(\.id), minLoad: reviewers.map { Int32($0.minLoad) },
                      maxLoad: reviewers.map { Int32($0.maxLoad) }, rowStart: start, reviewer: rev, score: sc)
    }

    func validate() throws {
        let P = k.count, R = maxLoad.count
        func bad(_ s: String) -> AssignmentError { .invalidProblem(s) }
        guard proposalIDs.count == P else { throw bad("\(proposalIDs.count) proposal ids for \(P) proposals") }
        guard reviewerIDs.count == R, minLoad.count == R else { throw bad("reviewer arrays differ in length") }
        guard rowStart.count == P + 1, rowStart.first == 0, Int(rowStart[P]) == reviewer.count,
              score.count == reviewer.count else { throw bad("CSR offsets do not match the arc arrays") }
        for i in 0..<P {
            guard k[i] >= 1 else { throw bad("proposal \(proposalIDs[i]) has k = \(k[i]); k must be at least 1") }
            guard rowStart[i] <= rowStart[i + 1] else { throw bad("CSR offsets decrease at proposal \(i)") }
        }
        for j in 0..<R where minLoad[j] < 0 || minLoad[j] > maxLoad[j] {
            throw bad("reviewer \(reviewerIDs[j]) has min load \(minLoad[j]) and max load \(maxLoad[j])")
        }
        var stamp = [Int32](repeating: -1, count: R)
        for i in 0..<P {
            for a in Int(rowStart[i])..<Int(rowStart[i + 1]) {
                let j = Int(reviewer[a])
                guard j >= 0, j < R else { throw bad("arc \(a) names reviewer index \(j); there are \(R) reviewers") }
                guard stamp[j] != Int32(i) else {
                    throw bad("pair \(proposalIDs[i]),\(reviewerIDs[j]) is listed twice")
                }
                stamp[j] = Int32(i)
            }
        }
    }

    /// The same problem keeping only arcs with `score >= minScore` (used by fair mode).
    public func keeping(minScore: UInt16) -> AssignmentProblem {
        var copy = self
        var start = [Int32](repeating: 0, count: proposalCount + 1)
        var rev = [Int32](); rev.reserveCapacity(arcCount)
        var sc = [UInt16](); sc.reserveCapacity(arcCount)
        for i in 0..<proposalCount {
            for a in Int(rowStart[i])..<Int(rowStart[i + 1]) where score[a] >= minScore {
                rev.append(reviewer[a]); sc.append(score[a])
            }
            start[i + 1] = Int32(rev.count)
        }
        copy.rowStart = start; copy.reviewer = rev; copy.score = sc
        return copy
    }
}

/// One solution. `pairs` are `(proposal index, reviewer index)`, grouped by proposal.
public struct AssignmentResult: Sendable {
    public var proposals: [Int32]
    public var reviewers: [Int32]
    public var totalAffinity: Int64
    /// Smallest sum of assigned scores over all proposals (fairness).
    public var minProposalTotal: Int64
    public var meanProposalTotal: Double
    /// Fair mode: the guaranteed smallest affinity of any assigned pair (the bottleneck); else nil.
    public var bottleneck: UInt16?
    /// True when the dual prices prove optimality (every residual arc has reduced cost ≥ −1
    /// with costs scaled by more than the longest cycle), checked arc by arc after solving.
    public var certified: Bool
    public var solveSeconds: Double
    public var phases: Int
    public var seed: UInt64
    public var fair: Bool

    public var count: Int { proposals.count }
}

/// Everything that can go wrong, described in plain words (`description`).
public enum AssignmentError: Error, CustomStringConvertible, Sendable {
    /// The instance files are missing, malformed or inconsistent.
    case unreadable(String)
    /// The arrays handed to `AssignmentProblem` are inconsistent.
    case invalidProblem(String)
    /// No valid assignment exists; the report says why.
    case infeasible(InfeasibilityReport)

    public var description: String {
        switch self {
        case .unreadable(let s): return "cannot read the instance: \(s)"
        case .invalidProblem(let s): return "invalid problem: \(s)"
        case .infeasible(let r): return r.description
        }
    }
}

/// Why no valid assignment exists. Each part is present only when it applies.
public struct InfeasibilityReport: Sendable, CustomStringConvertible {
    /// Proposals with fewer eligible reviewers than they need (all of them, by index).
    public var shortProposals: [Int32] = []
    public var shortProposalIDs: [String] = []
    public var totalDemand: Int64 = 0
    public var totalMaxCapacity: Int64 = 0
    public var totalMinLoad: Int64 = 0
    /// Reviewers whose min load exceeds the number of proposals that may use them.
    public var unreachableMinLoadReviewerIDs: [String] = []
    /// Cut found by max flow: these proposals can only use `cutReviewers`, whose capacity is short.
    public var cutProposalIDs: [String] = []
    public var cutProposalCount: Int = 0
    public var cutReviewerCount: Int = 0
    public var cutDemand: Int64 = 0
    public var cutCapacity: Int64 = 0
    public var cutReviewerIDs: [String] = []
    /// The min loads of reviewers outside the cut that could not be met (min-load cut), if that is the reason.
    public var minLoadShortfall: Int64 = 0
    public var maxFlow: Int64 = 0
    /// Further reasons in plain words, one per line.
    public var lines: [String] = []

    public var description: String {
        var out = ["No valid assignment exists:"]
        func few(_ ids: [String], _ n: Int) -> String {
            let shown = ids.prefix(5).joined(separator: ", ")
            return n > 5 ? "\(shown), … (\(n) in all)" : shown
        }
        if !shortProposals.isEmpty {
            out.append("- \(shortProposals.count) proposal(s) have fewer eligible, non-conflicted reviewers than they need: \(few(shortProposalIDs, shortProposals.count)).")
        }
        if totalDemand > totalMaxCapacity {
            out.append("- Proposals need \(totalDemand) reviews in total, but all reviewers together can take at most \(totalMaxCapacity) (sum of max loads).")
        }
        if totalMinLoad > totalDemand {
            out.append("- Reviewers' minimum loads add up to \(totalMinLoad), more than the \(totalDemand) reviews the proposals need.")
        }
        if !unreachableMinLoadReviewerIDs.isEmpty {
            out.append("- \(unreachableMinLoadReviewerIDs.count) reviewer(s) have a minimum load larger than the number of proposals they may review: \(few(unreachableMinLoadReviewerIDs, unreachableMinLoadReviewerIDs.count)).")
        }
        if cutProposalCount > 0 {
            var s = "- Max flow places only \(maxFlow) of \(totalDemand) reviews. \(cutProposalCount) proposal(s) (\(few(cutProposalIDs, cutProposalCount))) may only use \(cutReviewerCount) reviewer(s)"
            if !cutReviewerIDs.isEmpty { s += " (\(few(cutReviewerIDs, cutReviewerCount)))" }
            s += "; they need \(cutDemand) reviews but those reviewers can take at most \(cutCapacity)"
            if minLoadShortfall > 0 {
                s += " once the other reviewers' minimum loads are met (the other proposals leave \(minLoadShortfall) review(s) of those minimum loads uncovered)"
            }
            s += "."
            out.append(s)
        }
        out.append(contentsOf: lines.map { "- " + $0 })
        if out.count == 1 { out.append("- (no simple reason found)") }
        return out.joined(separator: "\n")
    }
}
