/// All near-duplicate pairs of a JSONL file (`kechuang dedup`): every pair with exact
/// Jaccard ≥ t, reported once.
///
/// Phases, each on all cores (`DispatchQueue.concurrentPerform` over parts):
/// 1. **signatures** — read the file in 32 MB chunks; per line decode `id`/`text`, shingle, count
///    the distinct shingles, and keep only the LSH band keys (bands × 8 bytes), the set size and
///    where the line is in the file. Shingle sets are *not* kept: a season's sets are ≈ 5 GB.
/// 2. **buckets** — per band, sort (key | document) words and emit every pair within a run of
///    equal keys; merge the bands, drop repeats, apply the size filter (|small| ≥ t·|large|).
/// 3. **re-shingle** — read again (`pread`) only the lines of documents that are in a candidate
///    pair and build their sorted shingle sets (a few percent of the season).
/// 4. **verify** — exact |A∩B| by merging the two sorted sets for every candidate; keep J ≥ t
///    (integer test, `JaccardThreshold`). No reported pair can be below the threshold.
/// Memory is the band keys, ids and the candidates' sets — flat arrays, no per-document objects.
import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

public struct BatchDedupOptions: Sendable {
    public var threshold: JaccardThreshold
    public var lsh: LSHParameters
    public var threads: Int
    public var chunkBytes: Int
    /// Also return, per document, (set size, Σ hashes mod 2⁶⁴, ⊕ hashes) — to compare the
    /// shingling with another implementation.
    public var collectDigests = false

    public init(threshold: JaccardThreshold = JaccardThreshold(0.8), lsh: LSHParameters = .default,
                threads: Int = ProcessInfo.processInfo.activeProcessorCount, chunkBytes: Int = 32 << 20) {
        self.threshold = threshold
        self.lsh = lsh
        self.threads = max(1, threads)
        self.chunkBytes = chunkBytes
    }
}

public struct BatchDedupStats: Sendable {
    public var documents = 0
    /// Documents with fewer than three tokens (empty shingle set; they match nothing).
    public var emptyDocuments = 0
    /// Σ distinct shingles over all documents.
    public var shingles = 0
    /// Distinct pairs that share at least one LSH band.
    public var lshCandidates = 0
    /// Candidates left after the size filter (all of them verified exactly).
    public var candidates = 0
    /// Documents re-shingled for verification.
    public var reshingled = 0
    public var verifiedPairs = 0
    /// (phase, wall seconds) in order.
    public var phases: [(String, Double)] = []
    public var totalSeconds: Double { phases.reduce(0) { $0 + $1.1 } }
}

public struct BatchDedupResult: Sendable {
    /// (doc_a, doc_b) with doc_a < doc_b in UTF-8 byte order, sorted.
    public var pairs: [(String, String)]
    public var stats: BatchDedupStats
    /// With `collectDigests`: ids in file order and their set digests.
    public var digests: [(id: String, size: Int, sum: UInt64, xor: UInt64)] = []
}

/// A raw pointer that may cross into `concurrentPerform` workers, each writing its own indices.
struct SharedPointer<T>: @unchecked Sendable {
    let p: UnsafeMutablePointer<T>
}

/// A growable array with a stable base address, so that `concurrentPerform` workers can write
/// their own elements through a pointer while nothing else touches it.
final class FlatBuffer<T>: @unchecked Sendable {
    private(set) var base: UnsafeMutablePointer<T>
    private(set) var count = 0
    private var capacity: Int
    private let fill: T

    init(fill: T, capacity: Int = 1024) {
        self.fill = fill
        self.capacity = max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    /// Appends `n` copies of the fill value; returns the index of the first.
    @discardableResult
    func grow(by n: Int) -> Int {
        let first = count
        if count + n > capacity {
            var c = capacity
            while c < count + n { c *= 2 }
            let nb = UnsafeMutablePointer<T>.allocate(capacity: c)
            nb.moveInitialize(from: base, count: count)
            base.deallocate()
            base = nb
            capacity = c
        }
        (base + count).initialize(repeating: fill, count: n)
        count += n
        return first
    }

    subscript(i: Int) -> T {
        get { base[i] }
        set { base[i] = newValue }
    }

    var pointer: SharedPointer<T> { SharedPointer(p: base) }
    var buffer: UnsafeBufferPointer<T> { UnsafeBufferPointer(start: base, count: count) }
}

/// A value handed to workers that only read it or that is protected by a lock.
final class Locked<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: T
    init(_ v: T) { value = v }
    func with<R>(_ body: (inout T) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

public enum BatchDedup {
    /// Runs the whole join on `path`. `progress` receives short status lines (the caller decides
    /// whether to show them).
    public static func run(path: String, options: BatchDedupOptions = .init(),
                           progress: (@Sendable (String) -> Void)? = nil) throws -> BatchDedupResult {
        var stats = BatchDedupStats()
        let bands = options.lsh.bands
        let threads = options.threads
        var clock = DispatchTime.now().uptimeNanoseconds
        func lap(_ name: String) {
            let now = DispatchTime.now().uptimeNanoseconds
            stats.phases.append((name, Double(now - clock) / 1e9))
            clock = now
        }

        // ---------------------------------------------------------------- 1. signatures
        let idBuf = FlatBuffer<String>(fill: "")
        var keyBuf: FlatBuffer<UInt64>? = FlatBuffer<UInt64>(fill: 0, capacity: 1 << 20)  // documents × bands
        let sizeBuf = FlatBuffer<UInt32>(fill: 0)   // distinct shingles per document (0 = matches nothing)
        var lineOffset: [UInt64] = []
        var lineLength: [UInt32] = []
        let digestSum = FlatBuffer<UInt64>(fill: 0)
        let digestXor = FlatBuffer<UInt64>(fill: 0)
        let digests = options.collectDigests
        let reader = try ChunkedLineReader(path: path, chunkSize: options.chunkBytes)
        var lineNumber = 0
        let firstError = Locked<JSONLinesError?>(nil)
        while let (chunk, base) = try reader.next() {
            // split into lines
            var starts: [Int] = []
            var ends: [Int] = []
            var physical = 0
            chunk.withMemoryRebound(to: UInt8.self) { b in
                var i = 0
                let n = b.count
                while i < n {
                    var j = i
                    if let q = memchr(b.baseAddress! + i, 0x0A, n - i) {
                        j = b.baseAddress!.distance(to: q.assumingMemoryBound(to: UInt8.self))
                    } else {
                        j = n
                    }
                    var blank = true
                    var k = i
                    while k < j { let c = b[k]; if c != 0x20 && c != 0x09 && c != 0x0D { blank = false; break }; k += 1 }
                    if !blank { starts.append(i); ends.append(j) }
                    physical += 1
                    i = j + 1
                }
            }
            let m = starts.count
            let firstDoc = idBuf.grow(by: m)
            keyBuf!.grow(by: m * bands)
            sizeBuf.grow(by: m)
            if digests {
                digestSum.grow(by: m)
                digestXor.grow(by: m)
            }
            for k in 0..<m {
                lineOffset.append(base + UInt64(starts[k]))
                lineLength.append(UInt32(ends[k] - starts[k]))
            }
            let parts = min(m, threads * 8)
            if parts > 0 {
                let idsP = idBuf.pointer, keysP = keyBuf!.pointer, sizesP = sizeBuf.pointer
                let sumP = digests ? digestSum.pointer : nil
                let xorP = digests ? digestXor.pointer : nil
                let chunkP = SharedPointer(p: UnsafeMutablePointer(mutating: chunk.baseAddress!.assumingMemoryBound(to: UInt8.self)))
                let startsC = starts, endsC = ends
                let lineBase = lineNumber
                let lsh = options.lsh
                DispatchQueue.concurrentPerform(iterations: parts) { part in
                    let ws = ShingleWorkspace()
                    var hasher = MinHasher(lsh)
                    var decoder = JSONLineDecoder()
                    let lo = part * m / parts, hi = (part + 1) * m / parts
                    for k in lo..<hi {
                        let line = UnsafeRawBufferPointer(start: chunkP.p + startsC[k], count: endsC[k] - startsC[k])
                        do {
                            try decoder.decode(line, into: ws, lineNumber: lineBase + k + 1)
                        } catch let e as JSONLinesError {
                            firstError.with { if $0 == nil || e.line < $0!.line { $0 = e } }
                            continue
                        } catch { continue }
                        let doc = firstDoc + k
                        (idsP.p + doc).pointee = decoder.id
                        ws.run(trackOrigins: false)
                        let distinct = ws.distinctCount()
                        if let sumP, let xorP {
                            (sumP.p + doc).pointee = ws.digestSum
                            (xorP.p + doc).pointee = ws.digestXor
                        }
                        guard distinct > 0 else { continue }
                        (sizesP.p + doc).pointee = UInt32(distinct)
                        _ = ws.shingles.withUnsafeBufferPointer { sh in
                            hasher.bandKeys(UnsafeBufferPointer(rebasing: sh[0..<ws.shingleCount]), keysP.p + doc * bands)
                        }
                    }
                }
            }
            // line numbers count every physical line, including blank ones
            lineNumber += physical
            if let e = firstError.with({ $0 }) { throw e }
            progress?("signatures: \(idBuf.count) documents")
        }
        let ids = Array(idBuf.buffer)
        let sizes = Array(sizeBuf.buffer)
        stats.documents = ids.count
        for s in sizes {
            if s == 0 { stats.emptyDocuments += 1 } else { stats.shingles += Int(s) }
        }
        lap("signatures")

        // ---------------------------------------------------------------- 2. buckets
        let n = ids.count
        var docBits = 1
        while (1 << docBits) < n { docBits += 1 }
        let docMask = UInt64((1 << docBits) - 1)
        let live = (0..<n).filter { sizes[$0] > 0 }.map { UInt32($0) }
        let perBand = Locked<[[UInt64]]>(Array(repeating: [], count: bands))
        do {
            let kp = keyBuf!.pointer
            let liveC = live
            DispatchQueue.concurrentPerform(iterations: bands) { band in
                var words = [UInt64](repeating: 0, count: liveC.count)
                for (k, d) in liveC.enumerated() {
                    words[k] = (kp.p[Int(d) * bands + band] & ~docMask) | UInt64(d)
                }
                words.sort()
                var pairs: [UInt64] = []
                var i = 0
                while i < words.count {
                    var j = i + 1
                    let key = words[i] & ~docMask
                    while j < words.count && (words[j] & ~docMask) == key { j += 1 }
                    if j - i > 1 {
                        for x in i..<j {
                            let a = words[x] & docMask
                            for y in (x + 1)..<j {
                                let b = words[y] & docMask
                                pairs.append(a < b ? (a << 32 | b) : (b << 32 | a))
                            }
                        }
                    }
                    i = j
                }
                let result = pairs
                perBand.with { $0[band] = result }
            }
        }
        keyBuf = nil
        var cand = perBand.with { lists -> [UInt64] in
            var all: [UInt64] = []
            all.reserveCapacity(lists.reduce(0) { $0 + $1.count })
            for l in lists { all.append(contentsOf: l) }
            lists = []
            return all
        }
        cand.sort()
        cand = uniqueSorted(cand)
        stats.lshCandidates = cand.count
        let th = options.threshold
        cand = cand.filter { th.sizesCompatible(Int(sizes[Int($0 >> 32)]), Int(sizes[Int($0 & 0xFFFF_FFFF)])) }
        stats.candidates = cand.count
        progress?("buckets: \(cand.count) candidate pairs")
        lap("buckets")

        // ---------------------------------------------------------------- 3. re-shingle
        var need = [Bool](repeating: false, count: n)
        for c in cand { need[Int(c >> 32)] = true; need[Int(c & 0xFFFF_FFFF)] = true }
        let needed = (0..<n).filter { need[$0] }
        need = []
        stats.reshingled = needed.count
        // one flat pool, laid out from the set sizes of phase 1, written in place by the workers:
        // the set of document d is pool[setStart[slot[d]] ..< setStart[slot[d] + 1]]
        var slot = [Int32](repeating: -1, count: n)
        var setStart = [Int](repeating: 0, count: needed.count + 1)
        for (k, d) in needed.enumerated() {
            slot[d] = Int32(k)
            setStart[k + 1] = setStart[k] + Int(sizes[d])
        }
        let poolBuf = FlatBuffer<UInt64>(fill: 0, capacity: max(1, setStart[needed.count]))
        poolBuf.grow(by: setStart[needed.count])
        let setParts = max(1, min(needed.count, threads * 8))
        let fd = reader.fd
        let neededC = needed, startsC = setStart
        let offs = lineOffset, lens = lineLength
        let poolP = poolBuf.pointer
        let mismatch = Locked<Int?>(nil)
        DispatchQueue.concurrentPerform(iterations: setParts) { part in
            let ws = ShingleWorkspace()
            var decoder = JSONLineDecoder()
            var buf = [UInt8]()
            let lo = part * neededC.count / setParts, hi = (part + 1) * neededC.count / setParts
            for k in lo..<hi {
                let d = neededC[k]
                let len = Int(lens[d])
                if buf.count < len { buf = [UInt8](repeating: 0, count: len) }
                var set: [UInt64] = []
                buf.withUnsafeMutableBytes { b in
                    var got = 0
                    while got < len {
                        let r = pread(fd, b.baseAddress! + got, len - got, off_t(offs[d]) + off_t(got))
                        if r <= 0 { if r < 0 && errno == EINTR { continue }; break }
                        got += r
                    }
                    if (try? decoder.decode(UnsafeRawBufferPointer(rebasing: b[0..<got]), into: ws, lineNumber: d + 1)) != nil {
                        ws.run(trackOrigins: false)
                        set = ws.sortedSet()
                    }
                }
                guard set.count == startsC[k + 1] - startsC[k] else {
                    mismatch.with { $0 = d }  // the file changed between the two reads
                    continue
                }
                set.withUnsafeBufferPointer { (poolP.p + startsC[k]).update(from: $0.baseAddress!, count: $0.count) }
            }
        }
        if let d = mismatch.with({ $0 }) {
            throw JSONLinesError(line: 0, reason: "document \(ids[d]) read differently the second time: did the file change during the run?")
        }
        progress?("re-shingled \(needed.count) documents")
        lap("re-shingle")

        // ---------------------------------------------------------------- 4. verify
        let verParts = max(1, min(cand.count, threads * 8))
        let accepted = Locked<[[UInt64]]>(Array(repeating: [], count: verParts))
        do {
            let pp = poolBuf.pointer
            let candC = cand, slotC = slot, startC = setStart
            DispatchQueue.concurrentPerform(iterations: verParts) { part in
                var out: [UInt64] = []
                let lo = part * candC.count / verParts, hi = (part + 1) * candC.count / verParts
                for k in lo..<hi {
                    let c = candC[k]
                    let a = Int(slotC[Int(c >> 32)]), b = Int(slotC[Int(c & 0xFFFF_FFFF)])
                    let sa = UnsafeBufferPointer(start: pp.p + startC[a], count: startC[a + 1] - startC[a])
                    let sb = UnsafeBufferPointer(start: pp.p + startC[b], count: startC[b + 1] - startC[b])
                    guard sa.count > 0 && sb.count > 0 && th.sizesCompatible(sa.count, sb.count) else { continue }
                    let inter = intersectionCount(sa, sb)
                    if th.accepts(intersection: inter, union: sa.count + sb.count - inter) { out.append(c) }
                }
                let r = out
                accepted.with { $0[part] = r }
            }
        }
        var pairs: [(String, String)] = []
        accepted.with { lists in
            for l in lists {
                for c in l {
                    let x = ids[Int(c >> 32)], y = ids[Int(c & 0xFFFF_FFFF)]
                    pairs.append(utf8Less(x, y) ? (x, y) : (y, x))
                }
            }
        }
        pairs.sort { utf8Less($0.0, $1.0) || ($0.0 == $1.0 && utf8Less($0.1, $1.1)) }
        stats.verifiedPairs = pairs.count
        lap("verify")
        var result = BatchDedupResult(pairs: pairs, stats: stats)
        if digests {
            result.digests = (0..<n).map { (ids[$0], Int(sizes[$0]), digestSum[$0], digestXor[$0]) }
        }
        return result
    }

    /// CSV with header `doc_a,doc_b` (ids quoted when they contain a comma, quote or newline).
    public static func writeCSV(_ pairs: [(String, String)], to path: String) throws {
        var out = "doc_a,doc_b\n"
        out.reserveCapacity(pairs.count * 20 + 16)
        for (a, b) in pairs {
            out += csvField(a)
            out += ","
            out += csvField(b)
            out += "\n"
        }
        try out.write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func csvField(_ s: String) -> String {
        if s.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) {
            return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return s
    }

    /// Peak resident set size of this process (VmHWM), in bytes; nil where /proc is missing.
    public static func peakRSS() -> Int? {
        guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").compactMap { Int($0) }
            if let kb = digits.first { return kb * 1024 }
        }
        return nil
    }
}

/// Byte-wise (= code point) order of two strings.
func utf8Less(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
}

func uniqueSorted(_ a: [UInt64]) -> [UInt64] {
    guard !a.isEmpty else { return a }
    var out = a
    var w = 1
    for r in 1..<out.count where out[r] != out[w - 1] {
        out[w] = out[r]
        w += 1
    }
    out.removeLast(out.count - w)
    return out
}
