import Foundation

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

    var documentCount: Int { snapshot.liveDocuments }
    var articleCount: Int { snapshot.liveArticles }

    /// Replaces the whole index with `documents` (a later duplicate id wins).
    public func replaceAll(_ documents: [IndexedDocument]) {
        writeLock.lock()
        defer { writeLock.unlock() }
        let docs = Self.laterOfEachID(documents)
        let unigrams = parameters.indexUnigrams
        let segment = Segment.build(docs, indexUnigrams: unigrams)
        install(IndexSnapshot(segments: [segment], deleted: [Array(repeating: false, count: docs.count)]))
    }

    /// Replaces the whole index with documents that arrive in batches from `load` (which calls its
    /// argument once per batch): each batch's segment is built on another core while `load` reads the
    /// next, and the index switches to all of them at once when `load` returns. Searches see the old
    /// index until then. The result ranks exactly as `replaceAll` of all batches in order would: the
    /// statistics are global over segments and the documents keep their order. A later duplicate id
    /// wins, as there. Used at start, where reading ≈147,000 articles and building their index one
    /// after the other took 3.4 s (issue #18: ready in ≤ 3 s).
    public func replaceAll(loading load: (_ add: @escaping @Sendable ([IndexedDocument]) -> Void) async throws -> Void) async throws {
        let unigrams = parameters.indexUnigrams
        let builds = SegmentBuilds()
        try await load { batch in
            let docs = Self.laterOfEachID(batch)
            guard !docs.isEmpty else { return }
            builds.add(Task.detached { Segment.build(docs, indexUnigrams: unigrams) })
        }
        var segments: [Segment] = []
        for task in builds.tasks { segments.append(await task.value) }
        // A document in an earlier batch and again in a later one: the later wins.
        var deleted = segments.map { Array(repeating: false, count: $0.documentCount) }
        var location: [String: (Int, Int)] = [:]
        for (s, segment) in segments.enumerated() {
            for (d, doc) in segment.documents.enumerated() {
                if let (ps, pd) = location[doc.id] { deleted[ps][pd] = true }
                location[doc.id] = (s, d)
            }
        }
        let snapshot = IndexSnapshot(segments: segments, deleted: deleted)
        writeLock.locked { install(snapshot) }
    }

    /// `documents` with one per id: a later document with an id takes the place of the earlier one.
    static func laterOfEachID(_ documents: [IndexedDocument]) -> [IndexedDocument] {
        var seen: [String: Int] = [:]
        var docs: [IndexedDocument] = []
        docs.reserveCapacity(documents.count)
        for d in documents {
            if let i = seen[d.id] { docs[i] = d } else { seen[d.id] = docs.count; docs.append(d) }
        }
        return docs
    }

    /// The segments being built for `replaceAll(loading:)`, in the order their batches arrived.
    private final class SegmentBuilds: @unchecked Sendable {
        private let lock = NSLock()
        private var _tasks: [Task<Segment, Never>] = []
        func add(_ task: Task<Segment, Never>) { lock.locked { _tasks.append(task) } }
        var tasks: [Task<Segment, Never>] { lock.locked { _tasks } }
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

    /// Adds or replaces `documents` (a later duplicate id wins) and removes the ids in `removing`,
    /// in one step: one new segment and one new snapshot for the whole batch. `upsert` once per
    /// document rebuilds the snapshot each time, which is quadratic when thousands change at once.
    public func apply(upserting documents: [IndexedDocument], removing: [String] = []) {
        guard !documents.isEmpty || !removing.isEmpty else { return }
        writeLock.lock()
        defer { writeLock.unlock() }
        let old = snapshot
        var segments = old.segments
        var deleted = old.deleted
        let docs = Self.laterOfEachID(documents)
        for id in docs.map(\.id) + removing {
            if let loc = old.locations[id] { deleted[loc.segment][loc.document] = true }
        }
        if !docs.isEmpty {
            segments.append(Segment.build(docs, indexUnigrams: parameters.indexUnigrams))
            deleted.append(Array(repeating: false, count: docs.count))
        }
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

    /// Every document matching `query`, best first, as `search` ranks them (AND matches, then OR
    /// matches when there are few), without snippets: for callers that filter, count facets and
    /// page themselves (the public project search). Nil for a query without tokens (nothing to rank by).
    public func rankedIDs(_ query: String) -> [String]? {
        let (snap, params) = stateLock.locked { (current, _parameters) }
        let scratch = takeScratch()
        defer { giveBack(scratch) }
        var engine = SearchEngine(snapshot: snap, params: params, scratch: scratch)
        engine.snippets = false
        guard PolicyTokenizer.queryKeyGroups(query).contains(where: { !$0.isEmpty }) else { return nil }
        return engine.run(query: query, limit: snap.totalDocuments, offset: 0, filter: .init()).hits.map(\.documentID)
    }

    /// The `count` distinct tokens of `text` that the fewest article rows of the index contain (a
    /// token no row contains is left out), in the order they occur, as a query. A long text used as
    /// a query ("more like this": a demand's title and problem against every supply) pays for the
    /// postings of every token it holds, and its common tokens hardly rank; its rarest carry the
    /// ranking (as Lucene's MoreLikeThis keeps its 25 best terms).
    public func selectiveQuery(_ text: String, terms count: Int) -> String {
        let snap = snapshot
        var frequency: [String: Int] = [:]
        var order: [String] = []
        for group in PolicyTokenizer.queryKeyGroups(text) {
            for token in group where frequency[token.text] == nil {
                var rows = 0
                for segment in snap.segments {
                    let id = segment.terms.find(token.key)
                    if id >= 0 { rows += Int(segment.rowDF[Int(id)]) }
                }
                frequency[token.text] = rows
                order.append(token.text)
            }
        }
        let present = order.enumerated().filter { (frequency[$0.element] ?? 0) > 0 }
        let chosen = Set(present.sorted { a, b in
            let fa = frequency[a.element] ?? 0, fb = frequency[b.element] ?? 0
            return fa != fb ? fa < fb : a.offset < b.offset
        }.prefix(max(0, count)).map(\.element))
        return order.filter { chosen.contains($0) }.joined(separator: " ")
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
