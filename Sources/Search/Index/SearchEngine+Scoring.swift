import Foundation

// BM25 scoring, grouping articles to documents, and top-k selection.

extension SearchEngine {
    /// FTS5's BM25 IDF: ln((N − n + 0.5) / (n + 0.5)), at least 1e-6.
    @inline(__always) func idf(_ n: Double, _ df: Double) -> Double {
        max(1e-6, log((n - df + 0.5) / (df + 0.5)))
    }

    /// BM25 contributions of every token: body postings into the article arrays, title
    /// postings into the document arrays.
    func accumulate(tids: [[Int32]], idfs: [Double]) {
        let sc = scratch
        let k1 = params.k1, b = params.b
        let tk1 = params.titleK1, tb = params.titleB
        let avgBody = snap.avgBodyLength
        let avgTitle = snap.avgRowTitleLength
        let tw = params.titleWeight
        let score = sc.artScore, mask = sc.artMask, touched = sc.touched
        let tScore = sc.titleScore, tMask = sc.titleMask, tTouched = sc.titleTouched
        var nTouched = sc.touchedCount, nTitleTouched = sc.titleTouchedCount
        for (si, seg) in snap.segments.enumerated() {
            let aOff = snap.articleOffset[si]
            let dOff = snap.docOffset[si]
            seg.bodyArticle.withUnsafeBufferPointer { arts in
            seg.bodyTF.withUnsafeBufferPointer { tfs in
            seg.bodyLength.withUnsafeBufferPointer { lens in
            seg.bodyStart.withUnsafeBufferPointer { starts in
                for i in 0..<idfs.count {
                    let t = Int(tids[si][i])
                    if t < 0 { continue }
                    let bit: UInt64 = 1 << UInt64(i)
                    let wB = idfs[i] * (k1 + 1)
                    let cB = k1 * (1 - b)
                    let dB = k1 * b / avgBody
                    for p in Int(starts[t])..<Int(starts[t + 1]) {
                        let la = Int(arts[p])
                        let g = aOff + la
                        let tf = Double(tfs[p])
                        let v = wB * tf / (tf + cB + dB * Double(lens[la]))
                        if mask[g] == 0 {
                            touched[nTouched] = Int32(g)
                            nTouched += 1
                        }
                        mask[g] |= bit
                        score[g] += v
                    }
                }
            }}}}
            for i in 0..<idfs.count {
                let t = Int(tids[si][i])
                if t < 0 { continue }
                let bit: UInt64 = 1 << UInt64(i)
                let wT = tw * idfs[i] * (tk1 + 1)
                let cT = tk1 * (1 - tb)
                let dT = tk1 * tb / avgTitle
                for p in Int(seg.titleStart[t])..<Int(seg.titleStart[t + 1]) {
                    let ld = Int(seg.titleDoc[p])
                    let g = dOff + ld
                    let tf = Double(seg.titleTF[p])
                    let v = wT * tf / (tf + cT + dT * Double(seg.titleLength[ld]))
                    if tMask[g] == 0 {
                        tTouched[nTitleTouched] = Int32(g)
                        nTitleTouched += 1
                    }
                    tMask[g] |= bit
                    tScore[g] += v
                }
            }
        }
        sc.touchedCount = nTouched
        sc.titleTouchedCount = nTitleTouched
    }

    /// Groups the touched articles to their (live) documents: per document the best article
    /// satisfying AND with the title, the best article at all, and the sum of body scores.
    /// Returns the documents touched.
    func group(full: UInt64) -> [Int32] {
        let sc = scratch
        let score = sc.artScore, mask = sc.artMask
        let tScore = sc.titleScore, tMask = sc.titleMask
        let bestAll = sc.bestAll, bestAllArticle = sc.bestAllArticle
        let bestAny = sc.bestAny, bestAnyArticle = sc.bestAnyArticle
        let bodySum = sc.bodySum
        let docTouched = sc.docTouched
        var nDocs = 0
        snap.articleDoc.withUnsafeBufferPointer { articleDoc in
        snap.deletedGlobal.withUnsafeBufferPointer { deleted in
            for i in 0..<sc.touchedCount {
                let a = Int(sc.touched[i])
                let d = Int(articleDoc[a])
                if deleted[d] { continue }
                if bestAnyArticle[d] < 0 {
                    docTouched[nDocs] = Int32(d)
                    nDocs += 1
                }
                let body = score[a]
                let s = body + tScore[d]
                bodySum[d] += body
                // Articles come in increasing number within a term, not overall: ties go to
                // the lower article number.
                if s > bestAny[d] || (s == bestAny[d] && Int32(a) < bestAnyArticle[d]) {
                    bestAny[d] = s
                    bestAnyArticle[d] = Int32(a)
                }
                if (mask[a] | tMask[d]) == full,
                   s > bestAll[d] || (s == bestAll[d] && Int32(a) < bestAllArticle[d]) {
                    bestAll[d] = s
                    bestAllArticle[d] = Int32(a)
                }
            }
            for i in 0..<sc.titleTouchedCount {
                let d = Int(sc.titleTouched[i])
                if deleted[d] || bestAnyArticle[d] >= 0 { continue }
                docTouched[nDocs] = Int32(d)
                nDocs += 1
                let first = snap.docFirstArticle[d]
                bestAny[d] = tScore[d]
                bestAnyArticle[d] = first
                if tMask[d] == full {
                    bestAll[d] = tScore[d]
                    bestAllArticle[d] = first
                }
            }
        }}
        sc.docTouchedCount = nDocs
        return Array(UnsafeBufferPointer(start: docTouched, count: nDocs))
    }

    /// The best `k` candidates, best first (ties: lower document number first).
    static func top(_ items: [Candidate], _ k: Int) -> [Candidate] {
        if k <= 0 || items.isEmpty { return [] }
        func better(_ a: Candidate, _ b: Candidate) -> Bool {
            a.score > b.score || (a.score == b.score && a.doc < b.doc)
        }
        if k >= (items.count + 7) / 8 { return Array(items.sorted(by: better).prefix(k)) }
        var best: [Candidate] = []
        best.reserveCapacity(k + 1)
        for c in items {
            if best.count == k, !better(c, best[k - 1]) { continue }
            var lo = 0, hi = best.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if better(best[mid], c) { lo = mid + 1 } else { hi = mid }
            }
            best.insert(c, at: lo)
            if best.count > k { best.removeLast() }
        }
        return best
    }
}
