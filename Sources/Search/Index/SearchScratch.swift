import Foundation

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
