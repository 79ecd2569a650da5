/// Feasibility: is there any valid assignment at all, and if not, why?
///
/// First cheap counting checks (a proposal with fewer eligible reviewers than k; total demand vs
/// Σ maxLoad; Σ minLoad vs total demand; a reviewer whose minLoad exceeds the proposals that may
/// use it). Then an exact max flow on the same network the solver uses (proposal → reviewer,
/// capacity 1; a reviewer keeps up to minLoad units itself and passes up to maxLoad − minLoad to
/// the common sink T, which takes Σk − ΣminLoad): a greedy fill (minimum loads first, then the
/// reviewer with the most spare capacity), then Hopcroft–Karp/Dinic-style rounds — one
/// breadth-first layering from all proposals that still lack reviewers, then many node-disjoint
/// shortest augmenting paths found by depth-first search with current-arc pointers.
///
/// If a round finds no augmenting path, the set X of nodes reachable from the short proposals is
/// closed in the residual graph, so the flow is maximum (Ford–Fulkerson) and X is a minimum cut:
/// the proposals in X can only use the reviewers in X, whose capacity (or, when T is in X, what is
/// left after the other reviewers' minimum loads) is smaller than the proposals' demand. That
/// is the explanation we report.
import Foundation

enum Feasibility {
    /// Counting checks; nil when none fails.
    static func precheck(_ pb: AssignmentProblem) -> InfeasibilityReport? {
        var r = InfeasibilityReport()
        let P = pb.proposalCount, R = pb.reviewerCount
        var bad = false
        for i in 0..<P where Int(pb.rowStart[i + 1] - pb.rowStart[i]) < Int(pb.k[i]) {
            r.shortProposals.append(Int32(i))
            if r.shortProposalIDs.count < 5 { r.shortProposalIDs.append(pb.proposalIDs[i]) }
            bad = true
        }
        for x in pb.k { r.totalDemand += Int64(x) }
        for x in pb.maxLoad { r.totalMaxCapacity += Int64(x) }
        for x in pb.minLoad { r.totalMinLoad += Int64(x) }
        if r.totalDemand > r.totalMaxCapacity || r.totalMinLoad > r.totalDemand { bad = true }
        var deg = [Int32](repeating: 0, count: R)
        for j in pb.reviewer { deg[Int(j)] += 1 }
        for j in 0..<R where pb.minLoad[j] > deg[j] {
            r.unreachableMinLoadReviewerIDs.append(pb.reviewerIDs[j]); bad = true
        }
        return bad ? r : nil
    }

    /// Exact feasibility by max flow, using only arcs with score ≥ minScore. Returns nil when a
    /// valid assignment exists, else the cut explanation (an empty report when `explain` is false).
    /// `warm`: arc flags of a valid flow for a lower threshold, reused as the starting point; on
    /// success `warm` is replaced by the new flow.
    static func maxFlow(_ pb: AssignmentProblem, minScore: UInt16 = 0, explain: Bool = true,
                        warm: inout [UInt8]?) -> InfeasibilityReport? {
        var net = FlowState(pb, minScore: minScore)
        let r = net.run(explain: explain, warm: warm)
        if r == nil { warm = net.asg }
        return r
    }

    static func maxFlow(_ pb: AssignmentProblem, minScore: UInt16 = 0, explain: Bool = true) -> InfeasibilityReport? {
        var none: [UInt8]? = nil
        return maxFlow(pb, minScore: minScore, explain: explain, warm: &none)
    }
}

private struct FlowState {
    let pb: AssignmentProblem
    let minScore: UInt16
    let P: Int, R: Int
    var asg: [UInt8]
    var cnt: [Int32]
    var load: [Int32]
    var hBase: [Int32], hLen: [Int32], hProp: [Int32], hArc: [Int32]
    var optUsed: Int64 = 0
    let optBudget: Int64
    // Layering (valid when the stamp matches): distance from the short proposals; -2 = dead/used.
    var stampP: [Int32], stampR: [Int32], distP: [Int32], distR: [Int32], viaT: [Bool]
    var stampT: Int32 = 0, distT: Int32 = 0
    var stamp: Int32 = 0
    var curP: [Int32], curR: [Int32]
    var curT = 0

    init(_ pb: AssignmentProblem, minScore: UInt16) {
        self.pb = pb; self.minScore = minScore
        P = pb.proposalCount; R = pb.reviewerCount
        asg = [UInt8](repeating: 0, count: pb.arcCount)
        cnt = [Int32](repeating: 0, count: P)
        load = [Int32](repeating: 0, count: R)
        hBase = [Int32](repeating: 0, count: R + 1)
        for j in 0..<R { hBase[j + 1] = hBase[j] + pb.maxLoad[j] }
        hLen = [Int32](repeating: 0, count: R)
        hProp = [Int32](repeating: 0, count: Int(hBase[R]))
        hArc = [Int32](repeating: 0, count: Int(hBase[R]))
        var d: Int64 = 0
        for x in pb.k { d += Int64(x) }
        for x in pb.minLoad { d -= Int64(x) }
        optBudget = d
        stampP = [Int32](repeating: 0, count: P); stampR = [Int32](repeating: 0, count: R)
        distP = [Int32](repeating: 0, count: P); distR = [Int32](repeating: 0, count: R)
        viaT = [Bool](repeating: false, count: R)
        curP = [Int32](repeating: 0, count: P); curR = [Int32](repeating: 0, count: R)
    }

    func tail(_ a: Int) -> Int {
        var lo = 0, hi = P   // largest i with rowStart[i] <= a
        while hi - lo > 1 { let mid = (lo + hi) >> 1; if Int(pb.rowStart[mid]) <= a { lo = mid } else { hi = mid } }
        return lo
    }

    mutating func attach(_ i: Int, _ a: Int) {
        let j = Int(pb.reviewer[a])
        if load[j] >= pb.minLoad[j] { optUsed += 1 }
        asg[a] = 1; cnt[i] += 1
        let s = Int(hBase[j] + hLen[j]); hProp[s] = Int32(i); hArc[s] = Int32(a); hLen[j] += 1; load[j] += 1
    }

    mutating func detach(_ a: Int) {
        let j = Int(pb.reviewer[a])
        let base = Int(hBase[j]), n = Int(hLen[j])
        for q in 0..<n where Int(hArc[base + q]) == a {
            hArc[base + q] = hArc[base + n - 1]; hProp[base + q] = hProp[base + n - 1]; break
        }
        hLen[j] -= 1; load[j] -= 1
        if load[j] >= pb.minLoad[j] { optUsed -= 1 }
        asg[a] = 0; cnt[tail(a)] -= 1
    }

    @inline(__always) func terminal(_ j: Int) -> Bool {
        load[j] < pb.minLoad[j] || (load[j] < pb.maxLoad[j] && optUsed < optBudget)
    }

    mutating func run(explain: Bool, warm: [UInt8]?) -> InfeasibilityReport? {
        if let warm {
            // Keep the previous flow's pairs that survive the threshold (they respect every bound).
            for i in 0..<P {
                for a in Int(pb.rowStart[i])..<Int(pb.rowStart[i + 1]) where warm[a] != 0 && pb.score[a] >= minScore {
                    attach(i, a)
                }
            }
        }
        // Greedy: minimum loads first (any reviewer still below its minimum), then each open slot
        // goes to the eligible reviewer with the most spare capacity, within the optional budget.
        for i in 0..<P where cnt[i] < pb.k[i] {
            for a in Int(pb.rowStart[i])..<Int(pb.rowStart[i + 1]) where asg[a] == 0 && pb.score[a] >= minScore {
                let j = Int(pb.reviewer[a])
                if load[j] < pb.minLoad[j] { attach(i, a); if cnt[i] == pb.k[i] { break } }
            }
        }
        for i in 0..<P {
            while cnt[i] < pb.k[i] && optUsed < optBudget {
                var best = -1, bestSpare: Int32 = 0
                for a in Int(pb.rowStart[i])..<Int(pb.rowStart[i + 1]) where asg[a] == 0 && pb.score[a] >= minScore {
                    let j = Int(pb.reviewer[a])
                    let spare = pb.maxLoad[j] - load[j]
                    if spare > bestSpare { bestSpare = spare; best = a }
                }
                if best < 0 { break }
                attach(i, best)
            }
        }
        var rounds = 0
        while true {
            var short = 0
            for i in 0..<P where cnt[i] < pb.k[i] { short += Int(pb.k[i] - cnt[i]) }
            if ProcessInfo.processInfo.environment["KECHUANG_ASSIGN_VERBOSE"] != nil {
                FileHandle.standardError.write("feasibility θ=\(minScore) round \(rounds): \(short) units short\n".data(using: .utf8)!)
            }
            if short == 0 { return nil }   // Σload = Σk within the optional budget ⇒ every minimum load met
            rounds += 1
            if !layer() { return explain ? report() : InfeasibilityReport() }
            for i in 0..<P where cnt[i] < pb.k[i] && distP[i] == 0 && stampP[i] == stamp {
                while cnt[i] < pb.k[i] && findPath(from: i) {}
            }
        }
    }

    /// Breadth-first layering from every short proposal. Returns false when no terminal is reachable.
    mutating func layer() -> Bool {
        stamp &+= 1
        var queue: [Int32] = []   // ≥ 0: proposal, < 0: reviewer −1−j, Int32.min: T
        for i in 0..<P where cnt[i] < pb.k[i] {
            stampP[i] = stamp; distP[i] = 0; curP[i] = pb.rowStart[i]; queue.append(Int32(i))
        }
        var found = false, limit = Int32.max
        var qi = 0
        while qi < queue.count {
            let u = queue[qi]; qi += 1
            if u >= 0 {
                let i = Int(u), d = distP[i]
                if d >= limit { break }
                for a in Int(pb.rowStart[i])..<Int(pb.rowStart[i + 1]) where asg[a] == 0 && pb.score[a] >= minScore {
                    let j = Int(pb.reviewer[a])
                    if stampR[j] == stamp { continue }
                    stampR[j] = stamp; distR[j] = d + 1; viaT[j] = false; curR[j] = 0
                    if terminal(j) { found = true; limit = d + 1 } else { queue.append(-1 - Int32(j)) }
                }
            } else if u == Int32.min {
                let d = distT
                for j in 0..<R where stampR[j] != stamp && load[j] > pb.minLoad[j] {
                    stampR[j] = stamp; distR[j] = d + 1; viaT[j] = true; curR[j] = 0
                    queue.append(-1 - Int32(j))
                }
            } else {
                let j = Int(-1 - u), d = distR[j]
                let base = Int(hBase[j])
                for q in 0..<Int(hLen[j]) {
                    let i2 = Int(hProp[base + q])
                    if stampP[i2] != stamp { stampP[i2] = stamp; distP[i2] = d + 1; curP[i2] = pb.rowStart[i2]; queue.append(Int32(i2)) }
                }
                if !viaT[j] && load[j] < pb.maxLoad[j] && stampT != stamp {
                    stampT = stamp; distT = d + 1; curT = 0; queue.append(Int32.min)
                }
            }
        }
        return found
    }

    /// Iterative depth-first search along the layering from source proposal `src`; on reaching a
    /// terminal reviewer, flips the path and marks its inner nodes used for this round.
    mutating func findPath(from src: Int) -> Bool {
        // Stack entries: node (as in `layer`) and the arc used to enter it (-1 for the source and T).
        var nodes: [Int32] = [Int32(src)], arcs: [Int32] = [-1]
        while let u = nodes.last {
            var pushed = false
            if u >= 0 {
                let i = Int(u), d = distP[i]
                let end = Int(pb.rowStart[i + 1])
                var a = Int(curP[i])
                while a < end {
                    if asg[a] == 0 && pb.score[a] >= minScore {
                        let j = Int(pb.reviewer[a])
                        if stampR[j] == stamp && distR[j] == d + 1 && !viaT[j] {
                            if terminal(j) {
                                curP[i] = Int32(a)
                                nodes.append(-1 - Int32(j)); arcs.append(Int32(a))
                                flip(nodes, arcs)
                                return true
                            }
                            curP[i] = Int32(a + 1)
                            nodes.append(-1 - Int32(j)); arcs.append(Int32(a)); pushed = true; break
                        }
                    }
                    a += 1
                }
                if !pushed { curP[i] = Int32(end); if i != src { distP[i] = -2 } }
            } else if u == Int32.min {
                while curT < R {
                    let j = curT; curT += 1
                    if stampR[j] == stamp && distR[j] == distT + 1 && viaT[j] && load[j] > pb.minLoad[j] {
                        nodes.append(-1 - Int32(j)); arcs.append(-1); pushed = true; break
                    }
                }
                if !pushed { distT = -2 }
            } else {
                let j = Int(-1 - u), d = distR[j]
                let base = Int(hBase[j])
                while Int(curR[j]) < Int(hLen[j]) {
                    let q = Int(curR[j]); curR[j] += 1
                    let i2 = Int(hProp[base + q])
                    if stampP[i2] == stamp && distP[i2] == d + 1 {
                        nodes.append(Int32(i2)); arcs.append(hArc[base + q]); pushed = true; break
                    }
                }
                if !pushed && !viaT[j] && Int(curR[j]) == Int(hLen[j]) && load[j] < pb.maxLoad[j]
                    && stampT == stamp && distT == d + 1 {
                    curR[j] += 1   // try T once
                    nodes.append(Int32.min); arcs.append(-1); pushed = true
                }
                if !pushed { distR[j] = -2 }
            }
            if !pushed { nodes.removeLast(); arcs.removeLast() }
        }
        return false
    }

    /// Applies an augmenting path: detaches first (so no reviewer overflows its slots), then attaches.
    mutating func flip(_ nodes: [Int32], _ arcs: [Int32]) {
        for s in 1..<nodes.count where nodes[s] >= 0 { detach(Int(arcs[s])) }
        for s in 1..<nodes.count where nodes[s] < 0 && nodes[s] != Int32.min && arcs[s] >= 0 {
            attach(Int(nodes[s - 1]), Int(arcs[s]))
        }
        // Inner nodes are used up for this round (node-disjoint paths); T and the source are not.
        for s in 1..<nodes.count {
            let u = nodes[s]
            if u >= 0 { distP[Int(u)] = -2 } else if u != Int32.min { distR[Int(-1 - u)] = -2 }
        }
    }

    func report() -> InfeasibilityReport {
        var r = InfeasibilityReport()
        for x in pb.k { r.totalDemand += Int64(x) }
        for x in pb.maxLoad { r.totalMaxCapacity += Int64(x) }
        for x in pb.minLoad { r.totalMinLoad += Int64(x) }
        var placed: Int64 = 0
        for x in cnt { placed += Int64(x) }
        r.maxFlow = placed
        var props: [Int] = [], revs: [Int] = []
        for i in 0..<P where stampP[i] == stamp { props.append(i) }
        for j in 0..<R where stampR[j] == stamp { revs.append(j) }
        r.cutProposalCount = props.count
        r.cutProposalIDs = props.prefix(5).map { pb.proposalIDs[$0] }
        r.cutReviewerCount = revs.count
        r.cutReviewerIDs = revs.prefix(5).map { pb.reviewerIDs[$0] }
        for i in props { r.cutDemand += Int64(pb.k[i]) }
        for j in revs { r.cutCapacity += Int64(pb.maxLoad[j]) }
        if stampT == stamp {
            // The optional budget is exhausted: reviewers outside X must still reach their minimum.
            var outsideMin: Int64 = 0, outsideLoad: Int64 = 0
            for j in 0..<R where stampR[j] != stamp { outsideMin += Int64(pb.minLoad[j]); outsideLoad += Int64(min(load[j], pb.minLoad[j])) }
            r.minLoadShortfall = max(0, outsideMin - outsideLoad)
            r.cutCapacity = min(r.cutCapacity, r.totalDemand - outsideMin)
        }
        return r
    }
}
