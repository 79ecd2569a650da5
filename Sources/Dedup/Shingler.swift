/// Canonical shingling (`dedup-bench/1`, FORMAT.md §2): text → NFKC → full lowercase → tokens
/// (maximal ASCII `[0-9a-z]` runs; every other letter/number code point alone) → FNV-1a-64 token
/// hashes → FNV-1a-64 over the 24 little-endian bytes of three consecutive token hashes → set.
///
/// Speed: the text is cut into normalisation chunks at boundary code points (`UnicodeTables`).
/// A chunk of one fast code point — ASCII, CJK ideographs and punctuation, full-width ASCII: in
/// practice > 99.9 % of an application — is mapped with one table look-up. Only the remaining
/// chunks (a boundary code point plus any marks after it) are normalised with Foundation (NFC of NFKD)
/// and lowercased scalar by scalar with Unicode's full mapping and the final-sigma rule of
/// Python's `str.lower()`. Every normalised code point remembers the range of original code
/// points it came from, so tokens can be traced back to the original text (`SharedPassages`).
/// Shingle hashing reuses, per token, the FNV state after its own 8 bytes (a table for BMP
/// single-character tokens), so a shingle costs 16 multiply steps instead of 24.
import Foundation

/// The canonical shingle set of a text: sorted, distinct 64-bit shingle hashes.
public struct ShingleSet: Sendable, Hashable {
    /// Sorted ascending, no duplicates.
    public let hashes: [UInt64]

    public init(text: String) {
        let ws = ShingleWorkspace()
        ws.load(text)
        ws.run(trackOrigins: false)
        hashes = ws.sortedSet()
    }

    /// Wraps hashes that are already sorted and distinct.
    public init(sortedHashes: [UInt64]) { hashes = sortedHashes }

    public var count: Int { hashes.count }
    public var isEmpty: Bool { hashes.isEmpty }

    public func contains(_ h: UInt64) -> Bool {
        var lo = 0, hi = hashes.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if hashes[mid] < h { lo = mid + 1 } else { hi = mid }
        }
        return lo < hashes.count && hashes[lo] == h
    }
}

/// One token of a text: its FNV-1a-64 hash and the range of original Unicode scalars
/// (offsets into `text.unicodeScalars`) it was made from.
public struct Token: Sendable, Hashable {
    public let hash: UInt64
    public let scalarRange: Range<Int>
}

public enum Shingler {
    /// The canonical shingle set of `text`.
    public static func shingleSet(_ text: String) -> ShingleSet { ShingleSet(text: text) }

    /// `text` after NFKC and full lowercasing, as the tokeniser sees it.
    public static func normalized(_ text: String) -> String {
        let ws = ShingleWorkspace()
        ws.load(text)
        ws.normalize(trackOrigins: false)
        var out = String.UnicodeScalarView()
        for i in 0..<ws.normCount { out.append(Unicode.Scalar(ws.norm[i])!) }
        return String(out)
    }

    /// Tokens of `text` with their original scalar ranges.
    public static func tokens(_ text: String) -> [Token] {
        let ws = ShingleWorkspace()
        ws.load(text)
        ws.run(trackOrigins: true)
        return (0..<ws.tokCount).map { Token(hash: ws.tokHash[$0], scalarRange: Int(ws.tokStart[$0])..<Int(ws.tokEnd[$0])) }
    }

    /// Shingle hashes in token order (with repeats), one per run of three consecutive tokens.
    public static func shinglesInOrder(_ text: String) -> [UInt64] {
        let ws = ShingleWorkspace()
        ws.load(text)
        ws.run(trackOrigins: false)
        return Array(ws.shingles[0..<ws.shingleCount])
    }
}

/// Exact Jaccard |A∩B| / |A∪B| of two shingle sets (0 when either is empty: a document with
/// fewer than three tokens matches nothing).
public func jaccard(_ a: ShingleSet, _ b: ShingleSet) -> Double {
    let (inter, union) = overlap(a.hashes, b.hashes)
    return union == 0 || a.isEmpty || b.isEmpty ? 0 : Double(inter) / Double(union)
}

/// (|A∩B|, |A∪B|) of two sorted distinct arrays, by a merge.
public func overlap(_ a: [UInt64], _ b: [UInt64]) -> (intersection: Int, union: Int) {
    a.withUnsafeBufferPointer { pa in
        b.withUnsafeBufferPointer { pb in
            let i = intersectionCount(pa, pb)
            return (i, pa.count + pb.count - i)
        }
    }
}

@inline(__always)
func intersectionCount(_ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>) -> Int {
    var i = 0, j = 0, n = 0
    let na = a.count, nb = b.count
    while i < na && j < nb {
        let x = a[i], y = b[j]
        if x == y { n += 1; i += 1; j += 1 } else if x < y { i += 1 } else { j += 1 }
    }
    return n
}

/// Reusable buffers for shingling one text at a time (one per thread; not thread-safe).
final class ShingleWorkspace {
    let tables = UnicodeTables.shared
    // input scalars
    var src: [UInt32] = []
    var srcCount = 0
    // normalised scalars, with the original range each came from
    var norm: [UInt32] = []
    var normStart: [Int32] = []
    var normEnd: [Int32] = []
    var normCount = 0
    // tokens
    var tokHash: [UInt64] = []
    var tokState: [UInt64] = []
    var tokStart: [Int32] = []
    var tokEnd: [Int32] = []
    var tokCount = 0
    // shingle hashes in token order
    var shingles: [UInt64] = []
    var shingleCount = 0

    init() {}

    func load(_ text: String) {
        reserveSource(text.utf8.count)  // at least one byte per scalar
        var k = 0
        src.withUnsafeMutableBufferPointer { out in
            for s in text.unicodeScalars {
                out[k] = s.value
                k += 1
            }
        }
        srcCount = k
    }

    @inline(__always)
    func appendSource(_ c: UInt32) {
        if srcCount == src.count { src.append(c) } else { src[srcCount] = c }
        srcCount += 1
    }

    func reserveSource(_ n: Int) {
        if src.count < n { src.append(contentsOf: repeatElement(0, count: n - src.count)) }
    }

    func run(trackOrigins: Bool) {
        normalize(trackOrigins: trackOrigins)
        tokenize(trackOrigins: trackOrigins)
        makeShingles()
    }

    // MARK: normalisation

    private func ensureNorm(_ n: Int, _ track: Bool) {
        if norm.count < n {
            let grow = max(n, norm.count * 2) - norm.count
            norm.append(contentsOf: repeatElement(0, count: grow))
        }
        if track && normStart.count < norm.count {
            let grow = norm.count - normStart.count
            normStart.append(contentsOf: repeatElement(0, count: grow))
            normEnd.append(contentsOf: repeatElement(0, count: grow))
        }
    }

    func normalize(trackOrigins track: Bool) {
        normCount = 0
        ensureNorm(srcCount + 16, track)
        var sigma = false
        var chunkSrc = -1   // start (in src) of the current normalisation chunk
        var chunkOut = 0    // where its output starts in norm
        var i = 0
        let n = srcCount
        while i < n {
            i = fastRun(from: i, track: track, chunkSrc: &chunkSrc, chunkOut: &chunkOut)
            guard i < n else { break }
            let isB = tables.isBoundary(src[i])
            var start = i
            if !isB && chunkSrc >= 0 {
                // a mark or conjoining jamo: re-normalise together with the chunk before it
                start = chunkSrc
                normCount = chunkOut
            }
            var j = i + 1
            while j < n && !tables.isBoundary(src[j]) { j += 1 }
            chunkSrc = start
            chunkOut = normCount
            if slowChunk(start, j, track) { sigma = true }
            i = j
        }
        if sigma { fixFinalSigma() }
    }

    /// Maps fast code points from src[i...] straight into norm (one table look-up each); stops at
    /// the first code point that needs the general path or when norm is full. Returns the new i.
    @inline(__always)
    private func fastRun(from start: Int, track: Bool, chunkSrc: inout Int, chunkOut: inout Int) -> Int {
        let n = srcCount
        if normCount + (n - start) > norm.count { ensureNorm(normCount + (n - start) + 16, track) }
        var i = start
        var out = normCount
        var cs = chunkSrc, co = chunkOut
        let fastT = tables.fastTarget
        fastT.withUnsafeBufferPointer { F in
            src.withUnsafeBufferPointer { S in
                norm.withUnsafeMutableBufferPointer { N in
                    if track {
                        normStart.withUnsafeMutableBufferPointer { NS in
                            normEnd.withUnsafeMutableBufferPointer { NE in
                                while i < n {
                                    let c = S[i]
                                    guard c < 0x10000 else { break }
                                    let t = F[Int(c)]
                                    guard t != UnicodeTables.noFast else { break }
                                    cs = i
                                    co = out
                                    N[out] = t
                                    NS[out] = Int32(i)
                                    NE[out] = Int32(i + 1)
                                    out += 1
                                    i += 1
                                }
                            }
                        }
                    } else {
                        while i < n {
                            let c = S[i]
                            guard c < 0x10000 else { break }
                            let t = F[Int(c)]
                            guard t != UnicodeTables.noFast else { break }
                            cs = i
                            co = out
                            N[out] = t
                            out += 1
                            i += 1
                        }
                    }
                }
            }
        }
        normCount = out
        chunkSrc = cs
        chunkOut = co
        return i
    }

    /// NFKC + lowercase of src[start..<end] appended to norm; true if a capital sigma was kept
    /// for the final-sigma pass.
    private func slowChunk(_ start: Int, _ end: Int, _ track: Bool) -> Bool {
        var view = String.UnicodeScalarView()
        for k in start..<end { view.append(Unicode.Scalar(src[k]) ?? "\u{FFFD}") }
        // NFKC as its definition, NFC(NFKD(x)): Foundation's one-step compatibility composition
        // leaves e.g. half-width ｶﾞ as カ + U+3099 instead of ガ.
        let nfkc = String(view).decomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping
        var sigma = false
        for s in nfkc.unicodeScalars {
            if s.value == 0x3A3 {
                sigma = true
                put(s.value, start, end, track)
            } else if s.properties.changesWhenLowercased {
                for l in s.properties.lowercaseMapping.unicodeScalars { put(l.value, start, end, track) }
            } else {
                put(s.value, start, end, track)
            }
        }
        return sigma
    }

    @inline(__always)
    private func put(_ c: UInt32, _ start: Int, _ end: Int, _ track: Bool) {
        ensureNorm(normCount + 1, track)
        norm[normCount] = c
        if track { normStart[normCount] = Int32(start); normEnd[normCount] = Int32(end) }
        normCount += 1
    }

    /// Python's `str.lower()` maps Σ to ς when it ends a word: preceded by a cased letter
    /// (skipping case-ignorable code points) and not followed by one; otherwise to σ.
    private func fixFinalSigma() {
        func props(_ c: UInt32) -> Unicode.Scalar.Properties? { Unicode.Scalar(c)?.properties }
        for k in 0..<normCount where norm[k] == 0x3A3 {
            var j = k - 1
            while j >= 0, let p = props(norm[j]), p.isCaseIgnorable { j -= 1 }
            var final = j >= 0 && (props(norm[j])?.isCased ?? false)
            if final {
                j = k + 1
                while j < normCount, let p = props(norm[j]), p.isCaseIgnorable { j += 1 }
                final = j == normCount || !(props(norm[j])?.isCased ?? false)
            }
            norm[k] = final ? 0x3C2 : 0x3C3
        }
    }

    // MARK: tokens and shingles

    private func ensureTokens(_ n: Int, _ track: Bool) {
        if tokHash.count < n {
            let grow = max(n, tokHash.count * 2) - tokHash.count
            tokHash.append(contentsOf: repeatElement(0, count: grow))
            tokState.append(contentsOf: repeatElement(0, count: grow))
        }
        if track && tokStart.count < tokHash.count {
            let grow = tokHash.count - tokStart.count
            tokStart.append(contentsOf: repeatElement(0, count: grow))
            tokEnd.append(contentsOf: repeatElement(0, count: grow))
        }
    }

    func tokenize(trackOrigins track: Bool) {
        tokCount = 0
        ensureTokens(normCount + 1, track)
        let cls = tables.tokenClass
        let th = tables.tokenHash
        let ps = tables.tokenPrefixState
        var inRun = false
        var runHash = FNV.offset
        var runStart = 0
        var runEnd = 0
        var count = 0
        let n = normCount
        let tables = self.tables
        let dummy: [Int32] = [0]
        let ns = track ? normStart : dummy, ne = track ? normEnd : dummy
        var ts = track ? tokStart : dummy, te = track ? tokEnd : dummy
        if track { tokStart = []; tokEnd = [] }  // keep ts/te uniquely referenced
        tokHash.withUnsafeMutableBufferPointer { H in
            tokState.withUnsafeMutableBufferPointer { S in
                norm.withUnsafeBufferPointer { N in
                    cls.withUnsafeBufferPointer { C in
                        for k in 0..<n {
                            let c = N[k]
                            let cl: UInt8 = c < 0x10000 ? C[Int(c)] : tables.tokenClass(c)
                            if cl == 1 {
                                if !inRun {
                                    inRun = true
                                    runHash = FNV.offset
                                    if track { runStart = Int(ns[k]) }
                                }
                                runHash = (runHash ^ UInt64(c)) &* FNV.prime
                                if track { runEnd = Int(ne[k]) }
                            } else {
                                if inRun {
                                    H[count] = runHash
                                    S[count] = FNV.absorb(FNV.offset, runHash)
                                    if track { ts[count] = Int32(runStart); te[count] = Int32(runEnd) }
                                    count += 1
                                    inRun = false
                                }
                                if cl == 2 {
                                    if c < 0x10000 {
                                        H[count] = th[Int(c)]
                                        S[count] = ps[Int(c)]
                                    } else {
                                        let h = FNV.hash(scalar: c)
                                        H[count] = h
                                        S[count] = FNV.absorb(FNV.offset, h)
                                    }
                                    if track { ts[count] = ns[k]; te[count] = ne[k] }
                                    count += 1
                                }
                            }
                        }
                        if inRun {
                            H[count] = runHash
                            S[count] = FNV.absorb(FNV.offset, runHash)
                            if track { ts[count] = Int32(runStart); te[count] = Int32(runEnd) }
                            count += 1
                        }
                    }
                }
            }
        }
        tokCount = count
        if track { tokStart = ts; tokEnd = te }
    }

    func makeShingles() {
        let m = tokCount >= 3 ? tokCount - 2 : 0
        shingleCount = m
        if shingles.count < m { shingles.append(contentsOf: repeatElement(0, count: max(m, shingles.count) - shingles.count)) }
        guard m > 0 else { return }
        shingles.withUnsafeMutableBufferPointer { out in
            tokHash.withUnsafeBufferPointer { H in
                tokState.withUnsafeBufferPointer { S in
                    for i in 0..<m {
                        out[i] = FNV.absorb(FNV.absorb(S[i], H[i + 1]), H[i + 2])
                    }
                }
            }
        }
    }

    // open-addressing table for counting distinct shingles without sorting
    private var seenKeys: [UInt64] = []
    private var seenStamp: [UInt32] = []
    private var stamp: UInt32 = 0
    /// Order-free digest of the last set counted by `distinctCount`: Σ and ⊕ of its hashes.
    var digestSum: UInt64 = 0
    var digestXor: UInt64 = 0

    /// Number of distinct shingles (the set size), with a stamped hash table: ≈ 3× cheaper than
    /// sorting the 2,000 hashes of an application.
    func distinctCount() -> Int {
        let n = shingleCount
        digestSum = 0
        digestXor = 0
        guard n > 0 else { return 0 }
        if seenKeys.count < 2 * n {
            var cap = 1024
            while cap < 2 * n { cap <<= 1 }
            seenKeys = [UInt64](repeating: 0, count: cap)
            seenStamp = [UInt32](repeating: 0, count: cap)
            stamp = 0
        }
        stamp &+= 1
        if stamp == 0 {
            for i in 0..<seenStamp.count { seenStamp[i] = 0 }
            stamp = 1
        }
        let cap = seenKeys.count
        let bits = UInt64(cap.trailingZeroBitCount)
        let mask = cap - 1
        let st = stamp
        var distinct = 0
        var sum: UInt64 = 0, xor: UInt64 = 0
        seenKeys.withUnsafeMutableBufferPointer { keys in
            seenStamp.withUnsafeMutableBufferPointer { stamps in
                shingles.withUnsafeBufferPointer { sh in
                    for k in 0..<n {
                        let h = sh[k]
                        var idx = Int(truncatingIfNeeded: (h &* 0x9e37_79b9_7f4a_7c15) >> (64 - bits))
                        while true {
                            if stamps[idx] != st {
                                stamps[idx] = st
                                keys[idx] = h
                                distinct += 1
                                sum &+= h
                                xor ^= h
                                break
                            }
                            if keys[idx] == h { break }
                            idx = (idx + 1) & mask
                        }
                    }
                }
            }
        }
        digestSum = sum
        digestXor = xor
        return distinct
    }

    /// The shingles as a sorted distinct array (LSD radix sort, 8 passes of 8 bits: ≈ 3× faster
    /// than the standard library's comparison sort on 2,000 random 64-bit hashes).
    func sortedSet() -> [UInt64] {
        let n = shingleCount
        guard n > 0 else { return [] }
        var a = [UInt64](repeating: 0, count: n)
        var tmp = [UInt64](repeating: 0, count: n)
        var counts = [Int](repeating: 0, count: 256 * 8)
        shingles.withUnsafeBufferPointer { sh in
            a.withUnsafeMutableBufferPointer { A in
                tmp.withUnsafeMutableBufferPointer { T in
                    counts.withUnsafeMutableBufferPointer { C in
                        for k in 0..<n {
                            let x = sh[k]
                            A[k] = x
                            for d in 0..<8 { C[d * 256 + Int((x >> UInt64(8 * d)) & 0xff)] += 1 }
                        }
                        var src = A, dst = T
                        for d in 0..<8 {
                            // a digit where all keys agree needs no pass
                            var total = 0, single = false
                            for v in 0..<256 {
                                let c = C[d * 256 + v]
                                if c == n { single = true }
                                C[d * 256 + v] = total
                                total += c
                            }
                            if single { continue }
                            let shift = UInt64(8 * d)
                            for k in 0..<n {
                                let x = src[k]
                                let slot = d * 256 + Int((x >> shift) & 0xff)
                                dst[C[slot]] = x
                                C[slot] += 1
                            }
                            swap(&src, &dst)
                        }
                        if src.baseAddress != A.baseAddress {
                            A.baseAddress!.update(from: src.baseAddress!, count: n)
                        }
                    }
                }
            }
        }
        var w = 1
        for r in 1..<n where a[r] != a[w - 1] {
            a[w] = a[r]
            w += 1
        }
        a.removeLast(n - w)
        return a
    }
}
