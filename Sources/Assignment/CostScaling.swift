/// The exact solver: cost-scaling push-relabel (Goldberg–Tarjan; the "double push" of
/// Goldberg–Kennedy's CSA, i.e. an ε-scaling auction) on the network
///
///     proposal i (supply k_i) ──cap 1, cost −w_ij·N──► reviewer j (demand minLoad_j)
///     reviewer j ──cap maxLoad_j − minLoad_j, cost 0──► T (demand Σk − ΣminLoad)
///
/// (the standard lower-bound transformation: a reviewer keeps `minLoad` units, the rest may pass to
/// the common sink T). Costs are multiplied by N > the number of nodes, so a flow that is
/// ε-optimal with ε = 1 has no negative residual cycle and is exactly optimal.
///
/// Each phase divides ε by α (8, chosen by measurement) and repairs ε-optimality: the first phase
/// starts from an empty assignment, later ones keep the previous assignment and reviewer prices
/// (the warm start), reset each proposal's price to its best unassigned value − ε and undo only the
/// arcs that now violate ε-optimality. Proposals with open slots then bid: a proposal with e open
/// slots scans its arcs once, takes its e best (value w·N + price) and lowers its own price to the
/// (e+1)-th best − ε; a reviewer that is over-full immediately pushes one unit back to its least
/// profitable holder (or on to T) and lowers its price to its second-best option − ε (double
/// push). T keeps a lazy max-heap of reviewers that route flow to it, so it never scans all
/// reviewers. Feasibility is established beforehand (`Feasibility.swift`), so every phase ends.
///
/// Storage is flat (`Int32`/`UInt16`/`UInt8` per arc, `Int64` prices per node) and all loops run on
/// raw pointers: no classes, closures or dictionaries in the hot path.
import Foundation

struct CostScalingOutput {
    var assigned: [UInt8]
    var proposalPrice: [Int64]
    var reviewerPrice: [Int64]
    var sinkPrice: Int64
    var sinkFlow: [Int32]
    var scale: Int64
    var phases: Int
    var certified: Bool
}

enum CostScaling {
    static let minusInf = Int64.min / 4
    static let plusInf = Int64.max / 4

    /// Solves a problem known to be feasible. `alpha` is the ε divisor per phase.
    static func solve(_ pb: AssignmentProblem, seed: UInt64, alpha: Int64 = 8, keepFlow: Bool = true, verbose: Bool = false) -> CostScalingOutput {
        let P = pb.proposalCount, R = pb.reviewerCount, m = pb.arcCount
        let N = Int64(P + R + 2)
        var maxScore: Int64 = 1
        for s in pb.score where Int64(s) > maxScore { maxScore = Int64(s) }

        var assigned = [UInt8](repeating: 0, count: m)
        var pp = [Int64](repeating: plusInf, count: P)
        var pr = [Int64](repeating: 0, count: R)
        var f = [Int32](repeating: 0, count: R)
        var pT: Int64 = 0
        // Initial reviewer→T flow: Σf = Σk − ΣminLoad, f ≤ max − min (all prices 0: 0-optimal).
        var need: Int64 = 0
        for x in pb.k { need += Int64(x) }
        for x in pb.minLoad { need -= Int64(x) }
        for j in 0..<R where need > 0 {
            let c = Int64(pb.maxLoad[j] - pb.minLoad[j])
            let t = min(c, need); f[j] = Int32(t); need -= t
        }
        // Proposal order: a seeded permutation (the seed only breaks ties).
        var order = [Int32](0..<Int32(P))
        if seed != 0 {
            var g = SplitMix64(seed)
            for i in stride(from: P - 1, to: 0, by: -1) { order.swapAt(i, Int(g.next() % UInt64(i + 1))) }
        }
        var kmax: Int32 = 1
        for x in pb.k where x > kmax { kmax = x }

        var phases = 0
        var eps = maxScore * N
        pb.rowStart.withUnsafeBufferPointer { rs in
        pb.reviewer.withUnsafeBufferPointer { hd in
        pb.score.withUnsafeBufferPointer { sc in
        pb.k.withUnsafeBufferPointer { kk in
        pb.minLoad.withUnsafeBufferPointer { lo in
        pb.maxLoad.withUnsafeBufferPointer { hi in
        assigned.withUnsafeMutableBufferPointer { asg in
        pp.withUnsafeMutableBufferPointer { ppb in
        pr.withUnsafeMutableBufferPointer { prb in
        f.withUnsafeMutableBufferPointer { fb in
        order.withUnsafeBufferPointer { ord in
            var ws = Workspace(P: P, R: R, rs: rs.baseAddress!, hd: hd.baseAddress!, sc: sc.baseAddress!,
                               k: kk.baseAddress!, lo: lo.baseAddress!, hi: hi.baseAddress!,
                               asg: asg.baseAddress!, pp: ppb.baseAddress!, pr: prb.baseAddress!, f: fb.baseAddress!,
                               N: N, kmax: Int(kmax))
            defer { ws.free() }
            ws.pT = pT
            while true {
                eps = max(1, eps / alpha)
                let t0 = Date()
                ws.phase(eps: eps, order: ord.baseAddress!, keep: phases > 0 && keepFlow)
                phases += 1
                if verbose {
                    FileHandle.standardError.write("phase eps=\(eps) \(String(format: "%.3f", Date().timeIntervalSince(t0)))s scans=\(ws.scans) rev=\(ws.revPushes) T=\(ws.tPushes)\n".data(using: .utf8)!)
                }
                ws.scans = 0; ws.revPushes = 0; ws.tPushes = 0
                if eps == 1 { break }
            }
            pT = ws.pT
        } } } } } } } } } } }
        var out = CostScalingOutput(assigned: assigned, proposalPrice: pp, reviewerPrice: pr, sinkPrice: pT,
                                    sinkFlow: f, scale: N, phases: phases, certified: false)
        out.certified = certify(pb, out)
        return out
    }

    /// Checks 1-optimality of the final flow and prices on every residual arc, and the flow's
    /// feasibility. With costs scaled by N > #nodes this proves the assignment optimal.
    static func certify(_ pb: AssignmentProblem, _ o: CostScalingOutput) -> Bool {
        let P = pb.proposalCount, R = pb.reviewerCount, N = o.scale
        var load = [Int32](repeating: 0, count: R)
        for i in 0..<P {
            var c: Int32 = 0
            for a in Int(pb.rowStart[i])..<Int(pb.rowStart[i + 1]) {
                let j = Int(pb.reviewer[a])
                let w = Int64(pb.score[a]) * N
                if o.assigned[a] != 0 {
                    c += 1; load[j] += 1
                    if w + o.reviewerPrice[j] - o.proposalPrice[i] < -1 { return false }
                } else if -w + o.proposalPrice[i] - o.reviewerPrice[j] < -1 { return false }
            }
            if c != pb.k[i] { return false }
        }
        var sum: Int64 = 0
        for j in 0..<R {
            let cap = pb.maxLoad[j] - pb.minLoad[j], fj = o.sinkFlow[j]
            if fj < 0 || fj > cap || load[j] != pb.minLoad[j] + fj { return false }
            if fj < cap && o.reviewerPrice[j] - o.sinkPrice < -1 { return false }
            if fj > 0 && o.sinkPrice - o.reviewerPrice[j] < -1 { return false }
            sum += Int64(fj)
        }
        var need: Int64 = 0
        for x in pb.k { need += Int64(x) }
        for x in pb.minLoad { need -= Int64(x) }
        return sum == need
    }
}

/// SplitMix64: a tiny deterministic generator for the seeded tie-breaking order.
struct SplitMix64 {
    var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The mutable state of one solve, on raw pointers. Holders of reviewer j (proposal, arc) live in
/// slots `hBase[j] ..< hBase[j] + hLen[j]`; a reviewer never holds more than maxLoad + 1.
private struct Workspace {
    let P: Int, R: Int
    let rs: UnsafePointer<Int32>, hd: UnsafePointer<Int32>, sc: UnsafePointer<UInt16>
    let k: UnsafePointer<Int32>, lo: UnsafePointer<Int32>, hi: UnsafePointer<Int32>
    let asg: UnsafeMutablePointer<UInt8>
    let pp: UnsafeMutablePointer<Int64>, pr: UnsafeMutablePointer<Int64>, f: UnsafeMutablePointer<Int32>
    let N: Int64
    var pT: Int64 = 0
    var eps: Int64 = 1

    let cnt: UnsafeMutablePointer<Int32>       // per proposal: assigned arcs
    let inQ: UnsafeMutablePointer<UInt8>
    let queue: UnsafeMutablePointer<Int32>     // circular, capacity P
    var qHead = 0, qCount = 0
    let load: UnsafeMutablePointer<Int32>
    let hBase: UnsafeMutablePointer<Int32>, hLen: UnsafeMutablePointer<Int32>
    let hProp: UnsafeMutablePointer<Int32>, hArc: UnsafeMutablePointer<Int32>
    /// Cached value p(i) − w·N of each holder slot: an upper bound (prices only fall within a
    /// phase), made exact lazily when it decides a push. Saves two cache misses per holder.
    let hVal: UnsafeMutablePointer<Int64>
    var stack: UnsafeMutablePointer<Int32>     // reviewers with excess (may repeat)
    var sTop = 0
    var stackCap: Int
    // T's lazy max-heap of (price key, reviewer) over reviewers with f > 0.
    var heapKey: UnsafeMutablePointer<Int64>, heapRev: UnsafeMutablePointer<Int32>
    var heapCount = 0, heapCap: Int
    // top-(e+1) buffer
    let bufV: UnsafeMutablePointer<Int64>, bufA: UnsafeMutablePointer<Int32>
    var scans = 0, revPushes = 0, tPushes = 0

    init(P: Int, R: Int, rs: UnsafePointer<Int32>, hd: UnsafePointer<Int32>, sc: UnsafePointer<UInt16>,
         k: UnsafePointer<Int32>, lo: UnsafePointer<Int32>, hi: UnsafePointer<Int32>,
         asg: UnsafeMutablePointer<UInt8>, pp: UnsafeMutablePointer<Int64>, pr: UnsafeMutablePointer<Int64>,
         f: UnsafeMutablePointer<Int32>, N: Int64, kmax: Int) {
        self.P = P; self.R = R; self.rs = rs; self.hd = hd; self.sc = sc; self.k = k; self.lo = lo; self.hi = hi
        self.asg = asg; self.pp = pp; self.pr = pr; self.f = f; self.N = N
        cnt = .allocate(capacity: max(P, 1)); inQ = .allocate(capacity: max(P, 1)); queue = .allocate(capacity: max(P, 1))
        load = .allocate(capacity: max(R, 1)); hBase = .allocate(capacity: R + 1); hLen = .allocate(capacity: max(R, 1))
        var total = 0
        for j in 0..<R { hBase[j] = Int32(total); total += Int(hi[j]) + 2 }
        hBase[R] = Int32(total)
        hProp = .allocate(capacity: max(total, 1)); hArc = .allocate(capacity: max(total, 1)); hVal = .allocate(capacity: max(total, 1))
        stackCap = kmax + 64
        stack = .allocate(capacity: stackCap)
        heapCap = max(R, 16)
        heapKey = .allocate(capacity: heapCap); heapRev = .allocate(capacity: heapCap)
        bufV = .allocate(capacity: kmax + 2); bufA = .allocate(capacity: kmax + 2)
    }

    func free() {
        cnt.deallocate(); inQ.deallocate(); queue.deallocate(); load.deallocate(); hBase.deallocate(); hLen.deallocate()
        hProp.deallocate(); hArc.deallocate(); hVal.deallocate(); stack.deallocate(); heapKey.deallocate(); heapRev.deallocate()
        bufV.deallocate(); bufA.deallocate()
    }

    // MARK: heap (max by key)

    mutating func heapPush(_ key: Int64, _ j: Int32) {
        if heapCount == heapCap {
            let nc = heapCap * 2
            let nk = UnsafeMutablePointer<Int64>.allocate(capacity: nc), nr = UnsafeMutablePointer<Int32>.allocate(capacity: nc)
            nk.update(from: heapKey, count: heapCount); nr.update(from: heapRev, count: heapCount)
            heapKey.deallocate(); heapRev.deallocate(); heapKey = nk; heapRev = nr; heapCap = nc
        }
        var c = heapCount; heapCount += 1
        while c > 0 {
            let p = (c - 1) >> 1
            if heapKey[p] >= key { break }
            heapKey[c] = heapKey[p]; heapRev[c] = heapRev[p]; c = p
        }
        heapKey[c] = key; heapRev[c] = j
    }

    mutating func siftDown(_ key: Int64, _ j: Int32) {
        var c = 0
        let n = heapCount
        while true {
            var ch = 2 * c + 1
            if ch >= n { break }
            if ch + 1 < n && heapKey[ch + 1] > heapKey[ch] { ch += 1 }
            if heapKey[ch] <= key { break }
            heapKey[c] = heapKey[ch]; heapRev[c] = heapRev[ch]; c = ch
        }
        heapKey[c] = key; heapRev[c] = j
    }

    /// Drops entries with f = 0 and refreshes stale keys until the top is exact; returns false if empty.
    mutating func heapClean() -> Bool {
        while heapCount > 0 {
            let j = Int(heapRev[0])
            if f[j] == 0 {
                heapCount -= 1
                if heapCount > 0 { siftDown(heapKey[heapCount], heapRev[heapCount]) }
            } else if heapKey[0] != pr[j] {
                siftDown(pr[j], Int32(j))
            } else { return true }
        }
        return false
    }

    mutating func heapPop() {
        heapCount -= 1
        if heapCount > 0 { siftDown(heapKey[heapCount], heapRev[heapCount]) }
    }

    // MARK: phase

    /// One refine: make the flow ε-optimal. `keep == false` starts from an empty assignment (first
    /// phase); otherwise the previous phase's assignment is kept, each proposal's price is reset to
    /// its best unassigned value − ε and only the arcs that now violate ε-optimality are undone.
    mutating func phase(eps: Int64, order: UnsafePointer<Int32>, keep: Bool) {
        self.eps = eps
        let N = self.N
        heapCount = 0
        for j in 0..<R {
            let cap = hi[j] - lo[j]
            if cap > 0 {
                if f[j] == 0 { if pr[j] < pT { pr[j] = pT } }
                else if f[j] == cap { if pr[j] > pT { pr[j] = pT } }
                else { pr[j] = pT }
            }
            if f[j] > 0 { heapPush(pr[j], Int32(j)) }
        }
        qHead = 0; qCount = 0
        inQ.update(repeating: 0, count: P)
        if !keep {
            let m = Int(rs[P])
            asg.update(repeating: 0, count: m)
            cnt.update(repeating: 0, count: P)
            load.update(repeating: 0, count: R)
            hLen.update(repeating: 0, count: R)
            for i in 0..<P { pp[i] = CostScaling.plusInf; enqueue(Int(order[i])) }
        } else {
            for q in 0..<P {
                let i = Int(order[q])
                let s = Int(rs[i]), t = Int(rs[i + 1])
                var maxU = CostScaling.minusInf, minA = CostScaling.plusInf
                for a in s..<t {
                    let v = Int64(sc[a]) &* N &+ pr[Int(hd[a])]
                    if asg[a] != 0 { if v < minA { minA = v } } else if v > maxU { maxU = v }
                }
                if maxU == CostScaling.minusInf { pp[i] = minA; continue }
                let np = maxU &- eps
                pp[i] = np
                if minA >= np &- eps { continue }
                for a in s..<t where asg[a] != 0 && Int64(sc[a]) &* N &+ pr[Int(hd[a])] < np &- eps {
                    unassign(i, a)
                }
                enqueue(i)
            }
            // Proposal prices were reset (possibly upwards): recompute every cached holder value.
            for j in 0..<R {
                let base = Int(hBase[j])
                for q in base..<base + Int(hLen[j]) { hVal[q] = pp[Int(hProp[q])] &- Int64(sc[Int(hArc[q])]) &* N }
            }
        }
        while qCount > 0 {
            let i = Int(queue[qHead]); qHead += 1; if qHead == P { qHead = 0 }; qCount -= 1
            inQ[i] = 0
            if k[i] > cnt[i] {
                dischargeProposal(i)
                drainStack()
            }
        }
    }

    /// Removes arc `a` (proposal i → its reviewer) from the assignment.
    mutating func unassign(_ i: Int, _ a: Int) {
        let j = Int(hd[a])
        let base = Int(hBase[j]), n = Int(hLen[j])
        for q in 0..<n where Int(hArc[base + q]) == a {
            hProp[base + q] = hProp[base + n - 1]; hArc[base + q] = hArc[base + n - 1]; hVal[base + q] = hVal[base + n - 1]; break
        }
        hLen[j] -= 1; load[j] -= 1
        asg[a] = 0; cnt[i] -= 1
    }

    @inline(__always) mutating func enqueue(_ i: Int) {
        if inQ[i] == 0 {
            inQ[i] = 1
            var t = qHead + qCount; if t >= P { t -= P }
            queue[t] = Int32(i); qCount += 1
        }
    }

    @inline(__always) mutating func assign(_ i: Int, _ a: Int) {
        let j = Int(hd[a])
        asg[a] = 1; cnt[i] += 1
        let s = Int(hBase[j] + hLen[j]); hProp[s] = Int32(i); hArc[s] = Int32(a); hLen[j] += 1
        hVal[s] = pp[i] &- Int64(sc[a]) &* N
        load[j] += 1
        if load[j] - lo[j] - f[j] > 0 { pushStack(j) }
    }

    @inline(__always) mutating func pushStack(_ j: Int) {
        if sTop == stackCap {
            let nc = stackCap * 2
            let ns = UnsafeMutablePointer<Int32>.allocate(capacity: nc)
            ns.update(from: stack, count: sTop); stack.deallocate(); stack = ns; stackCap = nc
        }
        stack[sTop] = Int32(j); sTop += 1
    }

    mutating func dischargeProposal(_ i: Int) {
        scans += 1
        let e = Int(k[i] - cnt[i])
        let s = Int(rs[i]), t = Int(rs[i + 1])
        let N = self.N, eps = self.eps
        let minus = CostScaling.minusInf
        if e == 1 {
            var best = minus, second = minus, bestArc = -1
            var a = s
            while a < t {
                if asg[a] == 0 {
                    let v = Int64(sc[a]) &* N &+ pr[Int(hd[a])]
                    if v > second {
                        if v > best { second = best; best = v; bestArc = a } else { second = v }
                    }
                }
                a += 1
            }
            if bestArc < 0 { return }   // cannot happen on a feasible problem
            let np = (second == minus ? best : second) &- eps
            if np < pp[i] { pp[i] = np }
            assign(i, bestArc)
            return
        }
        // General case: keep the e+1 best values, sorted descending.
        let want = e + 1
        var n = 0
        var a = s
        while a < t {
            if asg[a] == 0 {
                let v = Int64(sc[a]) &* N &+ pr[Int(hd[a])]
                if n < want || v > bufV[want - 1] {
                    var p = n < want ? n : want - 1
                    while p > 0 && bufV[p - 1] < v { bufV[p] = bufV[p - 1]; bufA[p] = bufA[p - 1]; p -= 1 }
                    bufV[p] = v; bufA[p] = Int32(a)
                    if n < want { n += 1 }
                }
            }
            a += 1
        }
        let take = min(e, n)
        if take == 0 { return }
        let np = (n > e ? bufV[e] : bufV[take - 1]) &- eps
        if np < pp[i] { pp[i] = np }
        for q in 0..<take { assign(i, Int(bufA[q])) }
    }

    /// Resolves reviewer excess (and T's) until no reviewer is over-full.
    mutating func drainStack() {
        let N = self.N, eps = self.eps
        let minus = CostScaling.minusInf
        while sTop > 0 {
            let j = Int(stack[sTop - 1])
            if load[j] - lo[j] - f[j] <= 0 { sTop -= 1; continue }
            revPushes += 1
            // One unit out of j: to T (if j→T residual) or back to the least profitable holder.
            let cap = hi[j] - lo[j]
            var best = minus, second = minus, bestSlot = -1
            let base = Int(hBase[j]), n = Int(hLen[j])
            while true {
                best = minus; second = minus; bestSlot = -1
                if f[j] < cap { best = pT; bestSlot = -2 }
                for q in 0..<n {
                    let v = hVal[base + q]
                    if v > second {
                        if v > best { second = best; best = v; bestSlot = q } else { second = v }
                    }
                }
                if bestSlot < 0 { break }
                // The winner must be exact; the others may stay upper bounds.
                let slot = base + bestSlot
                let exact = pp[Int(hProp[slot])] &- Int64(sc[Int(hArc[slot])]) &* N
                if exact == best { break }
                hVal[slot] = exact
            }
            if bestSlot == -2 {
                f[j] += 1
                if f[j] < cap && pT > second { second = pT }
                let np = (second == minus ? best : second) &- eps
                if np < pr[j] { pr[j] = np }
                if f[j] == 1 { heapPush(pr[j], Int32(j)) }
                // T now has one unit of excess: pass it to the reviewer with the highest price.
                tPushes += 1
                guard heapClean() else { fatalError("assignment: T has excess but no reviewer to return it to") }
                let j1 = Int(heapRev[0])
                heapPop()
                f[j1] -= 1
                if f[j1] > 0 { heapPush(pr[j1], Int32(j1)) }
                let s2 = heapClean() ? heapKey[0] : minus
                let nt = (s2 == minus ? pr[j1] : s2) &- eps
                if nt < pT { pT = nt }
                if load[j1] - lo[j1] - f[j1] > 0 { pushStack(j1) }
            } else {
                let slot = base + bestSlot
                let i = Int(hProp[slot]), a = Int(hArc[slot])
                let last = base + n - 1
                hProp[slot] = hProp[last]; hArc[slot] = hArc[last]; hVal[slot] = hVal[last]; hLen[j] -= 1
                load[j] -= 1
                asg[a] = 0; cnt[i] -= 1
                let np = (second == minus ? best : second) &- eps
                if np < pr[j] { pr[j] = np }
                enqueue(i)
            }
        }
    }
}
