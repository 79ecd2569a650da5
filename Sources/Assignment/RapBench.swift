/// `rap-bench/1` instances (see shared/bench/assign/FORMAT.md): reader and assignment writer.
///
/// Built for size: the nsfc preset has 19 M sparse rows in a 390 MB CSV. Files are read in 8 MiB
/// chunks with `read(2)` and parsed byte by byte (no `String` per row); ids `p{i}`/`r{j}` in row
/// order take a fast path (the number is the index), any other ids go through a dictionary.
/// Declared conflicts and the same-institution rule are applied while building the CSR: for each
/// proposal the forbidden reviewers are stamped in one `Int32` array, so a dense row is filtered
/// with one comparison per reviewer; sparse rows stamp only the declared conflicts and compare the
/// reviewer's institution with the proposal's 1–3 per arc (stamping a large institution's
/// reviewers for every proposal would cost more than the rows themselves).
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public struct RapBenchInstance: Sendable {
    public var name: String
    public var problem: AssignmentProblem
    public var dense: Bool
    /// Pairs listed (dense: P·R) and pairs removed as conflicts (declared or same institution).
    public var listedPairs: Int
    public var removedConflicts: Int
}

public enum RapBench {
    public static let format = "rap-bench/1"

    /// Reads an instance directory. Throws `AssignmentError.unreadable` with the file and the reason.
    public static func read(directory dir: String) throws -> RapBenchInstance {
        let url = URL(fileURLWithPath: dir)
        func path(_ f: String) -> String { url.appendingPathComponent(f).path }
        guard let hdata = FileManager.default.contents(atPath: path("header.json")),
              let h = try? JSONSerialization.jsonObject(with: hdata) as? [String: Any] else {
            throw AssignmentError.unreadable("header.json is missing or not JSON")
        }
        guard h["format"] as? String == format else {
            throw AssignmentError.unreadable("header.json format is \(h["format"] ?? "absent"), expected \(format)")
        }
        guard let P = (h["proposals"] as? NSNumber)?.intValue, let R = (h["reviewers"] as? NSNumber)?.intValue,
              P >= 0, R >= 0 else { throw AssignmentError.unreadable("header.json lacks proposals/reviewers counts") }
        let kind = h["affinity"] as? String
        guard kind == "dense-u16" || kind == "sparse-csv" else {
            throw AssignmentError.unreadable("header.json affinity is \(kind ?? "absent"), expected dense-u16 or sparse-csv")
        }
        let name = h["name"] as? String ?? url.lastPathComponent
        var insts = Interner()

        // proposals.csv: proposal,k,institutions
        var pIDs: [String] = [], ks: [Int32] = [], pInstStart: [Int32] = [0], pInst: [Int32] = []
        pIDs.reserveCapacity(P); ks.reserveCapacity(P)
        try forEachRow(path("proposals.csv"), header: ["proposal", "k", "institutions"]) { f, line in
            guard f.count == 3 else { throw AssignmentError.unreadable("proposals.csv line \(line): expected 3 fields") }
            pIDs.append(f[0].string)
            guard let k = f[1].int, k >= 1, k <= Int(Int32.max) else {
                throw AssignmentError.unreadable("proposals.csv line \(line): k must be an integer ≥ 1")
            }
            ks.append(Int32(k))
            for part in f[2].string.split(separator: ";") {
                let t = part.trimmingCharacters(in: .whitespaces)
                if !t.isEmpty { pInst.append(insts.id(t)) }
            }
            pInstStart.append(Int32(pInst.count))
        }
        guard pIDs.count == P else { throw AssignmentError.unreadable("proposals.csv has \(pIDs.count) rows, header.json says \(P)") }

        var rIDs: [String] = [], maxL: [Int32] = [], minL: [Int32] = [], rInst: [Int32] = []
        rIDs.reserveCapacity(R)
        try forEachRow(path("reviewers.csv"), header: ["reviewer", "max_load", "min_load", "institution"]) { f, line in
            guard f.count == 4 else { throw AssignmentError.unreadable("reviewers.csv line \(line): expected 4 fields") }
            rIDs.append(f[0].string)
            guard let mx = f[1].int, let mn = f[2].int, mn >= 0, mn <= mx, mx <= Int(Int32.max) else {
                throw AssignmentError.unreadable("reviewers.csv line \(line): need 0 ≤ min_load ≤ max_load")
            }
            maxL.append(Int32(mx)); minL.append(Int32(mn))
            rInst.append(insts.id(f[3].string.trimmingCharacters(in: .whitespaces)))
        }
        guard rIDs.count == R else { throw AssignmentError.unreadable("reviewers.csv has \(rIDs.count) rows, header.json says \(R)") }

        let ids = try IDMap(proposals: pIDs, reviewers: rIDs)

        // Reviewers by institution, to stamp same-institution reviewers per proposal.
        let nInst = insts.count
        var byInstStart = [Int32](repeating: 0, count: nInst + 1)
        for x in rInst { byInstStart[Int(x) + 1] += 1 }
        for q in 0..<nInst { byInstStart[q + 1] += byInstStart[q] }
        var byInst = [Int32](repeating: 0, count: R)
        var fillI = Array(byInstStart.dropLast())
        for j in 0..<R { let q = Int(rInst[j]); byInst[Int(fillI[q])] = Int32(j); fillI[q] += 1 }

        // conflicts.csv → CSR by proposal.
        var cP: [Int32] = [], cR: [Int32] = []
        try forEachTriple(path("conflicts.csv"), header: ["proposal", "reviewer", "reason"], ids: ids, thirdIsText: true) { p, r, _ in
            cP.append(p); cR.append(r)
        }
        var cStart = [Int32](repeating: 0, count: P + 1)
        for p in cP { cStart[Int(p) + 1] += 1 }
        for i in 0..<P { cStart[i + 1] += cStart[i] }
        var cList = [Int32](repeating: 0, count: cP.count)
        var fillC = Array(cStart.dropLast())
        for q in 0..<cP.count { let p = Int(cP[q]); cList[Int(fillC[p])] = cR[q]; fillC[p] += 1 }
        cP = []; cR = []

        var stamp = [Int32](repeating: -1, count: R)
        /// Stamps proposal i's declared conflicts and (dense rows only, where every reviewer is
        /// visited anyway) its same-institution reviewers; sparse rows test the institution per arc.
        func stampForbidden(_ i: Int, institutions: Bool = true) {
            let s = Int32(i)
            for q in Int(cStart[i])..<Int(cStart[i + 1]) { stamp[Int(cList[q])] = s }
            if !institutions { return }
            for q in Int(pInstStart[i])..<Int(pInstStart[i + 1]) {
                let inst = Int(pInst[q])
                for t in Int(byInstStart[inst])..<Int(byInstStart[inst + 1]) { stamp[Int(byInst[t])] = s }
            }
        }

        var rowStart = [Int32](repeating: 0, count: P + 1)
        var rev: [Int32] = [], sc: [UInt16] = []
        var listed = 0
        if kind == "dense-u16" {
            let ap = path("affinity.u16")
            let expect = 2 * P * R
            let fd = open(ap, O_RDONLY)
            guard fd >= 0 else { throw AssignmentError.unreadable("cannot open affinity.u16") }
            defer { close(fd) }
            var st = stat()
            guard fstat(fd, &st) == 0, Int(st.st_size) == expect else {
                throw AssignmentError.unreadable("affinity.u16 is not \(expect) bytes (2·P·R)")
            }
            rev.reserveCapacity(P * R); sc.reserveCapacity(P * R)
            listed = P * R
            let rowsPerChunk = max(1, (8 << 20) / max(1, 2 * R))
            var buf = [UInt16](repeating: 0, count: rowsPerChunk * R)
            var i = 0
            while i < P {
                let rows = min(rowsPerChunk, P - i)
                let bytes = rows * R * 2
                try buf.withUnsafeMutableBytes { raw in
                    var got = 0
                    while got < bytes {
                        let n = Glibc_read(fd, raw.baseAddress! + got, bytes - got)
                        guard n > 0 else { throw AssignmentError.unreadable("affinity.u16: short read") }
                        got += n
                    }
                }
                for q in 0..<rows {
                    let row = i + q
                    stampForbidden(row)
                    let s32 = Int32(row)
                    buf.withUnsafeBufferPointer { b in
                        stamp.withUnsafeBufferPointer { st in
                            let off = q * R
                            for j in 0..<R where st[j] != s32 {
                                rev.append(Int32(j)); sc.append(UInt16(littleEndian: b[off + j]))
                            }
                        }
                    }
                    rowStart[row + 1] = Int32(rev.count)
                }
                i += rows
            }
        } else {
            // Rows are collected in raw buffers sized for the shortest possible row ("p0,r0,0\n",
            // 8 bytes): untouched pages are never resident, and appends need no checks.
            let cap = fileSize(path("affinity.csv")) / 8 + 16
            let bp = UnsafeMutablePointer<Int32>.allocate(capacity: cap), br = UnsafeMutablePointer<Int32>.allocate(capacity: cap)
            let bs = UnsafeMutablePointer<UInt16>.allocate(capacity: cap)
            let state = UnsafeMutablePointer<Int>.allocate(capacity: 3)   // count, sorted flag, last proposal
            state[0] = 0; state[1] = 1; state[2] = 0
            defer { bp.deallocate(); br.deallocate(); bs.deallocate(); state.deallocate() }
            try forEachTriple(path("affinity.csv"), header: ["proposal", "reviewer", "score"], ids: ids, thirdIsText: false) { p, r, s in
                let n = state[0]
                if n == cap { return }   // cannot happen: a row is at least 8 bytes
                if Int(p) < state[2] { state[1] = 0 }
                state[2] = Int(p)
                bp[n] = p; br[n] = r; bs[n] = UInt16(truncatingIfNeeded: s); state[0] = n + 1
            }
            let n = state[0]
            listed = n
            // Row order: identity when the file is grouped by proposal (gen.py's order), else a
            // counting sort by proposal (stable, so the file order within a proposal is kept).
            var start = [Int32](repeating: 0, count: P + 1)
            for q in 0..<n { start[Int(bp[q]) + 1] += 1 }
            for i in 0..<P { start[i + 1] += start[i] }
            var perm: [Int32] = []
            if state[1] == 0 {
                perm = [Int32](repeating: 0, count: n)
                var fill = Array(start.dropLast())
                for q in 0..<n { let p = Int(bp[q]); perm[Int(fill[p])] = Int32(q); fill[p] += 1 }
            }
            // Filter row by row into the CSR; detect duplicate pairs.
            var seen = [Int32](repeating: -1, count: R)
            rev.reserveCapacity(n); sc.reserveCapacity(n)
            for i in 0..<P {
                stampForbidden(i, institutions: false)
                let s32 = Int32(i)
                let i0 = Int(pInstStart[i]), i1 = Int(pInstStart[i + 1])
                for t in Int(start[i])..<Int(start[i + 1]) {
                    let q = perm.isEmpty ? t : Int(perm[t])
                    let j = Int(br[q])
                    if seen[j] == s32 {
                        throw AssignmentError.unreadable("affinity.csv lists pair \(pIDs[i]),\(rIDs[j]) twice")
                    }
                    seen[j] = s32
                    if stamp[j] == s32 { continue }
                    let ri = rInst[j]
                    var same = false
                    for x in i0..<i1 where pInst[x] == ri { same = true; break }
                    if !same { rev.append(br[q]); sc.append(bs[q]) }
                }
                rowStart[i + 1] = Int32(rev.count)
            }
        }
        guard rev.count < Int(Int32.max) else { throw AssignmentError.unreadable("more than 2^31 eligible pairs") }
        let problem = try AssignmentProblem(proposalIDs: pIDs, k: ks, reviewerIDs: rIDs, minLoad: minL, maxLoad: maxL,
                                            rowStart: rowStart, reviewer: rev, score: sc, validate: false)
        return RapBenchInstance(name: name, problem: problem, dense: kind == "dense-u16",
                                listedPairs: listed, removedConflicts: listed - rev.count)
    }

    /// Writes `proposal,reviewer` rows (ids as in the problem), one per assigned pair.
    public static func writeAssignment(_ result: AssignmentResult, problem: AssignmentProblem, to path: String) throws {
        var out = [UInt8]()
        out.reserveCapacity(result.count * 16 + 32)
        out.append(contentsOf: Array("proposal,reviewer\n".utf8))
        for q in 0..<result.count {
            out.append(contentsOf: problem.proposalIDs[Int(result.proposals[q])].utf8)
            out.append(UInt8(ascii: ","))
            out.append(contentsOf: problem.reviewerIDs[Int(result.reviewers[q])].utf8)
            out.append(UInt8(ascii: "\n"))
        }
        do { try Data(out).write(to: URL(fileURLWithPath: path)) } catch {
            throw AssignmentError.unreadable("cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// Writes an instance directory (used by tests and tools). Dense writes `affinity.u16` with
    /// score 0 for absent pairs; `conflicts` are listed in `conflicts.csv`.
    public static func writeInstance(directory: String, name: String, proposals: [(id: String, k: Int, institutions: [String])],
                                     reviewers: [(id: String, maxLoad: Int, minLoad: Int, institution: String)],
                                     scores: [(proposal: Int, reviewer: Int, score: UInt16)], dense: Bool,
                                     conflicts: [(proposal: Int, reviewer: Int, reason: String)]) throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let u = URL(fileURLWithPath: directory)
        let header = "{\"format\": \"\(format)\", \"name\": \"\(name)\", \"proposals\": \(proposals.count), \"reviewers\": \(reviewers.count), \"affinity\": \"\(dense ? "dense-u16" : "sparse-csv")\", \"seed\": 0}\n"
        try Data(header.utf8).write(to: u.appendingPathComponent("header.json"))
        var s = "proposal,k,institutions\n"
        for p in proposals { s += "\(p.id),\(p.k),\(p.institutions.joined(separator: ";"))\n" }
        try Data(s.utf8).write(to: u.appendingPathComponent("proposals.csv"))
        s = "reviewer,max_load,min_load,institution\n"
        for r in reviewers { s += "\(r.id),\(r.maxLoad),\(r.minLoad),\(r.institution)\n" }
        try Data(s.utf8).write(to: u.appendingPathComponent("reviewers.csv"))
        s = "proposal,reviewer,reason\n"
        for c in conflicts { s += "\(proposals[c.proposal].id),\(reviewers[c.reviewer].id),\(c.reason)\n" }
        try Data(s.utf8).write(to: u.appendingPathComponent("conflicts.csv"))
        if dense {
            var m = [UInt8](repeating: 0, count: 2 * proposals.count * reviewers.count)
            for t in scores {
                let o = 2 * (t.proposal * reviewers.count + t.reviewer)
                m[o] = UInt8(t.score & 0xff); m[o + 1] = UInt8(t.score >> 8)
            }
            try Data(m).write(to: u.appendingPathComponent("affinity.u16"))
        } else {
            s = "proposal,reviewer,score\n"
            for t in scores { s += "\(proposals[t.proposal].id),\(reviewers[t.reviewer].id),\(t.score)\n" }
            try Data(s.utf8).write(to: u.appendingPathComponent("affinity.csv"))
        }
    }
}

@inline(__always) private func Glibc_read(_ fd: Int32, _ p: UnsafeMutableRawPointer, _ n: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.read(fd, p, n)
    #else
    return Darwin.read(fd, p, n)
    #endif
}

private func fileSize(_ path: String) -> Int {
    var st = stat()
    return stat(path, &st) == 0 ? Int(st.st_size) : 0
}

private struct Interner {
    var map: [String: Int32] = [:]
    var count: Int { map.count }
    mutating func id(_ s: String) -> Int32 {
        if let v = map[s] { return v }
        let v = Int32(map.count); map[s] = v; return v
    }
}

/// Id → index. Canonical ids (`p0…`, `r0…` in row order) are parsed as numbers.
private struct IDMap {
    let P: Int, R: Int
    let canonical: Bool
    var pMap: [String: Int32] = [:], rMap: [String: Int32] = [:]
    init(proposals: [String], reviewers: [String]) throws {
        P = proposals.count; R = reviewers.count
        var canon = true
        for (i, s) in proposals.enumerated() where s != "p\(i)" { canon = false; break }
        if canon { for (j, s) in reviewers.enumerated() where s != "r\(j)" { canon = false; break } }
        canonical = canon
        if !canon {
            for (i, s) in proposals.enumerated() {
                if pMap.updateValue(Int32(i), forKey: s) != nil { throw AssignmentError.unreadable("proposal id \(s) appears twice") }
            }
            for (j, s) in reviewers.enumerated() {
                if rMap.updateValue(Int32(j), forKey: s) != nil { throw AssignmentError.unreadable("reviewer id \(s) appears twice") }
            }
        }
    }
}

/// A field: a byte range of the current chunk.
private struct Field {
    let base: UnsafePointer<UInt8>
    let count: Int
    var string: String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self).trimmingCharacters(in: .whitespaces) }
    var int: Int? { parseInt(base, count) }
}

/// Non-negative decimal integer (surrounding spaces allowed), or nil.
@inline(__always) private func parseInt(_ p: UnsafePointer<UInt8>, _ n: Int) -> Int? {
    var s = 0, e = n
    while s < e && p[s] == 32 { s += 1 }
    while e > s && p[e - 1] == 32 { e -= 1 }
    if s == e || e - s > 18 { return nil }
    var v = 0
    for q in s..<e {
        let d = Int(p[q]) &- 48
        if d < 0 || d > 9 { return nil }
        v = v &* 10 &+ d
    }
    return v
}

/// Calls `body(line, lineNumber)` for every non-blank line after the header, reading 8 MiB chunks.
/// Lines are passed without `\n`/`\r`; the header is checked (case- and space-insensitive).
private func forEachLine(_ path: String, header: [String],
                         _ body: (UnsafePointer<UInt8>, Int, Int) throws -> Void) throws {
    let fname = (path as NSString).lastPathComponent
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw AssignmentError.unreadable("cannot open \(fname)") }
    defer { close(fd) }
    let cap = 8 << 20
    let buf = UnsafeMutablePointer<UInt8>.allocate(capacity: cap + 1)
    defer { buf.deallocate() }
    var have = 0, lineNo = 0, eof = false, first = true, atStart = true
    func line(_ q: Int, _ e: Int) throws {
        var len = e - q
        if len > 0 && buf[q + len - 1] == 13 { len -= 1 }
        lineNo += 1
        if first {
            first = false
            let got = String(decoding: UnsafeBufferPointer(start: buf + q, count: len), as: UTF8.self)
                .split(separator: ",", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            guard got == header else {
                throw AssignmentError.unreadable("\(fname): header is not \(header.joined(separator: ","))")
            }
        } else if len > 0 {
            try body(UnsafePointer(buf + q), len, lineNo)
        }
    }
    while true {
        if !eof {
            let n = Glibc_read(fd, buf + have, cap - have)
            if n < 0 { throw AssignmentError.unreadable("read error in \(fname)") }
            if n == 0 { eof = true } else { have += n }
        }
        var q = 0
        if atStart && (have >= 3 || eof) {
            atStart = false
            if have >= 3 && buf[0] == 0xEF && buf[1] == 0xBB && buf[2] == 0xBF { q = 3 }
        }
        if atStart { continue }
        while q < have, let nl = memchr(buf + q, 10, have - q) {
            let e = buf.distance(to: nl.assumingMemoryBound(to: UInt8.self))
            try line(q, e)
            q = e + 1
        }
        if eof {
            if q < have { try line(q, have) }
            break
        }
        let rest = have - q
        if rest > 0 && q > 0 { memmove(buf, buf + q, rest) }
        have = rest
        if have == cap { throw AssignmentError.unreadable("\(fname): line longer than 8 MiB") }
    }
    if first { throw AssignmentError.unreadable("\(fname) is empty (no header)") }
}

private func forEachRow(_ path: String, header: [String], _ body: ([Field], Int) throws -> Void) throws {
    var fields: [Field] = []
    try forEachLine(path, header: header) { p, n, line in
        fields.removeAll(keepingCapacity: true)
        var s = 0
        for q in 0...n where q == n || p[q] == 44 {
            fields.append(Field(base: p + s, count: q - s)); s = q + 1
        }
        try body(fields, line)
    }
}

/// Parses `proposal,reviewer,third` rows; the third column is an integer 0…65535 unless `thirdIsText`.
private func forEachTriple(_ path: String, header: [String], ids: IDMap, thirdIsText: Bool,
                           _ body: (Int32, Int32, Int) -> Void) throws {
    let fname = (path as NSString).lastPathComponent
    try forEachLine(path, header: header) { p, n, line in
        // Fast path: exactly `p<int>,r<int>,<int>` (or `,<text>`) with canonical ids, one pass.
        if ids.canonical && n >= 6 && p[0] == 112 {
            var q = 1, pi = 0, rj = 0, third = 0, ok = p[1] != 48 || p[2] == 44
            while q < n, case let d = Int(p[q]) &- 48, d >= 0 && d <= 9 { pi = pi &* 10 &+ d; q += 1 }
            ok = ok && q > 1 && q < n - 2 && p[q] == 44 && p[q + 1] == 114 && pi < ids.P && q < 12
            if ok {
                q += 2
                let r0 = q
                ok = p[r0] != 48 || (r0 + 1 < n && p[r0 + 1] == 44)
                while q < n, case let d = Int(p[q]) &- 48, d >= 0 && d <= 9 { rj = rj &* 10 &+ d; q += 1 }
                ok = ok && q > r0 && q < n && p[q] == 44 && rj < ids.R && q - r0 < 11
                if ok && !thirdIsText {
                    q += 1
                    let t0 = q
                    while q < n, case let d = Int(p[q]) &- 48, d >= 0 && d <= 9 { third = third &* 10 &+ d; q += 1 }
                    ok = q == n && q > t0 && q - t0 <= 5 && third <= 65535
                }
                if ok { body(Int32(pi), Int32(rj), third); return }
            }
        }
        var c1 = -1, c2 = -1
        var q = 0
        while q < n { if p[q] == 44 { if c1 < 0 { c1 = q } else { c2 = q; break } }; q += 1 }
        if c1 < 0 || c2 < 0 || (!thirdIsText && memchr(p + c2 + 1, 44, n - c2 - 1) != nil) {
            throw AssignmentError.unreadable("\(fname) line \(line): expected 3 fields")
        }
        var pi = -1, rj = -1
        if ids.canonical {
            if c1 >= 2 && p[0] == 112, let v = parseInt(p + 1, c1 - 1), v < ids.P, p[1] != 32 { pi = v }
            if c2 - c1 >= 3 && p[c1 + 1] == 114, let v = parseInt(p + c1 + 2, c2 - c1 - 2), v < ids.R, p[c1 + 2] != 32 { rj = v }
            // Leading zeros (p007) are not canonical ids.
            if pi >= 0 && c1 > 2 && p[1] == 48 { pi = -1 }
            if rj >= 0 && c2 - c1 > 3 && p[c1 + 2] == 48 { rj = -1 }
        }
        if pi < 0 {
            let s = String(decoding: UnsafeBufferPointer(start: p, count: c1), as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if ids.canonical, s.count >= 2, s.first == "p", let v = Int(s.dropFirst()), v >= 0, v < ids.P, "p\(v)" == s { pi = v }
            else if let v = ids.pMap[s] { pi = Int(v) }
            else { throw AssignmentError.unreadable("\(fname) line \(line): unknown proposal \(s)") }
        }
        if rj < 0 {
            let s = String(decoding: UnsafeBufferPointer(start: p + c1 + 1, count: c2 - c1 - 1), as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if ids.canonical, s.count >= 2, s.first == "r", let v = Int(s.dropFirst()), v >= 0, v < ids.R, "r\(v)" == s { rj = v }
            else if let v = ids.rMap[s] { rj = Int(v) }
            else { throw AssignmentError.unreadable("\(fname) line \(line): unknown reviewer \(s)") }
        }
        var third = 0
        if !thirdIsText {
            guard let v = parseInt(p + c2 + 1, n - c2 - 1), v <= 65535 else {
                throw AssignmentError.unreadable("\(fname) line \(line): score must be an integer 0…65535")
            }
            third = v
        }
        body(Int32(pi), Int32(rj), third)
    }
}
