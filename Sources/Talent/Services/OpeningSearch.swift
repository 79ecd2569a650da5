import FluentKit
import Foundation
import KechuangCore
import Search

/// The search side of the openings: one in-memory index per app node over the open openings, with
/// the policy library's Chinese engine (`PolicySearchIndex`: CJK bigrams, BM25, facets), brought up
/// to date from `updated_at` like the instrument registry's. Facets: field (`level`), hiring
/// organisation (`issuer`), district (`region`). The catalogue entry's role and requirements are
/// indexed with the opening, so a search for the catalogue's words finds its openings.
public final class OpeningSearch: @unchecked Sendable {
    let index = PolicySearchIndex()
    private let lock = NSLock()
    private var watermark: Date = .distantPast
    private var lastCheck: Date = .distantPast
    let checkInterval: TimeInterval

    public init(checkInterval: TimeInterval = 2) {
        self.checkInterval = checkInterval
    }

    static func document(_ o: Opening, entry: CatalogueEntry?) -> IndexedDocument {
        let body = [o.description, o.entryCode, entry?.roleZh ?? "", entry?.roleEn ?? "", entry?.requirementsZh ?? "", entry?.requirementsEn ?? "",
                    o.field.label.zh, o.field.label.en].filter { !$0.isEmpty }.joined(separator: "\n")
        return IndexedDocument(id: o.id.uuidString, title: "\(o.titleZh) \(o.titleEn)", level: o.field.rawValue, issuer: o.organisationID.uuidString,
                               region: o.district.rawValue, status: "in_force", articles: [IndexedArticle(label: "", text: body)])
    }

    /// Loads every opening changed since the last refresh (everything, the first time).
    public func refresh(on db: any Database) async throws {
        let since = lock.withLock { watermark }
        let rows = try await OpeningRecord.query(on: db).filter(\.$updatedAt >= since.addingTimeInterval(-1)).all()
        var latest = since
        var open: [IndexedDocument] = []
        var removed: [String] = []
        var entries: [UUID: CatalogueEntry] = [:]
        for row in rows {
            latest = max(latest, row.updatedAt)
            guard let opening = try? row.toDomain() else {
                removed.append(row.id?.uuidString ?? "")
                continue
            }
            if opening.status == .open {
                if entries[opening.entryID.rawValue] == nil {
                    entries[opening.entryID.rawValue] = try? await CatalogueEntryRecord.find(opening.entryID.rawValue, on: db)?.toDomain()
                }
                open.append(Self.document(opening, entry: entries[opening.entryID.rawValue]))
            } else {
                removed.append(opening.id.uuidString)
            }
        }
        if since == .distantPast {
            index.replaceAll(open)
        } else {
            for d in open { index.upsert(d) }
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

    /// Ids of open openings matching the words, best first.
    public func search(_ text: String, field: TalentField?, organisation: UUID?, district: String?, limit: Int) -> [Opening.ID] {
        let f = SearchFilter(levels: field.map { [$0.rawValue] }, issuers: organisation.map { [$0.uuidString] }, regions: district.map { [$0] })
        return index.search(text, limit: limit, filter: f).hits.compactMap { Opening.ID($0.documentID) }
    }
}
