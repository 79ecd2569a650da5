import Foundation

// What goes into the index and what a search returns.

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

    init(documentID: String, title: String, articleLabel: String, score: Double, snippet: Snippet,
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

    init(text: String, highlights: [Range<Int>]) {
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

    init(hits: [SearchHit], totalDocuments: Int, facets: [String: [String: Int]]) {
        self.hits = hits
        self.totalDocuments = totalDocuments
        self.facets = facets
    }
}
