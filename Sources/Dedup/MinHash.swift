/// One-permutation MinHash (Li, Owen & Zhang 2012) with optimal densification (Shrivastava
/// 2017), and LSH band keys.
///
/// Classic MinHash applies K hash functions to every shingle: K = 128…256 multiply-shifts per
/// shingle, i.e. ≈ 2·10¹¹ operations for a 318,000-document season — more than all the rest of the
/// pipeline. One-permutation hashing mixes each shingle hash once (murmur3's 64-bit finaliser
/// with a seed), uses the high 32 bits to pick one of K bins and keeps the minimum of the low 32
/// bits per bin. For two sets, bin i agrees exactly when the minimum of A∪B in that bin lies in
/// A∩B, which happens with probability J (the partition is random and the same for every
/// document); bins sample the union without replacement, so their estimates are, if anything,
/// less correlated than K independent permutations. Applications have ≈ 2,000 shingles, so with
/// K ≤ 256 a bin is empty with probability ≈ e^(−2000/256) < 0.1 %; empty bins (short texts) are
/// filled by optimal densification — bin i borrows the value of the first non-empty bin in a
/// pseudo-random probe sequence that depends only on (i, attempt), the same for every document,
/// which keeps P[bin agrees] = J.
///
/// LSH: the K bins form `bands` groups of `rows`; a pair becomes a candidate when all rows of some
/// band agree, with probability 1 − (1 − J^rows)^bands. The 64-bit key of a band hashes its rows
/// (and the band number); different contents with equal keys only add candidates, which the exact
/// verification removes.
public struct LSHParameters: Sendable, Hashable, CustomStringConvertible {
    public var bands: Int
    public var rows: Int
    public var seed: UInt64

    public init(bands: Int, rows: Int, seed: UInt64 = 0x5eed_0f_ce11) {
        precondition(bands > 0 && rows > 0 && bands * rows <= 4096)
        self.bands = bands
        self.rows = rows
        self.seed = seed
    }

    /// 40 bands × 6 rows (240 bins). At J = 0.8 a pair is missed with probability
    /// (1 − 0.8⁶)⁴⁰ ≈ 5·10⁻⁶, at J = 0.7 with 0.6 %; pairs at J = 0.3 become candidates with
    /// probability 2.9 %, at J = 0.1 with 4·10⁻⁵ (measured on the benchmark sets: see
    /// docs/BENCHMARKS.md).
    public static let `default` = LSHParameters(bands: 40, rows: 6)

    public var bins: Int { bands * rows }

    /// Probability that a pair with Jaccard `j` shares at least one band.
    public func candidateProbability(_ j: Double) -> Double {
        1 - pow1(1 - pow1(j, rows), bands)
    }

    public var description: String { "\(bands) bands × \(rows) rows (\(bins) one-permutation bins)" }
}

@inline(__always)
private func pow1(_ x: Double, _ n: Int) -> Double {
    var r = 1.0
    for _ in 0..<n { r *= x }
    return r
}

@inline(__always)
func fmix64(_ k0: UInt64) -> UInt64 {
    var k = k0
    k ^= k >> 33
    k &*= 0xff51_afd7_ed55_8ccd
    k ^= k >> 33
    k &*= 0xc4ce_b9fe_1a85_ec53
    k ^= k >> 33
    return k
}

/// Computes one-permutation MinHash signatures and their band keys (one per thread).
struct MinHasher {
    let params: LSHParameters
    static let empty = UInt32.max
    private var sig: [UInt32]
    private var dense: [UInt32]
    /// probe[i * maxProbe + a]: the a-th bin bin i borrows from when it is empty
    private let probe: [UInt16]
    private static let maxProbe = 64

    init(_ params: LSHParameters) {
        self.params = params
        let k = params.bins
        sig = [UInt32](repeating: Self.empty, count: k)
        dense = sig
        var p = [UInt16](repeating: 0, count: k * Self.maxProbe)
        for i in 0..<k {
            for a in 0..<Self.maxProbe {
                let h = fmix64(params.seed ^ 0x9e37_79b9_7f4a_7c15 &* UInt64(i + 1) ^ (UInt64(a + 1) << 40))
                p[i * Self.maxProbe + a] = UInt16((h >> 32) * UInt64(k) >> 32)
            }
        }
        probe = p
    }

    /// Band keys of the shingle hashes `h[0..<n]` (repeats allowed) written to `out[0..<bands]`.
    /// Returns false (and writes nothing) for an empty input.
    mutating func bandKeys(_ h: UnsafeBufferPointer<UInt64>, _ out: UnsafeMutablePointer<UInt64>) -> Bool {
        guard h.count > 0 else { return false }
        let k = params.bins
        let kk = UInt64(k)
        let seed = params.seed
        sig.withUnsafeMutableBufferPointer { s in
            for i in 0..<k { s[i] = Self.empty }
            for x in h {
                let m = fmix64(x ^ seed)
                let bin = Int(truncatingIfNeeded: ((m >> 32) &* kk) >> 32)
                let v = UInt32(truncatingIfNeeded: m)
                if v < s[bin] { s[bin] = v }
            }
        }
        densify()
        let rows = params.rows
        dense.withUnsafeBufferPointer { d in
            for b in 0..<params.bands {
                var key = seed ^ (UInt64(b) &* 0x9e37_79b9_7f4a_7c15)
                for r in 0..<rows {
                    key = fmix64(key ^ UInt64(d[b * rows + r]) ^ (UInt64(r) << 32))
                }
                out[b] = key
            }
        }
        return true
    }

    /// Optimal densification: every empty bin takes the value of the first non-empty bin of its
    /// fixed probe sequence (a linear scan after `maxProbe` misses, practically never reached).
    private mutating func densify() {
        let k = params.bins
        var anyEmpty = false
        for i in 0..<k where sig[i] == Self.empty { anyEmpty = true; break }
        if !anyEmpty {
            swap(&sig, &dense)  // `sig` is reset at the start of the next document
            return
        }
        for i in 0..<k {
            if sig[i] != Self.empty { dense[i] = sig[i]; continue }
            var v = Self.empty
            var found = false
            for a in 0..<Self.maxProbe {
                let j = Int(probe[i * Self.maxProbe + a])
                if sig[j] != Self.empty { v = sig[j] ^ UInt32(truncatingIfNeeded: a &+ 1) &* 0x9e37_79b1; found = true; break }
            }
            if !found {
                for d in 1..<k where sig[(i + d) % k] != Self.empty { v = sig[(i + d) % k] ^ 0x7fff_ffff; break }
            }
            dense[i] = v
        }
    }
}
