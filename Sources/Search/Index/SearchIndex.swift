import Foundation

// MARK: - Public value types

/// A document as the search index sees it: its facets and its articles.
public struct IndexedDocument: Sendable, Equatable {
    /// External id (the corpus id).
    public var id: String
    public var title: String
    /// Facet values as plain strings ("" = none).
    public var level: String
    public var issuer: String
    public var region: String
    public var year: Int?
    /// "in_force" | "amended" | "repealed"
    public var status: String
    /// One entry per article `第X条`; text before the first article is its own entry with label
    /// "" (or "序言").
    public var articles: [IndexedArticle]

    public init(id: String, title: String, level: String = "", issuer: String = "",
                region: String = "", year: Int? = nil, status: String = "in_force",
                articles: [IndexedArticle]) {
        self.id = id
        self.title = title
        self.level = level
        self.issuer = issuer
        self.region = region
        self.year = year
        self.status = status
        self.articles = articles
    }
}

public struct IndexedArticle: Sendable, Equatable {
    /// `第X条`, `第X条之一`, or "" for the text before the first article.
    public var label: String
    public var text: String

    public init(label: String, text: String) {
        self.label = label
        self.text = text
    }
}

/// Restricts results to documents whose facet value is in the given set (nil = no restriction).
public struct SearchFilter: Sendable, Equatable {
    public var levels: Set<String>?
    public var issuers: Set<String>?
    public var regions: Set<String>?
    public var years: Set<Int>?
    public var statuses: Set<String>?

    public init(levels: Set<String>? = nil, issuers: Set<String>? = nil, regions: Set<String>? = nil,
                years: Set<Int>? = nil, statuses: Set<String>? = nil) {
        self.levels = levels
        self.issuers = issuers
        self.regions = regions
        self.years = years
        self.statuses = statuses
    }
}

public struct SearchHit: Sendable, Equatable {
    public let documentID: String
    public let title: String
    /// Label of the document's best-matching article ("" for the preamble).
    public let articleLabel: String
    /// BM25-based score. Hits are ordered by `matchedAll` first, then by score.
    public let score: Double
    public let snippet: Snippet
    /// True when the best article (with the title) contains every query token.
    public let matchedAll: Bool

    public init(documentID: String, title: String, articleLabel: String, score: Double, snippet: Snippet,
                matchedAll: Bool) {
        self.documentID = documentID
        self.title = title
        self.articleLabel = articleLabel
        self.score = score
        self.snippet = snippet
        self.matchedAll = matchedAll
    }
}

/// A short passage of an article with the matched tokens marked.
public struct Snippet: Sendable, Equatable {
    public let text: String
    /// Character offsets into `text`, ascending, non-overlapping, non-adjacent.
    public let highlights: [Range<Int>]

    public init(text: String, highlights: [Range<Int>]) {
        self.text = text
        self.highlights = highlights
    }

    /// `text` with every highlight wrapped in `<mark>…</mark>`; all text (inside and outside
    /// the marks) goes through `escape`.
    public func html(escape: (String) -> String) -> String {
        var out = ""
        var position = 0
        var index = text.startIndex
        func take(_ count: Int) -> String {
            let end = text.index(index, offsetBy: count, limitedBy: text.endIndex) ?? text.endIndex
            let piece = String(text[index..<end])
            index = end
            return piece
        }
        for h in highlights where h.lowerBound >= position {
            out += escape(take(h.lowerBound - position))
            out += "<mark>" + escape(take(h.count)) + "</mark>"
            position = h.upperBound
        }
        out += escape(String(text[index...]))
        return out
    }
}

public struct SearchResults: Sendable, Equatable {
    public let hits: [SearchHit]
    /// Number of matching documents (after the filter): the AND matches, plus the OR matches
    /// when fewer than 10 documents match every token.
    public let totalDocuments: Int
    /// "level", "issuer", "region", "year", "status" → value → number of matching documents.
    /// Counted over the same matching set as `totalDocuments`, with every filter applied except
    /// the one on that facet (so a selected value's siblings keep their counts). Documents
    /// without a value (empty string, no year) are not counted under that facet.
    public let facets: [String: [String: Int]]

    public init(hits: [SearchHit], totalDocuments: Int, facets: [String: [String: Int]]) {
        self.hits = hits
        self.totalDocuments = totalDocuments
        self.facets = facets
    }
}

// MARK: - Ranking parameters

/// Ranking knobs, chosen once for the whole query set by measurement on the dev judgements (not
/// per query); see `PolicySearchIndex` for the model.
struct RankingParameters: Sendable {
    /// BM25 of the article body.
    var k1: Double = 1.2
    var b: Double = 0.5
    /// BM25 of the title, added to every article of the document, × `titleWeight`.
    var titleWeight: Double = 2.0
    var titleK1: Double = 1.2
    var titleB: Double = 0.75
    /// Document score = best article + `otherArticles` × ln(1 + Σ body scores of the
    /// document's other matching articles).
    var otherArticles: Double = 8.0
    /// Whether every CJK character is also indexed as a unigram (single-character queries).
    var indexUnigrams: Bool = true
    /// Fewer AND documents than this → OR matches are appended.
    var orFillThreshold: Int = 10
    /// Characters of article text in a snippet.
    var snippetWidth: Int = 120
}

// MARK: - Term table

/// Read-only open-addressing hash map from token key (never 0) to term number.
struct TermTable: Sendable {
    let keys: [UInt64]
    let ids: [Int32]
    let count: Int
    private let mask: Int

    init(keys: [UInt64], ids: [Int32], count: Int) {
        self.keys = keys
        self.ids = ids
        self.count = count
        mask = keys.count - 1
    }

    @inline(__always) static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 29) & mask
    }

    func find(_ key: UInt64) -> Int32 {
        if keys.isEmpty { return -1 }
        var i = TermTable.slot(key, mask)
        while true {
            let k = keys[i]
            if k == key { return ids[i] }
            if k == 0 { return -1 }
            i = (i + 1) & mask
        }
    }
}

/// The hash table used while building: token key → the term's number and running counts.
/// Manually managed memory (`release()`), so that the per-token path has no checks.
struct BuildTable {
    struct Slot {
        var key: UInt64 = 0
        var id: Int32 = -1
        /// Number of the last text the term was seen in, and its place in that text's list.
        var lastSeen: Int32 = 0
        var listIndex: Int32 = 0
        /// 1 + the last document whose title contains the term.
        var titleMark: Int32 = 0
        var bodyDF: Int32 = 0
        var titleDF: Int32 = 0
        var rowDF: Int32 = 0
    }

    private(set) var slots: UnsafeMutablePointer<Slot>
    private(set) var capacity: Int
    private(set) var count = 0

    init(capacity wanted: Int) {
        var cap = 1024
        while cap * 7 < wanted * 10 { cap <<= 1 }
        capacity = cap
        slots = .allocate(capacity: cap)
        slots.initialize(repeating: Slot(), count: cap)
    }

    func release() { slots.deallocate() }

    @inline(__always) mutating func slot(for key: UInt64) -> UnsafeMutablePointer<Slot> {
        let mask = capacity - 1
        var i = TermTable.slot(key, mask)
        while true {
            let p = slots + i
            let k = p.pointee.key
            if k == key { return p }
            if k == 0 {
                p.pointee.key = key
                p.pointee.id = Int32(count)
                count += 1
                if count * 10 >= capacity * 7 {
                    grow()
                    return find(key)
                }
                return p
            }
            i = (i + 1) & mask
        }
    }

    @inline(__always) func find(_ key: UInt64) -> UnsafeMutablePointer<Slot> {
        let mask = capacity - 1
        var i = TermTable.slot(key, mask)
        while slots[i].key != key { i = (i + 1) & mask }
        return slots + i
    }

    private mutating func grow() {
        let old = slots, oldCap = capacity
        capacity = oldCap * 2
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: Slot(), count: capacity)
        let mask = capacity - 1
        for j in 0..<oldCap where old[j].key != 0 {
            var i = TermTable.slot(old[j].key, mask)
            while slots[i].key != 0 { i = (i + 1) & mask }
            slots[i] = old[j]
        }
        old.deallocate()
    }

    /// The lookup table and the per-term counts, by term number.
    func finish() -> (table: TermTable, bodyDF: [Int32], titleDF: [Int32], rowDF: [Int32]) {
        var cap = 16
        while cap < count * 2 { cap <<= 1 }
        var keys = [UInt64](repeating: 0, count: cap)
        var ids = [Int32](repeating: -1, count: cap)
        var bodyDF = [Int32](repeating: 0, count: count)
        var titleDF = [Int32](repeating: 0, count: count)
        var rowDF = [Int32](repeating: 0, count: count)
        let mask = cap - 1
        for j in 0..<capacity where slots[j].key != 0 {
            let s = slots[j]
            var i = TermTable.slot(s.key, mask)
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = s.key
            ids[i] = s.id
            bodyDF[Int(s.id)] = s.bodyDF
            titleDF[Int(s.id)] = s.titleDF
            rowDF[Int(s.id)] = s.rowDF
        }
        return (TermTable(keys: keys, ids: ids, count: count), bodyDF, titleDF, rowDF)
    }
}

// MARK: - Segment

enum SegmentBuilder {
    /// True when the CJK character at `i` has a CJK neighbour (so it is part of a bigram run).
    @inline(__always) static func inRun(_ buf: UnsafeBufferPointer<UInt32>, _ i: Int) -> Bool {
        (i > 0 && TokenScanner.isCJK(buf[i - 1])) || (i + 1 < buf.count && TokenScanner.isCJK(buf[i + 1]))
    }

    /// Tokenises every title and article into forward lists (distinct terms with their
    /// frequencies, text after text), then inverts them by counting sort.
    static func build(_ input: [IndexedDocument], indexUnigrams: Bool) -> Segment {
        let articleTotal = input.reduce(0) { $0 + max(1, $1.articles.count) }
        var table = BuildTable(capacity: min(1 << 19, 64 + articleTotal * 3))
        defer { table.release() }
        var documents: [IndexedDocument] = []
        documents.reserveCapacity(input.count)
        var docArticleStart: [Int32] = [0]
        var articleDoc: [Int32] = []
        articleDoc.reserveCapacity(articleTotal)
        var bodyLength: [Int32] = []
        bodyLength.reserveCapacity(articleTotal)
        var titleLength: [Int32] = []
        let perArticle = indexUnigrams ? 150 : 85
        var fwdTerm: [Int32] = []
        fwdTerm.reserveCapacity(articleTotal * perArticle)
        var fwdTF: [UInt8] = []
        fwdTF.reserveCapacity(articleTotal * perArticle)
        var fwdStart: [Int] = [0]
        fwdStart.reserveCapacity(articleTotal + 1)
        var titleFwdTerm: [Int32] = []
        var titleFwdTF: [UInt8] = []
        var titleFwdStart: [Int] = [0]
        var totalBody = 0
        var totalRowTitle = 0
        var scalars: [UInt32] = []
        var textNumber: Int32 = 0

        /// Appends the distinct terms of `text` and their frequencies to `terms`/`tfs`;
        /// `firstSeen` is called once per distinct term. Returns the token count (the extra
        /// unigrams inside runs are not counted).
        func collect(_ text: String, _ terms: inout [Int32], _ tfs: inout [UInt8],
                     _ firstSeen: (UnsafeMutablePointer<BuildTable.Slot>) -> Void) -> Int {
            textNumber += 1
            let number = textNumber
            TextNormalizer.normalize(text, into: &scalars)
            var length = 0
            var tb = table  // a copy of the handle: no captured-variable access per token
            defer { table = tb }
            scalars.withUnsafeBufferPointer { buf in
                TokenScanner.scan(buf, unigrams: indexUnigrams) { key, s, _ in
                    if !(TokenKey.isUnigram(key) && inRun(buf, s)) { length += 1 }
                    let p = tb.slot(for: key)
                    if p.pointee.lastSeen != number {
                        p.pointee.lastSeen = number
                        p.pointee.listIndex = Int32(terms.count)
                        terms.append(p.pointee.id)
                        tfs.append(1)
                        firstSeen(p)
                    } else {
                        let j = Int(p.pointee.listIndex)
                        if tfs[j] < 255 { tfs[j] += 1 }
                    }
                }
            }
            return length
        }

        for doc in input {
            let d = Int32(documents.count)
            let mark = d + 1
            let articles = doc.articles.isEmpty ? [IndexedArticle(label: "", text: "")] : doc.articles
            var stored = doc
            stored.articles = articles
            documents.append(stored)
            let rows = Int32(articles.count)
            let tl = collect(doc.title, &titleFwdTerm, &titleFwdTF) { p in
                p.pointee.titleDF += 1
                p.pointee.titleMark = mark
                p.pointee.rowDF += rows
            }
            titleLength.append(Int32(tl))
            titleFwdStart.append(titleFwdTerm.count)
            for article in articles {
                articleDoc.append(d)
                let bl = collect(article.text, &fwdTerm, &fwdTF) { p in
                    p.pointee.bodyDF += 1
                    if p.pointee.titleMark != mark { p.pointee.rowDF += 1 }
                }
                bodyLength.append(Int32(bl))
                totalBody += bl
                totalRowTitle += tl
                fwdStart.append(fwdTerm.count)
            }
            docArticleStart.append(Int32(articleDoc.count))
        }

        let stats = table.finish()
        let nTerms = stats.table.count
        let body = invert(terms: nTerms, df: stats.bodyDF, fTerm: fwdTerm, fTF: fwdTF, fStart: fwdStart)
        fwdTerm = []
        fwdTF = []
        let title = invert(terms: nTerms, df: stats.titleDF, fTerm: titleFwdTerm, fTF: titleFwdTF,
                           fStart: titleFwdStart)
        return Segment(documents: documents, docArticleStart: docArticleStart, articleDoc: articleDoc,
                       bodyLength: bodyLength, titleLength: titleLength, terms: stats.table,
                       bodyStart: body.start, bodyArticle: body.owner, bodyTF: body.tf,
                       titleStart: title.start, titleDoc: title.owner, titleTF: title.tf,
                       rowDF: stats.rowDF, totalBodyLength: totalBody, totalRowTitleLength: totalRowTitle)
    }

    /// Counting sort of forward postings (owner r, term, tf) into term-major order.
    static func invert(terms nTerms: Int, df: [Int32], fTerm: [Int32], fTF: [UInt8],
                       fStart: [Int]) -> (start: [Int32], owner: [Int32], tf: [UInt8]) {
        var start = [Int32](repeating: 0, count: nTerms + 1)
        for t in 0..<nTerms { start[t + 1] = start[t] + df[t] }
        var cursor = start
        let total = Int(start[nTerms])
        var owner = [Int32](repeating: 0, count: total)
        var tf = [UInt8](repeating: 0, count: total)
        owner.withUnsafeMutableBufferPointer { ob in
            tf.withUnsafeMutableBufferPointer { tb in
                cursor.withUnsafeMutableBufferPointer { cb in
                    fTerm.withUnsafeBufferPointer { ft in
                        fTF.withUnsafeBufferPointer { ftf in
                            fStart.withUnsafeBufferPointer { fs in
                                for r in 0..<(fs.count - 1) {
                                    for p in fs[r]..<fs[r + 1] {
                                        let t = Int(ft[p])
                                        let pos = Int(cb[t])
                                        cb[t] = Int32(pos + 1)
                                        ob[pos] = Int32(r)
                                        tb[pos] = ftf[p]
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return (start, owner, tf)
    }
}

/// An immutable inverted index over a set of documents: body postings per article, title
/// postings per document (a title belongs to every article of its document).
final class Segment: Sendable {
    let documents: [IndexedDocument]
    /// Articles of document d are `docArticleStart[d] ..< docArticleStart[d + 1]`.
    let docArticleStart: [Int32]
    let articleDoc: [Int32]
    /// Tokens per article body / per title.
    let bodyLength: [Int32]
    let titleLength: [Int32]
    let terms: TermTable
    let bodyStart: [Int32]
    let bodyArticle: [Int32]
    let bodyTF: [UInt8]
    let titleStart: [Int32]
    let titleDoc: [Int32]
    let titleTF: [UInt8]
    /// Article rows that contain the term in their body or in their document's title.
    let rowDF: [Int32]
    let totalBodyLength: Int
    /// Σ over articles of their document's title length.
    let totalRowTitleLength: Int

    var articleCount: Int { articleDoc.count }
    var documentCount: Int { documents.count }

    init(documents: [IndexedDocument], docArticleStart: [Int32], articleDoc: [Int32],
         bodyLength: [Int32], titleLength: [Int32], terms: TermTable, bodyStart: [Int32],
         bodyArticle: [Int32], bodyTF: [UInt8], titleStart: [Int32], titleDoc: [Int32],
         titleTF: [UInt8], rowDF: [Int32], totalBodyLength: Int, totalRowTitleLength: Int) {
        self.documents = documents
        self.docArticleStart = docArticleStart
        self.articleDoc = articleDoc
        self.bodyLength = bodyLength
        self.titleLength = titleLength
        self.terms = terms
        self.bodyStart = bodyStart
        self.bodyArticle = bodyArticle
        self.bodyTF = bodyTF
        self.titleStart = titleStart
        self.titleDoc = titleDoc
        self.titleTF = titleTF
        self.rowDF = rowDF
        self.totalBodyLength = totalBodyLength
        self.totalRowTitleLength = totalRowTitleLength
    }

    static func build(_ documents: [IndexedDocument], indexUnigrams: Bool) -> Segment {
        SegmentBuilder.build(documents, indexUnigrams: indexUnigrams)
    }

    /// Heap bytes of the postings and tables (not the document texts).
    var indexBytes: Int {
        terms.keys.count * 12 + bodyStart.count * 4 + rowDF.count * 4 + bodyArticle.count * 5
            + titleStart.count * 4 + titleDoc.count * 5 + articleDoc.count * 8
            + docArticleStart.count * 4 + titleLength.count * 4
    }
}

// MARK: - Snapshot

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

// MARK: - Scratch space

/// Per-search working memory, reused between searches and reset through the touched lists.
/// Raw buffers: the hot loops run without bounds or exclusivity checks.
final class SearchScratch {
    private(set) var articleCapacity = 0
    private(set) var docCapacity = 0
    private(set) var artScore = UnsafeMutablePointer<Double>.allocate(capacity: 1)
    private(set) var artMask = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)
    private(set) var touched = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    private(set) var titleScore = UnsafeMutablePointer<Double>.allocate(capacity: 1)
    private(set) var titleMask = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)
    private(set) var titleTouched = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    private(set) var docTouched = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    /// Per document: best article satisfying AND (score, article), best article at all,
    /// Σ body scores of its matching articles. Article −1 = none; untouched = all −1 / 0.
    private(set) var bestAll = UnsafeMutablePointer<Double>.allocate(capacity: 1)
    private(set) var bestAllArticle = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    private(set) var bestAny = UnsafeMutablePointer<Double>.allocate(capacity: 1)
    private(set) var bestAnyArticle = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    private(set) var bodySum = UnsafeMutablePointer<Double>.allocate(capacity: 1)
    var touchedCount = 0
    var titleTouchedCount = 0
    var docTouchedCount = 0

    init() { allocate(articles: 1, documents: 1) }

    deinit { free() }

    private func free() {
        artScore.deallocate(); artMask.deallocate(); touched.deallocate()
        titleScore.deallocate(); titleMask.deallocate(); titleTouched.deallocate()
        docTouched.deallocate(); bestAll.deallocate(); bestAllArticle.deallocate()
        bestAny.deallocate(); bestAnyArticle.deallocate(); bodySum.deallocate()
    }

    private func allocate(articles: Int, documents: Int) {
        articleCapacity = articles
        docCapacity = documents
        artScore = .allocate(capacity: articles); artScore.initialize(repeating: 0, count: articles)
        artMask = .allocate(capacity: articles); artMask.initialize(repeating: 0, count: articles)
        touched = .allocate(capacity: articles)
        titleScore = .allocate(capacity: documents); titleScore.initialize(repeating: 0, count: documents)
        titleMask = .allocate(capacity: documents); titleMask.initialize(repeating: 0, count: documents)
        titleTouched = .allocate(capacity: documents)
        docTouched = .allocate(capacity: documents)
        bestAll = .allocate(capacity: documents); bestAll.initialize(repeating: -1, count: documents)
        bestAllArticle = .allocate(capacity: documents); bestAllArticle.initialize(repeating: -1, count: documents)
        bestAny = .allocate(capacity: documents); bestAny.initialize(repeating: -1, count: documents)
        bestAnyArticle = .allocate(capacity: documents); bestAnyArticle.initialize(repeating: -1, count: documents)
        bodySum = .allocate(capacity: documents); bodySum.initialize(repeating: 0, count: documents)
        touchedCount = 0
        titleTouchedCount = 0
        docTouchedCount = 0
    }

    func ensure(articles: Int, documents: Int) {
        if articles > articleCapacity || documents > docCapacity {
            free()
            allocate(articles: max(articles, articleCapacity), documents: max(documents, docCapacity))
        }
    }

    func reset() {
        for i in 0..<touchedCount {
            let g = Int(touched[i])
            artScore[g] = 0
            artMask[g] = 0
        }
        for i in 0..<titleTouchedCount {
            let d = Int(titleTouched[i])
            titleScore[d] = 0
            titleMask[d] = 0
        }
        for i in 0..<docTouchedCount {
            let d = Int(docTouched[i])
            bestAll[d] = -1
            bestAllArticle[d] = -1
            bestAny[d] = -1
            bestAnyArticle[d] = -1
            bodySum[d] = 0
        }
        touchedCount = 0
        titleTouchedCount = 0
        docTouchedCount = 0
    }
}

// MARK: - The index

/// In-memory full-text index of policy documents, one row per article.
///
/// Matching: the query's tokens (`PolicyTokenizer`: CJK bigrams, lone characters, ASCII words;
/// at most 64 distinct) must all occur in an article or in its document's title (AND); when that
/// gives fewer than 10 documents, documents matching some tokens follow (OR). Every CJK
/// character is also indexed as a unigram, so a one-character query finds it inside words.
///
/// Ranking (parameters in `RankingParameters`, chosen once on the dev judgements, not per query):
/// an article scores BM25 of its body (k1 1.2, b 0.5) plus 2 × BM25 of its title (k1 1.2, b 0.75),
/// with FTS5's IDF over article rows (a row contains a term when its body or its document's
/// title does). A document scores its best article plus 8 × ln(1 + Σ body scores of its other
/// matching articles): a law with many relevant articles outranks one with a single lucky
/// article, damped so that sheer length does not win. The best article is returned with the
/// document, with a snippet around its densest cluster of matches.
///
/// Thread safety: the index state is an immutable snapshot; a search takes the current one
/// under a lock held only for the pointer copy and then runs without any lock, so searches
/// never wait for each other or for a writer. Writers (`replaceAll`, `upsert`, `remove`) are
/// serialised among themselves, build the next snapshot off to the side and swap it in.
public final class PolicySearchIndex: @unchecked Sendable {
    private let stateLock = NSLock()
    private let writeLock = NSLock()
    private var current: IndexSnapshot = .empty
    private var scratchPool: [SearchScratch] = []
    private var _parameters: RankingParameters

    public convenience init() {
        self.init(parameters: RankingParameters())
    }

    init(parameters: RankingParameters) {
        _parameters = parameters
    }

    var parameters: RankingParameters {
        get { stateLock.locked { _parameters } }
        set { stateLock.locked { _parameters = newValue } }
    }

    var snapshot: IndexSnapshot { stateLock.locked { current } }

    private func install(_ s: IndexSnapshot) {
        stateLock.locked { current = s }
    }

    public var documentCount: Int { snapshot.liveDocuments }
    public var articleCount: Int { snapshot.liveArticles }

    /// Replaces the whole index with `documents` (a later duplicate id wins).
    public func replaceAll(_ documents: [IndexedDocument]) {
        writeLock.lock()
        defer { writeLock.unlock() }
        var seen: [String: Int] = [:]
        var docs: [IndexedDocument] = []
        docs.reserveCapacity(documents.count)
        for d in documents {
            if let i = seen[d.id] {
                docs[i] = d
            } else {
                seen[d.id] = docs.count
                docs.append(d)
            }
        }
        let unigrams = parameters.indexUnigrams
        let segment = Segment.build(docs, indexUnigrams: unigrams)
        install(IndexSnapshot(segments: [segment], deleted: [Array(repeating: false, count: docs.count)]))
    }

    /// Adds `document`, or replaces the document with the same id.
    public func upsert(_ document: IndexedDocument) {
        writeLock.lock()
        defer { writeLock.unlock() }
        let old = snapshot
        var segments = old.segments
        var deleted = old.deleted
        if let loc = old.locations[document.id] { deleted[loc.segment][loc.document] = true }
        segments.append(Segment.build([document], indexUnigrams: parameters.indexUnigrams))
        deleted.append([false])
        compact(&segments, &deleted)
        install(IndexSnapshot(segments: segments, deleted: deleted))
    }

    /// Removes the document with this id (no effect if there is none).
    public func remove(id: String) {
        writeLock.lock()
        defer { writeLock.unlock() }
        let old = snapshot
        guard let loc = old.locations[id] else { return }
        var segments = old.segments
        var deleted = old.deleted
        deleted[loc.segment][loc.document] = true
        compact(&segments, &deleted)
        install(IndexSnapshot(segments: segments, deleted: deleted))
    }

    /// Keeps the number of segments logarithmic: the trailing segments are merged while the last
    /// is at least half the size of the one before (or there are more than 12), and a segment
    /// that is more than half deleted is rebuilt without its deleted documents.
    private func compact(_ segments: inout [Segment], _ deleted: inout [[Bool]]) {
        let unigrams = parameters.indexUnigrams
        func live(_ i: Int) -> [IndexedDocument] {
            zip(segments[i].documents, deleted[i]).compactMap { $1 ? nil : $0 }
        }
        func size(_ i: Int) -> Int { deleted[i].lazy.filter { !$0 }.count }
        while segments.count >= 2 {
            let n = segments.count
            guard size(n - 1) * 2 >= size(n - 2) || n > 12 else { break }
            let docs = live(n - 2) + live(n - 1)
            segments.removeLast(2)
            deleted.removeLast(2)
            segments.append(Segment.build(docs, indexUnigrams: unigrams))
            deleted.append(Array(repeating: false, count: docs.count))
        }
        for i in segments.indices {
            let dead = deleted[i].lazy.filter { $0 }.count
            if dead > 0 && dead * 2 > deleted[i].count {
                let docs = live(i)
                segments[i] = Segment.build(docs, indexUnigrams: unigrams)
                deleted[i] = Array(repeating: false, count: docs.count)
            }
        }
        var i = 0
        while i < segments.count {
            if deleted[i].allSatisfy({ $0 }) {
                segments.remove(at: i)
                deleted.remove(at: i)
            } else {
                i += 1
            }
        }
    }

    private func takeScratch() -> SearchScratch {
        stateLock.locked { scratchPool.popLast() } ?? SearchScratch()
    }

    private func giveBack(_ s: SearchScratch) {
        s.reset()
        stateLock.locked {
            if scratchPool.count < 16 { scratchPool.append(s) }
        }
    }

    /// Searches article rows and returns documents, each with its best article.
    ///
    /// Every token of `query` (see `PolicyTokenizer`) must occur in the article or its document
    /// title (AND); when fewer than 10 documents match so, documents matching only some tokens
    /// follow (OR). Within each part, documents are ranked by BM25 of their best article
    /// (title weighted above body).
    public func search(_ query: String, limit: Int, offset: Int = 0,
                       filter: SearchFilter = .init()) -> SearchResults {
        let (snap, params) = stateLock.locked { (current, _parameters) }
        let scratch = takeScratch()
        defer { giveBack(scratch) }
        var engine = SearchEngine(snapshot: snap, params: params, scratch: scratch)
        return engine.run(query: query, limit: max(0, limit), offset: max(0, offset), filter: filter)
    }

    /// Approximate heap bytes of the postings and tables (document texts excluded).
    var indexBytes: Int { snapshot.segments.reduce(0) { $0 + $1.indexBytes } }
}

fileprivate extension NSLock {
    /// `lock(); defer { unlock() }` around `body` (NSLocking.withLock needs macOS 14).
    @inline(__always) func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock()
        defer { unlock() }
        return try body()
    }
}

// MARK: - Query evaluation

/// One search over one snapshot: term-at-a-time BM25 accumulation into per-article arrays,
/// then grouping to documents, AND/OR split, filter, facets, top-k and snippets.
struct SearchEngine {
    let snap: IndexSnapshot
    let params: RankingParameters
    let scratch: SearchScratch

    init(snapshot: IndexSnapshot, params: RankingParameters, scratch: SearchScratch) {
        self.snap = snapshot
        self.params = params
        self.scratch = scratch
    }

    static let facetNames = ["level", "issuer", "region", "year", "status"]

    /// The filter as allowed-code tables per facet (nil = no restriction).
    func compile(_ f: SearchFilter) -> [[Bool]?] {
        func table(_ i: Int, _ values: [String]?) -> [Bool]? {
            guard let values else { return nil }
            var allowed = Array(repeating: false, count: snap.facetValues[i].count)
            for v in values { if let c = snap.facetCodes[i][v], c != 0 { allowed[Int(c)] = true } }
            return allowed
        }
        return [table(0, f.levels.map(Array.init)), table(1, f.issuers.map(Array.init)),
                table(2, f.regions.map(Array.init)), table(3, f.years.map { $0.map(String.init) }),
                table(4, f.statuses.map(Array.init))]
    }

    /// Bit i set = document `g` fails filter i.
    @inline(__always) func failures(_ g: Int, _ filter: [[Bool]?]) -> Int {
        var m = 0
        for i in 0..<IndexSnapshot.facetCount {
            if let allowed = filter[i], !allowed[Int(snap.docFacets[g * IndexSnapshot.facetCount + i])] {
                m |= 1 << i
            }
        }
        return m
    }

    /// Disjunctive facet counts over `docs`: a document is counted under facet i when it passes
    /// every filter except possibly filter i.
    func facets(_ docs: [Int32], _ filter: [[Bool]?]) -> [String: [String: Int]] {
        let n = IndexSnapshot.facetCount
        var counts = (0..<n).map { Array(repeating: 0, count: snap.facetValues[$0].count) }
        for g in docs {
            let d = Int(g)
            let fail = failures(d, filter)
            if fail != 0 && fail & (fail - 1) != 0 { continue }
            for i in 0..<n where fail == 0 || fail == 1 << i {
                counts[i][Int(snap.docFacets[d * n + i])] += 1
            }
        }
        var out: [String: [String: Int]] = [:]
        for i in 0..<n {
            var m: [String: Int] = [:]
            for (c, k) in counts[i].enumerated() where c != 0 && k > 0 { m[snap.facetValues[i][c]] = k }
            out[Self.facetNames[i]] = m
        }
        return out
    }

    /// FTS5's BM25 IDF: ln((N − n + 0.5) / (n + 0.5)), at least 1e-6.
    @inline(__always) func idf(_ n: Double, _ df: Double) -> Double {
        max(1e-6, log((n - df + 0.5) / (df + 0.5)))
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
            let snippet = SnippetBuilder.make(text: article.text, keys: position, weights: idfs,
                                              width: params.snippetWidth)
            return SearchHit(documentID: doc.id, title: doc.title, articleLabel: article.label,
                             score: c.score, snippet: snippet, matchedAll: c.all)
        }
        return SearchResults(hits: hits, totalDocuments: total, facets: facets)
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

// MARK: - Snippets

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
