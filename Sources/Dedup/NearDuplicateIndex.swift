/// The index behind the formal duplicate check of an application: the applications of the
/// current and the two previous seasons, queried one new text at a time.
///
/// Each document keeps its sorted shingle set (exact verification) and its LSH band keys; per
/// band a sorted array of keys with the document numbers alongside answers "who shares this band"
/// by binary search. A query shingles the text, looks up its band keys, applies the size filter
/// and verifies every candidate exactly, so every match really has J ≥ threshold. Small indexes
/// (≤ `exhaustiveLimit` documents) and thresholds below `lshFloor` — where banding tuned for 0.8
/// would start to miss pairs (at J = 0.7 it still finds 99.4 %) — are answered by verifying every
/// document, which is exact and, at a few µs per document, fast enough for one application.
import Dispatch
import Foundation

public struct NearDuplicateMatch: Sendable, Hashable {
    public let id: String
    /// Exact Jaccard of the two shingle sets.
    public let jaccard: Double
    public let intersection: Int
    public let union: Int
}

public struct NearDuplicateIndex: Sendable {
    /// LSH is used only for thresholds at or above this; lower thresholds verify everything.
    public static let lshFloor = 0.7

    public let lsh: LSHParameters
    /// Up to this many documents every query verifies all of them.
    public let exhaustiveLimit: Int
    public let ids: [String]
    private let pool: [UInt64]
    private let starts: [Int]
    private let bandKeys: [[UInt64]]   // per band, sorted
    private let bandDocs: [[UInt32]]   // per band, aligned with bandKeys

    public var count: Int { ids.count }

    /// Builds the index (shingling on all cores).
    public init(documents: [(id: String, text: String)], lsh: LSHParameters = .default, exhaustiveLimit: Int = 2_000) {
        self.lsh = lsh
        self.exhaustiveLimit = exhaustiveLimit
        let n = documents.count
        let bands = lsh.bands
        let parts = max(1, min(n, ProcessInfo.processInfo.activeProcessorCount * 4))
        let results = Locked<[(sets: [[UInt64]], keys: [UInt64])]>(Array(repeating: ([], []), count: parts))
        let docs = documents.map { $0.text }
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let ws = ShingleWorkspace()
            var hasher = MinHasher(lsh)
            let lo = part * n / parts, hi = (part + 1) * n / parts
            var sets: [[UInt64]] = []
            var keys = [UInt64](repeating: 0, count: (hi - lo) * bands)
            for k in lo..<hi {
                ws.load(docs[k])
                ws.run(trackOrigins: false)
                let set = ws.sortedSet()
                sets.append(set)
                if !set.isEmpty {
                    set.withUnsafeBufferPointer { s in
                        keys.withUnsafeMutableBufferPointer { kb in
                            _ = hasher.bandKeys(s, kb.baseAddress! + (k - lo) * bands)
                        }
                    }
                }
            }
            let r = (sets, keys)
            results.with { $0[part] = r }
        }
        var pool: [UInt64] = []
        var starts: [Int] = [0]
        var allKeys: [UInt64] = []
        results.with { rs in
            for r in rs {
                for s in r.sets {
                    pool.append(contentsOf: s)
                    starts.append(pool.count)
                }
                allKeys.append(contentsOf: r.keys)
            }
            rs = []
        }
        var bk: [[UInt64]] = []
        var bd: [[UInt32]] = []
        for b in 0..<bands {
            var order: [(UInt64, UInt32)] = []
            for d in 0..<n where starts[d + 1] > starts[d] { order.append((allKeys[d * bands + b], UInt32(d))) }
            order.sort { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }
            bk.append(order.map(\.0))
            bd.append(order.map(\.1))
        }
        self.ids = documents.map(\.id)
        self.pool = pool
        self.starts = starts
        self.bandKeys = bk
        self.bandDocs = bd
    }

    /// The shingle set of the `i`-th document.
    public func shingleSet(at i: Int) -> ShingleSet {
        ShingleSet(sortedHashes: Array(pool[starts[i]..<starts[i + 1]]))
    }

    /// Every indexed document with exact Jaccard ≥ `threshold` to `text`, most similar first
    /// (ties by id). A text with fewer than three tokens matches nothing.
    public func matches(for text: String, threshold: Double = 0.8) -> [NearDuplicateMatch] {
        matches(for: ShingleSet(text: text), threshold: threshold)
    }

    public func matches(for query: ShingleSet, threshold: Double = 0.8) -> [NearDuplicateMatch] {
        guard !query.isEmpty else { return [] }
        let t = JaccardThreshold(threshold)
        var candidates: [Int]
        if count <= exhaustiveLimit || threshold < Self.lshFloor {
            candidates = Array(0..<count)
        } else {
            var keys = [UInt64](repeating: 0, count: lsh.bands)
            var hasher = MinHasher(lsh)
            query.hashes.withUnsafeBufferPointer { q in
                keys.withUnsafeMutableBufferPointer { _ = hasher.bandKeys(q, $0.baseAddress!) }
            }
            var found = Set<Int>()
            for b in 0..<lsh.bands {
                let ks = bandKeys[b]
                var lo = 0, hi = ks.count
                while lo < hi {
                    let mid = (lo + hi) >> 1
                    if ks[mid] < keys[b] { lo = mid + 1 } else { hi = mid }
                }
                while lo < ks.count && ks[lo] == keys[b] {
                    found.insert(Int(bandDocs[b][lo]))
                    lo += 1
                }
            }
            candidates = Array(found)
        }
        var out: [NearDuplicateMatch] = []
        query.hashes.withUnsafeBufferPointer { q in
            pool.withUnsafeBufferPointer { p in
                for d in candidates {
                    let size = starts[d + 1] - starts[d]
                    guard t.sizesCompatible(q.count, size) else { continue }
                    let s = UnsafeBufferPointer(rebasing: p[starts[d]..<starts[d + 1]])
                    let inter = intersectionCount(q, s)
                    let union = q.count + size - inter
                    if t.accepts(intersection: inter, union: union) {
                        out.append(NearDuplicateMatch(id: ids[d], jaccard: Double(inter) / Double(union), intersection: inter, union: union))
                    }
                }
            }
        }
        out.sort { $0.jaccard > $1.jaccard || ($0.jaccard == $1.jaccard && utf8Less($0.id, $1.id)) }
        return out
    }
}
