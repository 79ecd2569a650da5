import Foundation

/// One search over one snapshot: term-at-a-time BM25 accumulation into per-article arrays,
/// then grouping to documents, AND/OR split, filter, facets, top-k and snippets.
struct SearchEngine {
    let snap: IndexSnapshot
    let params: RankingParameters
    let scratch: SearchScratch
    /// False: hits carry an empty snippet (callers that rank every match and show none of them).
    var snippets = true

    init(snapshot: IndexSnapshot, params: RankingParameters, scratch: SearchScratch) {
        self.snap = snapshot
        self.params = params
        self.scratch = scratch
    }

    struct Candidate {
        var score: Double
        var doc: Int32
        var article: Int32
        var all: Bool
    }

    mutating func run(query: String, limit: Int, offset: Int, filter: SearchFilter) -> SearchResults {
        // Query tokens, distinct, at most 64.
        let groups = PolicyTokenizer.queryKeyGroups(query)
        var keys: [UInt64] = []
        var position: [UInt64: Int] = [:]
        for g in groups {
            for t in g where position[t.key] == nil && keys.count < 64 {
                position[t.key] = keys.count
                keys.append(t.key)
            }
        }
        let compiled = compile(filter)
        if keys.isEmpty { return browse(limit: limit, offset: offset, filter: compiled) }
        let nt = keys.count
        let full: UInt64 = nt == 64 ? ~0 : (1 << UInt64(nt)) - 1
        scratch.ensure(articles: snap.totalArticles, documents: snap.totalDocuments)

        // Term ids per segment and document frequencies.
        var tids = Array(repeating: Array(repeating: Int32(-1), count: nt), count: snap.segments.count)
        var dfRow = Array(repeating: 0.0, count: nt)
        for (si, seg) in snap.segments.enumerated() {
            for i in 0..<nt {
                let t = seg.terms.find(keys[i])
                tids[si][i] = t
                if t >= 0 { dfRow[i] += Double(seg.rowDF[Int(t)]) }
            }
        }
        // IDF over article rows, a row containing the term in its body or its document's title
        // (as if the title were repeated on every row), shared by title and body.
        let idfs = dfRow.map { idf(snap.rows, $0) }

        accumulate(tids: tids, idfs: idfs)
        let docs = group(full: full)

        // Document scores, filter, AND/OR split.
        let sc = scratch
        var andDocs: [Candidate] = []
        var orDocs: [Candidate] = []
        var andIDs: [Int32] = []
        var orIDs: [Int32] = []
        let lambda = params.otherArticles
        let bestAll = sc.bestAll, bestAllArticle = sc.bestAllArticle
        let bestAny = sc.bestAny, bestAnyArticle = sc.bestAnyArticle
        let bodySum = sc.bodySum, artScore = sc.artScore
        for g in docs {
            let d = Int(g)
            let all = bestAllArticle[d] >= 0
            let art = all ? bestAllArticle[d] : bestAnyArticle[d]
            var score = all ? bestAll[d] : bestAny[d]
            if lambda > 0 {
                let others = max(0, bodySum[d] - artScore[Int(art)])
                score += lambda * log1p(others)
            }
            let passes = failures(d, compiled) == 0
            if all {
                andIDs.append(g)
                if passes { andDocs.append(Candidate(score: score, doc: g, article: art, all: true)) }
            } else {
                orIDs.append(g)
                if passes { orDocs.append(Candidate(score: score, doc: g, article: art, all: false)) }
            }
        }
        let useOr = andDocs.count < params.orFillThreshold
        let total = andDocs.count + (useOr ? orDocs.count : 0)
        let facets = self.facets(useOr ? andIDs + orIDs : andIDs, compiled)

        // Never more than every candidate: a huge offset (or offset + limit past Int.max) is an
        // empty page, not an overflow or a huge allocation.
        let (sum, overflow) = offset.addingReportingOverflow(limit)
        let want = overflow ? total : min(sum, total)
        var ranked = Self.top(andDocs, want)
        if useOr && ranked.count < want { ranked += Self.top(orDocs, want - ranked.count) }
        let page = offset < ranked.count ? Array(ranked[offset...]) : []

        let hits = page.map { c -> SearchHit in
            let (seg, ld) = snap.document(Int(c.doc))
            let doc = seg.documents[ld]
            let article = snap.article(Int(c.article), of: Int(c.doc))
            let snippet = snippets ? SnippetBuilder.make(text: article.text, keys: position, weights: idfs,
                                                         width: params.snippetWidth) : Snippet(text: "", highlights: [])
            return SearchHit(documentID: doc.id, title: doc.title, articleLabel: article.label,
                             score: c.score, snippet: snippet, matchedAll: c.all)
        }
        return SearchResults(hits: hits, totalDocuments: total, facets: facets)
    }

    /// No query tokens: every document passing the filter, newest first.
    func browse(limit: Int, offset: Int, filter: [[Bool]?]) -> SearchResults {
        var all: [Int32] = []
        var passing: [(year: Int, doc: Int32)] = []
        for g in 0..<snap.totalDocuments where !snap.deletedGlobal[g] {
            all.append(Int32(g))
            if failures(g, filter) == 0 {
                let (seg, ld) = snap.document(g)
                passing.append((seg.documents[ld].year ?? Int.min, Int32(g)))
            }
        }
        passing.sort { $0.year > $1.year || ($0.year == $1.year && $0.doc < $1.doc) }
        let page = passing.dropFirst(offset).prefix(limit)
        let hits = page.map { item -> SearchHit in
            let (seg, ld) = snap.document(Int(item.doc))
            let doc = seg.documents[ld]
            let article = doc.articles.first ?? IndexedArticle(label: "", text: "")
            let snippet = SnippetBuilder.make(text: article.text, keys: [:], weights: [],
                                              width: params.snippetWidth)
            return SearchHit(documentID: doc.id, title: doc.title, articleLabel: article.label,
                             score: 0, snippet: snippet, matchedAll: true)
        }
        return SearchResults(hits: hits, totalDocuments: passing.count, facets: facets(all, filter))
    }
}
