import Foundation

enum SnippetBuilder {
    /// A window of about `width` characters of `text` around the densest cluster of query
    /// tokens (`keys`: token key → query token number, `weights` per token number), every
    /// matched token span highlighted, "…" where the text is cut.
    static func make(text: String, keys: [UInt64: Int], weights: [Double], width: Int) -> Snippet {
        // Very long articles: the window is looked for in their first `scanLimit` scalars.
        var original: [UInt32] = []
        let (stable, truncated) = TextNormalizer.decodePrefix(text, limit: 4_000, into: &original)
        let n = original.count
        // Normalised scalars and, unless the text maps one to one (`stable`), for each the
        // original scalar it came from.
        var normal: [UInt32] = []
        var origin: [Int32] = []
        normal.reserveCapacity(n)
        if stable {
            for c in original { normal.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c) }
        } else {
            origin.reserveCapacity(n)
            for (i, c) in original.enumerated() {
                let before = normal.count
                TextNormalizer.normalizeScalar(c, into: &normal)
                for _ in before..<normal.count { origin.append(Int32(i)) }
            }
        }
        // Matched spans in original scalar offsets.
        var spans: [(start: Int, end: Int, token: Int)] = []
        if !keys.isEmpty {
            let unigrams = keys.keys.contains { TokenKey.isUnigram($0) }
            let list = Array(keys)  // a linear scan beats hashing for a handful of tokens
            normal.withUnsafeBufferPointer { buf in
                TokenScanner.scan(buf, unigrams: unigrams) { key, s, e in
                    let t: Int?
                    if list.count <= 16 {
                        t = list.first(where: { $0.key == key })?.value
                    } else {
                        t = keys[key]
                    }
                    if let t {
                        spans.append(stable ? (s, e, t) : (Int(origin[s]), Int(origin[e - 1]) + 1, t))
                    }
                }
            }
            spans.sort { $0.start < $1.start || ($0.start == $1.start && $0.end < $1.end) }
        }
        // Densest window: most distinct token weight, then most spans.
        var start = 0
        if n > width, !spans.isEmpty {
            var counts = Array(repeating: 0, count: max(weights.count, 1 + (spans.map(\.token).max() ?? 0)))
            var value = 0.0
            var bestValue = -1.0, bestI = 0, bestJ = 0
            var j = 0
            for i in 0..<spans.count {
                if j < i { j = i }
                while j < spans.count && spans[j].end - spans[i].start <= width {
                    let t = spans[j].token
                    if counts[t] == 0 { value += t < weights.count ? max(weights[t], 0.01) : 1 }
                    counts[t] += 1
                    j += 1
                }
                let v = value + 0.001 * Double(j - i)
                if v > bestValue { bestValue = v; bestI = i; bestJ = j }
                if j > i {
                    let t = spans[i].token
                    counts[t] -= 1
                    if counts[t] == 0 { value -= t < weights.count ? max(weights[t], 0.01) : 1 }
                }
            }
            let clusterStart = spans[bestI].start
            var clusterEnd = clusterStart
            for k in bestI..<max(bestJ, bestI + 1) { clusterEnd = max(clusterEnd, spans[k].end) }
            let slack = max(0, width - (clusterEnd - clusterStart))
            start = max(0, clusterStart - slack / 3)
            if start + width > n { start = max(0, n - width) }
        }
        let end = min(n, start + width)
        // Build the text, with line breaks and tabs shown as spaces.
        var scalars = String.UnicodeScalarView()
        let prefix = start > 0
        if prefix { scalars.append("…") }
        for i in start..<end {
            let c = original[i]
            let shown: UInt32 = (c == 0x0A || c == 0x0D || c == 0x09) ? 0x20 : c
            if let u = Unicode.Scalar(shown) { scalars.append(u) }
        }
        if end < n || truncated { scalars.append("…") }
        let snippetText = String(scalars)
        // Highlights: clip, shift, merge overlapping or adjacent spans.
        let shift = prefix ? 1 : 0
        var merged: [Range<Int>] = []
        for sp in spans where sp.end > start && sp.start < end {
            let lo = max(sp.start, start) - start + shift
            let hi = min(sp.end, end) - start + shift
            if let last = merged.last, lo <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, hi)
            } else {
                merged.append(lo..<hi)
            }
        }
        // Scalar offsets → Character offsets.
        var charAt: [Int] = []
        charAt.reserveCapacity(snippetText.unicodeScalars.count + 1)
        var ci = 0
        for ch in snippetText {
            for _ in ch.unicodeScalars { charAt.append(ci) }
            ci += 1
        }
        charAt.append(ci)
        let highlights = merged.compactMap { r -> Range<Int>? in
            let lo = charAt[min(r.lowerBound, charAt.count - 1)]
            var hi = charAt[min(r.upperBound, charAt.count - 1)]
            if r.upperBound < charAt.count - 1, r.upperBound > 0, charAt[r.upperBound - 1] == hi { hi += 1 }
            return lo < hi ? lo..<hi : nil
        }
        return Snippet(text: snippetText, highlights: highlights)
    }
}
