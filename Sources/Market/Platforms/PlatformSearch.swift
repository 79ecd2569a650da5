import FluentKit
import Foundation
import KechuangCore
import Search

/// The platform registries' search (Art. 32): the policy library's Chinese engine
/// (`PolicySearchIndex`, CJK bigrams and unigrams, BM25; English words through the `Glossary`)
/// over each active platform's name, summary, services, fields and capacity, filtered by kind.
/// One in-memory index per app node, brought up to date from `updated_at` like the trade matcher.
public final class PlatformSearch: @unchecked Sendable {
    let index = PolicySearchIndex()
    let glossary: Glossary?
    private let lock = NSLock()
    private var mark: Date = .distantPast
    private var lastCheck: Date = .distantPast
    let checkInterval: TimeInterval

    public init(glossary: Glossary? = nil, checkInterval: TimeInterval = 2) {
        self.glossary = glossary
        self.checkInterval = checkInterval
    }

    static func document(_ p: TransferPlatform) -> IndexedDocument {
        let words = [p.summary, p.services.map { "\($0.label.zh) \($0.label.en)" }.joined(separator: " "),
                     p.fields.map { "\($0.label.zh) \($0.label.en)" }.joined(separator: " "), p.capacity, p.kind.label.zh]
        return IndexedDocument(id: p.id.uuidString, title: p.name, level: p.kind.rawValue, articles: [IndexedArticle(label: "", text: words.joined(separator: "\n"))])
    }

    /// Loads every platform changed since the last refresh (everything, the first time).
    public func refresh(on db: any Database) async throws {
        let since = lock.withLock { mark }
        let rows = try await PlatformRecord.query(on: db).filter(\.$updatedAt >= since.addingTimeInterval(-1)).all()
        var latest = since, open: [IndexedDocument] = [], removed: [String] = []
        for row in rows {
            latest = max(latest, row.updatedAt)
            let platform = try row.toDomain()
            if platform.status == .active { open.append(Self.document(platform)) } else { removed.append(platform.id.uuidString) }
        }
        if since == .distantPast { index.replaceAll(open) } else {
            for d in open { index.upsert(d) }
            for id in removed { index.remove(id: id) }
        }
        lock.withLock {
            mark = max(mark, latest)
            lastCheck = Date()
        }
    }

    public func refreshIfStale(on db: any Database) async throws {
        let due = lock.withLock { Date().timeIntervalSince(lastCheck) >= checkInterval }
        if due { try await refresh(on: db) }
    }

    /// Active platforms matching the words (optionally one kind), best first.
    public func search(_ words: String, kind: PlatformKind?, limit: Int) -> [TransferPlatform.ID] {
        let filter = SearchFilter(levels: kind.map { [$0.rawValue] })
        return index.search(glossary?.expand(words) ?? words, limit: limit, filter: filter).hits.compactMap { TransferPlatform.ID($0.documentID) }
    }
}
