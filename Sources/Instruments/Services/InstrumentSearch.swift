import FluentKit
import Foundation
import KechuangCore
import Search

/// The search side of the registry: one in-memory index per app node over the published
/// instruments, with the same Chinese engine as the policy library (`PolicySearchIndex`: CJK
/// bigrams and unigrams, BM25, facets), built from the database and brought up to date from the
/// entries' `updated_at`, so a change on one node reaches the others within `checkInterval`.
/// Facets: category (the index's `level`), managing institution (`issuer`), district (`region`).
public final class InstrumentSearch: @unchecked Sendable {
    let index = PolicySearchIndex()
    private let lock = NSLock()
    private var watermark: Date = .distantPast
    private var lastCheck: Date = .distantPast
    let checkInterval: TimeInterval

    public init(checkInterval: TimeInterval = 2) {
        self.checkInterval = checkInterval
    }

    public struct Filter: Sendable, Equatable {
        public var category: String?
        public var organisation: UUID?
        public var district: String?

        public init(category: String? = nil, organisation: UUID? = nil, district: String? = nil) {
            self.category = category
            self.organisation = organisation
            self.district = district
        }
    }

    static func document(_ i: Instrument) -> IndexedDocument {
        let body = [i.maker, i.model, i.specs, i.location, i.service?.content ?? "", i.service?.process ?? "",
                    i.category?.name.zh ?? "", i.category?.name.en ?? ""].filter { !$0.isEmpty }.joined(separator: "\n")
        return IndexedDocument(id: i.id.uuidString, title: "\(i.nameZh) \(i.nameEn)", level: i.categoryCode, issuer: i.organisationID.uuidString,
                               region: i.district.rawValue, status: "in_force", articles: [IndexedArticle(label: "", text: body)])
    }

    /// Loads every entry changed since the last refresh (everything, the first time).
    public func refresh(on db: any Database) async throws {
        let since = lock.withLock { watermark }
        // One second of overlap: rows written in the same instant as the last refresh are seen again (upsert is idempotent).
        let rows = try await InstrumentRecord.query(on: db).filter(\.$updatedAt >= since.addingTimeInterval(-1)).all()
        var latest = since
        var published: [IndexedDocument] = []
        var removed: [String] = []
        for row in rows {
            latest = max(latest, row.updatedAt)
            guard let instrument = try? row.toDomain() else {
                // An unreadable entry is not offered in search; its page answers with the error.
                removed.append(row.id?.uuidString ?? "")
                continue
            }
            if instrument.published { published.append(Self.document(instrument)) } else { removed.append(instrument.id.uuidString) }
        }
        if since == .distantPast {
            index.replaceAll(published)
        } else {
            for d in published { index.upsert(d) }
            for id in removed { index.remove(id: id) }
        }
        lock.withLock {
            watermark = max(watermark, latest)
            lastCheck = Date()
        }
    }

    public func refreshIfStale(on db: any Database) async throws {
        let due = lock.withLock { Date().timeIntervalSince(lastCheck) >= checkInterval }
        if due { try await refresh(on: db) }
    }

    /// Ids of published instruments matching the words (all words first, then some), best first.
    public func search(_ text: String, filter: Filter, limit: Int) -> [Instrument.ID] {
        let f = SearchFilter(levels: filter.category.map { [$0] }, issuers: filter.organisation.map { [$0.uuidString] },
                             regions: filter.district.map { [$0] })
        return index.search(text, limit: limit, filter: f).hits.compactMap { Instrument.ID($0.documentID) }
    }
}
