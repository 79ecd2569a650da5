import FluentKit
import Foundation
import KechuangCore
import Search

/// The search side of the registry: one in-memory index per app node over the published
/// instruments, with the same Chinese engine as the policy library (`PolicySearchIndex`: CJK
/// bigrams and unigrams, BM25, facets), built from the database and brought up to date from the
/// entries' `updated_at`, so a change on one node reaches the others within `checkInterval`.
/// Facets: category (the index's `level`), managing institution (`issuer`), district (`region`).
///
/// Cost: a refresh reads only `(id, updated_at, version)` of the rows changed since the last one
/// (with one second of overlap), loads in full only the rows whose stamp it has not seen, and
/// indexes them as one batch; unchanged rows are never read in full or indexed again. A search
/// ranks in the index and returns one page of ids with the total and the facet counts, so the
/// caller loads only that page's rows.
public final class InstrumentSearch: @unchecked Sendable {
    let index = PolicySearchIndex()
    private let lock = NSLock()
    private var watermark: Date = .distantPast
    private var lastCheck: Date = .distantPast
    /// `(updated_at, version)` of every row this node has read (indexed, unpublished or unreadable).
    private var seen: [UUID: Stamp] = [:]
    private var loaded = 0

    struct Stamp: Equatable {
        let updatedAt: Date
        let version: Int
    }

    /// Rows the last refresh read in full (the rows it found changed).
    public var rowsLoadedByLastRefresh: Int { lock.withLock { loaded } }
    private var refreshing = false
    let checkInterval: TimeInterval
    /// Rows loaded per query when many changed at once.
    static let chunk = 500

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

    /// One page of a search: ids best first, how many match in all, and the facet counts over
    /// all matches (each facet counted without its own filter).
    public struct Page: Sendable, Equatable {
        public var ids: [Instrument.ID]
        public var total: Int
        public var categories: [String: Int]
        public var institutions: [UUID: Int]
        public var districts: [String: Int]
    }

    static func document(_ i: Instrument) -> IndexedDocument {
        let body = [i.maker, i.model, i.specs, i.location, i.service?.content ?? "", i.service?.process ?? "",
                    i.category?.name.zh ?? "", i.category?.name.en ?? ""].filter { !$0.isEmpty }.joined(separator: "\n")
        return IndexedDocument(id: i.id.uuidString, title: "\(i.nameZh) \(i.nameEn)", level: i.categoryCode, issuer: i.organisationID.uuidString,
                               region: i.district.rawValue, status: "in_force", articles: [IndexedArticle(label: "", text: body)])
    }

    /// Brings the index up to date: everything the first time, then only rows whose
    /// `(updated_at, version)` changed since this node last read them.
    public func refresh(on db: any Database) async throws {
        let (since, known) = lock.withLock { (watermark, seen) }
        let checkedAt = Date()
        var rows: [InstrumentRecord]
        if since == .distantPast {
            rows = try await InstrumentRecord.query(on: db).all()
        } else {
            // One second of overlap: a row written in the same instant as the last refresh but
            // committed after it is seen; rows already read with the same updated_at are skipped.
            let stamps = try await InstrumentRecord.query(on: db).filter(\.$updatedAt >= since.addingTimeInterval(-1))
                .field(\.$id).field(\.$updatedAt).field(\.$version).all()
            let changed = stamps.compactMap { r -> UUID? in
                guard let id = r.id, known[id] != Stamp(updatedAt: r.updatedAt, version: r.version) else { return nil }
                return id
            }
            rows = []
            var start = 0
            while start < changed.count {
                let ids = Array(changed[start..<min(start + Self.chunk, changed.count)])
                rows += try await InstrumentRecord.query(on: db).filter(\.$id ~~ ids).all()
                start += Self.chunk
            }
        }
        var latest = since
        var published: [IndexedDocument] = []
        var removed: [String] = []
        var stamps: [(UUID, Stamp)] = []
        for row in rows {
            latest = max(latest, row.updatedAt)
            if let id = row.id { stamps.append((id, Stamp(updatedAt: row.updatedAt, version: row.version))) }
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
            index.apply(upserting: published, removing: removed)
        }
        lock.withLock {
            for (id, stamp) in stamps { seen[id] = stamp }
            loaded = rows.count
            watermark = max(watermark, latest)
            lastCheck = checkedAt
        }
    }

    /// Refreshes when the last check is older than `checkInterval`; while one request refreshes,
    /// the others search the index as it is rather than reading the same rows again.
    public func refreshIfStale(on db: any Database) async throws {
        let due = lock.withLock { () -> Bool in
            let first = watermark == .distantPast
            guard Date().timeIntervalSince(lastCheck) >= checkInterval, !refreshing || first else { return false }
            refreshing = true
            return true
        }
        guard due else { return }
        defer { lock.withLock { refreshing = false } }
        try await refresh(on: db)
    }

    static func searchFilter(_ filter: Filter) -> SearchFilter {
        SearchFilter(levels: filter.category.map { [$0] }, issuers: filter.organisation.map { [$0.uuidString] },
                     regions: filter.district.map { [$0] })
    }

    /// Ids of published instruments matching the words (all words first, then some), best first.
    public func search(_ text: String, filter: Filter, limit: Int) -> [Instrument.ID] {
        page(text, filter: filter, offset: 0, limit: limit).ids
    }

    /// One page of the matches, ranked in the index, with the total and the facet counts.
    public func page(_ text: String, filter: Filter, offset: Int, limit: Int) -> Page {
        let r = index.search(text, limit: limit, offset: offset, filter: Self.searchFilter(filter))
        var institutions: [UUID: Int] = [:]
        for (k, n) in r.facets["issuer"] ?? [:] { if let id = UUID(uuidString: k) { institutions[id] = n } }
        return Page(ids: r.hits.compactMap { Instrument.ID($0.documentID) }, total: r.totalDocuments,
                    categories: r.facets["level"] ?? [:], institutions: institutions, districts: r.facets["region"] ?? [:])
    }
}
