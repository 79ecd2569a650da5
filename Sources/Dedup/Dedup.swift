/// INT/PRJ: near-duplicate detection — canonical shingling (`dedup-bench/1`), MinHash with
/// LSH banding and exact Jaccard verification. Pure Swift (stdlib, Foundation, Dispatch);
/// `kechuang dedup` and the formal check of applications call it.
///
/// Layout of the module:
/// - `UnicodeTables.swift`  per-code-point tables (fast normalisation path, token classes, token hashes)
/// - `Shingler.swift`       NFKC → lowercase → tokens → FNV-1a shingles (`ShingleSet`, `jaccard`)
/// - `MinHash.swift`        one-permutation MinHash with optimal densification, LSH band keys
/// - `JSONLines.swift`      a chunked JSONL reader that decodes only `id` and `text`
/// - `BatchDedup.swift`     the whole-season all-pairs run behind `kechuang dedup`
/// - `NearDuplicateIndex.swift`, `SharedPassages.swift`  the API the platform's formal check uses
///
/// Why this method: a Jaccard ≥ 0.8 join over a season (≈ 318,000 applications, ≈ 2,000 shingles
/// each) cannot compare all 5·10¹⁰ pairs. MinHash signatures put similar documents into the same
/// LSH bucket with a probability that rises steeply with their Jaccard; every candidate from a
/// bucket is then checked exactly on the shingle sets, so a reported pair is never below the
/// threshold, and the banding is chosen so that pairs at or above it are missed with
/// probability < 10⁻³ (see `LSHParameters`).
public enum Dedup {
    /// Version of the shingling rules implemented here (`FORMAT.md` §2 of the benchmark kit).
    public static let format = "dedup-bench/1"
}

/// A Jaccard threshold kept as an exact decimal fraction (`numerator / 1_000_000`), so that
/// `J ≥ t` is decided with integer arithmetic and no pair slips across the threshold by rounding.
public struct JaccardThreshold: Sendable, Hashable, CustomStringConvertible {
    public static let scale = 1_000_000
    /// The threshold times 10⁶, rounded to the nearest integer.
    public let micros: Int

    public init(_ value: Double) {
        precondition(value.isFinite && value >= 0 && value <= 1, "Jaccard threshold must be in [0, 1]")
        micros = Int((value * Double(Self.scale)).rounded())
    }

    public var value: Double { Double(micros) / Double(Self.scale) }
    public var description: String { String(value) }

    /// `intersection / union ≥ threshold`, exactly. An empty union never qualifies.
    @inlinable
    public func accepts(intersection: Int, union: Int) -> Bool {
        union > 0 && intersection * JaccardThreshold.scale >= micros * union
    }

    /// Size filter: two sets of sizes `small ≤ large` can reach the threshold only if
    /// `small / large ≥ t` (their Jaccard is at most that ratio).
    @inlinable
    public func sizesCompatible(_ a: Int, _ b: Int) -> Bool {
        let (small, large) = a <= b ? (a, b) : (b, a)
        return small > 0 && small * JaccardThreshold.scale >= micros * large
    }
}
