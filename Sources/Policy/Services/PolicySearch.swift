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
    public func refresh(on db: any Database) async throws {
        let since = lock.withLock { generation }
        let latest = try await PolicyDocumentRecord.query(on: db).max(\.$generation) ?? 0
        guard latest > since else { return }
        let changed = try await PolicyDocumentRecord.query(on: db).filter(\.$generation > since).all()
        var documents: [IndexedDocument] = []
        var removed: [String] = []
        let current = changed.filter(\.isCurrent)
        let currentIDs = Set(current.map(\.externalID))
        removed = changed.filter { !$0.isCurrent && !currentIDs.contains($0.externalID) }.map(\.externalID)
        for chunk in stride(from: 0, to: current.count, by: 500) {
            let records = Array(current[chunk..<min(chunk + 500, current.count)])
            let ids = records.compactMap(\.id)
            let articles = try await PolicyArticleRecord.query(on: db).filter(\.$documentID ~~ ids).sort(\.$seq).all()
            let byDocument = Dictionary(grouping: articles, by: \.documentID)
            for record in records {
                documents.append(Self.indexed(record, articles: byDocument[try record.requireID()] ?? []))
            }
        }
        if since < 0 {
            index.replaceAll(documents)
        } else {
            for document in documents { index.upsert(document) }
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

    static func indexed(_ record: PolicyDocumentRecord, articles: [PolicyArticleRecord]) -> IndexedDocument {
        var rows = articles.map { IndexedArticle(label: $0.label, text: $0.text) }
        // The text before the first article (or a document without articles) is a row of its own.
        if !record.preamble.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            rows.insert(IndexedArticle(label: "", text: record.preamble), at: 0)
        }
        return IndexedDocument(
            id: record.externalID, title: record.titleZh, level: record.level, issuer: record.issuer, region: record.region,
            year: Int(record.versionDate.prefix(4)), status: record.status, articles: rows)
    }
}
