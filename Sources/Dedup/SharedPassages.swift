/// Side-by-side highlighting for the officer: which parts of two applications are shared.
///
/// A character is *shared* when it belongs to a token of a shingle that is in both shingle sets —
/// exactly the evidence the Jaccard score counts. Tokens remember the original code points they
/// came from (through NFKC, which may merge or split code points, and lowercasing), so the flags
/// land on the texts as submitted; a user-perceived character (grapheme) is shared when any of its
/// code points is. Each text is returned as consecutive segments that concatenate back to it.
public struct PassageSegment: Sendable, Hashable {
    public let text: String
    public let shared: Bool
    /// Where the segment is in the original string.
    public let range: Range<String.Index>
}

/// Splits `a` and `b` into shared / not-shared segments (see `PassageSegment`).
public func sharedPassages(a: String, b: String) -> (a: [PassageSegment], b: [PassageSegment]) {
    let ta = traced(a), tb = traced(b)
    let setA = Set(ta.shingles), setB = Set(tb.shingles)
    let common = setA.intersection(setB)
    return (segments(a, ta, common), segments(b, tb, common))
}

private struct Traced {
    var shingles: [UInt64]
    var tokenRanges: [Range<Int>]
    var scalarCount: Int
}

private func traced(_ text: String) -> Traced {
    let ws = ShingleWorkspace()
    ws.load(text)
    ws.run(trackOrigins: true)
    let ranges = (0..<ws.tokCount).map { Int(ws.tokStart[$0])..<Int(ws.tokEnd[$0]) }
    return Traced(shingles: Array(ws.shingles[0..<ws.shingleCount]), tokenRanges: ranges, scalarCount: ws.srcCount)
}

private func segments(_ text: String, _ t: Traced, _ common: Set<UInt64>) -> [PassageSegment] {
    var sharedScalar = [Bool](repeating: false, count: t.scalarCount)
    for (i, h) in t.shingles.enumerated() where common.contains(h) {
        for tok in i..<(i + 3) {
            for s in t.tokenRanges[tok] { sharedScalar[s] = true }
        }
    }
    var out: [PassageSegment] = []
    var segStart = text.startIndex
    var segShared: Bool? = nil
    var scalar = 0
    var idx = text.startIndex
    while idx < text.endIndex {
        let next = text.index(after: idx)
        let n = text.unicodeScalars[idx..<next].count
        var shared = false
        for s in scalar..<(scalar + n) where sharedScalar[s] { shared = true; break }
        scalar += n
        if let current = segShared, current != shared {
            out.append(PassageSegment(text: String(text[segStart..<idx]), shared: current, range: segStart..<idx))
            segStart = idx
        }
        segShared = shared
        idx = next
    }
    if let current = segShared {
        out.append(PassageSegment(text: String(text[segStart..<text.endIndex]), shared: current, range: segStart..<text.endIndex))
    }
    return out
}
