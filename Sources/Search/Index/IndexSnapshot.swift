import Foundation

/// An immutable view of the whole index: segments, deletions, global statistics and facet
/// codes. Searches run on a snapshot without holding any lock.
final class IndexSnapshot: Sendable {
    struct Location: Sendable {
        let segment: Int
        let document: Int
    }

    static let facetCount = 5

    let segments: [Segment]
    /// Per segment, per local document: replaced or removed.
    let deleted: [[Bool]]
    let articleOffset: [Int]
    let docOffset: [Int]
    let totalArticles: Int
    let totalDocuments: Int
    /// Global numbering: documents and articles of segment 0, then of segment 1, …
    let docSegment: [Int32]
    let articleDoc: [Int32]
    let docFirstArticle: [Int32]
    let deletedGlobal: [Bool]
    let locations: [String: Location]
    let liveDocuments: Int
    let liveArticles: Int
    /// Facet values by code (code 0 = no value), codes by value, and per document
    /// (`d * facetCount + f`) its code.
    let facetValues: [[String]]
    let facetCodes: [[String: Int32]]
    let docFacets: [Int32]
    /// Statistics (deleted documents included until their segment is rebuilt, as in Lucene).
    let rows: Double
    let avgBodyLength: Double
    let avgRowTitleLength: Double

    init(segments: [Segment], deleted: [[Bool]]) {
        self.segments = segments
        self.deleted = deleted
        var ao: [Int] = [], dof: [Int] = []
        var a = 0, d = 0
        var docSegment: [Int32] = []
        var articleDoc: [Int32] = []
        var docFirstArticle: [Int32] = []
        var deletedGlobal: [Bool] = []
        var locations: [String: Location] = [:]
        var liveDocs = 0, liveArts = 0
        var body = 0, rowTitle = 0
        var values = Array(repeating: [""], count: Self.facetCount)
        var codes = Array(repeating: ["": Int32(0)], count: Self.facetCount)
        var docFacets: [Int32] = []
        for (si, seg) in segments.enumerated() {
            ao.append(a)
            dof.append(d)
            for x in seg.articleDoc { articleDoc.append(x + Int32(d)) }
            for x in seg.docArticleStart.dropLast() { docFirstArticle.append(x + Int32(a)) }
            a += seg.articleCount
            d += seg.documentCount
            body += seg.totalBodyLength
            rowTitle += seg.totalRowTitleLength
            docSegment.append(contentsOf: repeatElement(Int32(si), count: seg.documentCount))
            deletedGlobal.append(contentsOf: deleted[si])
            for (ld, doc) in seg.documents.enumerated() {
                for (f, v) in Self.facetValues(of: doc).enumerated() {
                    if let c = codes[f][v] {
                        docFacets.append(c)
                    } else {
                        let c = Int32(values[f].count)
                        values[f].append(v)
                        codes[f][v] = c
                        docFacets.append(c)
                    }
                }
                if deleted[si][ld] { continue }
                locations[doc.id] = Location(segment: si, document: ld)
                liveDocs += 1
                liveArts += Int(seg.docArticleStart[ld + 1] - seg.docArticleStart[ld])
            }
        }
        articleOffset = ao
        docOffset = dof
        totalArticles = a
        totalDocuments = d
        self.docSegment = docSegment
        self.articleDoc = articleDoc
        self.docFirstArticle = docFirstArticle
        self.deletedGlobal = deletedGlobal
        self.locations = locations
        liveDocuments = liveDocs
        liveArticles = liveArts
        facetValues = values
        facetCodes = codes
        self.docFacets = docFacets
        rows = Double(max(a, 1))
        avgBodyLength = max(1, Double(body) / Double(max(a, 1)))
        avgRowTitleLength = max(1, Double(rowTitle) / Double(max(a, 1)))
    }

    static let empty = IndexSnapshot(segments: [], deleted: [])

    /// "level", "issuer", "region", "year", "status" of a document ("" = none).
    static func facetValues(of doc: IndexedDocument) -> [String] {
        [doc.level, doc.issuer, doc.region, doc.year.map(String.init) ?? "", doc.status]
    }

    @inline(__always) func document(_ g: Int) -> (Segment, Int) {
        let s = Int(docSegment[g])
        return (segments[s], g - docOffset[s])
    }

    /// The article (global number `a`) of document `g`.
    func article(_ a: Int, of g: Int) -> IndexedArticle {
        let (seg, ld) = document(g)
        let i = a - Int(docFirstArticle[g])
        return seg.documents[ld].articles[i]
    }
}
