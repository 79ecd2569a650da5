import Foundation

// Index building: a batch of documents tokenised and inverted into one immutable segment.

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
