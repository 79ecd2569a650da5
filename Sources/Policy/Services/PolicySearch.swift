import Search
import FluentKit
import Foundation
import KechuangCore
import SQLKit

/// The search side of the library: one in-memory article index per app node, built from the
/// database on start and brought up to date from the documents' `generation` (so an import on
/// one node reaches the others within a couple of seconds).
public final class PolicySearch: @unchecked Sendable {
    public let index = PolicySearchIndex()
    public let glossary: Glossary
    private let lock = NSLock()
    private var generation: Int64 = -1
    private var lastCheck: Date = .distantPast
    /// How often a node asks the database whether anything changed.
    let checkInterval: TimeInterval

    public init(glossary: Glossary, checkInterval: TimeInterval = 2) {
        self.glossary = glossary
        self.checkInterval = checkInterval
    }

    /// With the built-in glossary; throws when it cannot be loaded (`Glossary.standard()`).
    public convenience init(checkInterval: TimeInterval = 2) throws {
        try self.init(glossary: .standard(), checkInterval: checkInterval)
    }

    /// Loads every document changed since the last refresh (everything, the first time).
    ///
    /// Read with hand-written SQL, only the columns the index needs: building the node's index at start
    /// from ≈147,000 article rows took 9–13 s through Fluent's models (issue #18; `serve` must be
    /// ready in ≤ 3 s), most of it decoding every column of every row into a model. At start the
    /// reading and the building overlap (`PolicySearchIndex.replaceAll(loading:)`). A value that
    /// cannot be decoded is an error, as with the models.
    public func refresh(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { throw DomainError.notFound(entity: "sql_database") }
        let since = lock.withLock { generation }
        let latest = try await sql.raw("SELECT coalesce(max(generation), 0) AS g FROM \(ident: PolicyDocumentRecord.schema)").first()?
            .decode(column: "g", as: Int64.self) ?? 0
        guard latest > since else { return }
        let changed = try await sql.raw("""
            SELECT id, external_id, title_zh, level, issuer, region, version_date, status, is_current, preamble
            FROM \(ident: PolicyDocumentRecord.schema) WHERE generation > \(bind: since) ORDER BY id
            """).all().map(ChangedDocument.init)
        let current = changed.filter(\.isCurrent)
        let currentIDs = Set(current.map(\.externalID))
        let removed = changed.filter { !$0.isCurrent && !currentIDs.contains($0.externalID) }.map(\.externalID)
        if since < 0 {
            // At start: read the articles 500 documents at a time; each batch's index segment is built
            // on the other core while the next batch is read.
            try await index.replaceAll { add in
                for start in stride(from: 0, to: current.count, by: 500) {
                    let batch = Array(current[start..<min(start + 500, current.count)])
                    let articles = try await Self.articles(of: batch.map(\.id), on: sql)
                    add(batch.map { $0.indexed(articles: articles[$0.id] ?? []) })
                }
            }
        } else {
            let articles = try await Self.articles(of: current.map(\.id), on: sql)
            index.apply(upserting: current.map { $0.indexed(articles: articles[$0.id] ?? []) })
            // A document whose only versions are no longer current leaves the index.
            for id in removed where try await PolicyDocumentRecord.query(on: db).filter(\.$externalID == id).filter(\.$isCurrent == true).first() == nil {
                index.remove(id: id)
            }
        }
        lock.withLock {
            generation = max(generation, latest)
            lastCheck = Date()
        }
    }

    /// The articles of these documents, in order, by document: only the columns the index needs.
    static func articles(of documents: [UUID], on sql: any SQLDatabase) async throws -> [UUID: [IndexedArticle]] {
        var articles: [UUID: [IndexedArticle]] = [:]
        for start in stride(from: 0, to: documents.count, by: 500) {
            let ids = documents[start..<min(start + 500, documents.count)].map { SQLBind($0) }
            for row in try await sql.raw("""
                SELECT document_id, label, text FROM \(ident: PolicyArticleRecord.schema)
                WHERE document_id IN (\(SQLList(ids))) ORDER BY document_id, seq
                """).all() {
                articles[try row.decode(column: "document_id", as: UUID.self), default: []]
                    .append(IndexedArticle(label: try row.decode(column: "label", as: String.self), text: try row.decode(column: "text", as: String.self)))
            }
        }
        return articles
    }

    /// The columns of a changed document the index needs.
    struct ChangedDocument {
        let id: UUID
        let externalID, title, level, issuer, region, versionDate, status, preamble: String
        let isCurrent: Bool

        init(_ row: any SQLRow) throws {
            id = try row.decode(column: "id", as: UUID.self)
            externalID = try row.decode(column: "external_id", as: String.self)
            title = try row.decode(column: "title_zh", as: String.self)
            level = try row.decode(column: "level", as: String.self)
            issuer = try row.decode(column: "issuer", as: String.self)
            region = try row.decode(column: "region", as: String.self)
            versionDate = try row.decode(column: "version_date", as: String.self)
            status = try row.decode(column: "status", as: String.self)
            isCurrent = try row.decode(column: "is_current", as: Bool.self)
            preamble = try row.decode(column: "preamble", as: String.self)
        }

        func indexed(articles: [IndexedArticle]) -> IndexedDocument {
            var rows = articles
            // The text before the first article (or a document without articles) is a row of its own.
            if !preamble.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                rows.insert(IndexedArticle(label: "", text: preamble), at: 0)
            }
            return IndexedDocument(id: externalID, title: title, level: level, issuer: issuer, region: region,
                                   year: Int(versionDate.prefix(4)), status: status, articles: rows)
        }
    }

    /// Refreshes when the last check is older than `checkInterval`.
    public func refreshIfStale(on db: any Database) async throws {
        let due = lock.withLock { Date().timeIntervalSince(lastCheck) >= checkInterval }
        if due { try await refresh(on: db) }
    }

    public struct Query: Sendable {
        public var text: String
        public var limit: Int
        public var offset: Int
        public var filter: SearchFilter

        public init(text: String, limit: Int = 10, offset: Int = 0, filter: SearchFilter = SearchFilter()) {
            self.text = text
            self.limit = limit
            self.offset = offset
            self.filter = filter
        }
    }

    public struct Answer: Sendable {
        public let results: SearchResults
        /// The Chinese query actually searched when an English query was expanded by the glossary.
        public let expandedQuery: String?
    }

    /// Searches, expanding English terms to Chinese through the glossary first. The default status
    /// filter is "in force".
    public func search(_ query: Query) -> Answer {
        let expanded = glossary.expand(query.text).map(Self.withoutEnglishStopwords)
        var filter = query.filter
        if filter.statuses == nil { filter.statuses = [PolicyStatus.inForce.rawValue] }
        let results = index.search(expanded ?? query.text, limit: query.limit, offset: query.offset, filter: filter)
        return Answer(results: results, expandedQuery: expanded)
    }

    /// English words the glossary leaves untranslated, like "for" or "of", would make the AND step
    /// of the search fail on a Chinese corpus; they carry no meaning there.
    static let englishStopwords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "how", "in", "into", "is", "it", "of", "on", "or",
        "the", "to", "what", "which", "with", "about", "under", "regarding", "concerning",
    ]

    static func withoutEnglishStopwords(_ text: String) -> String {
        text.split(separator: " ").filter { !englishStopwords.contains($0.lowercased()) }.joined(separator: " ")
    }
}
