import FluentKit
import Foundation
import KechuangCore
import Review
import Search

/// Matching both ways (Art. 36): for a demand the ranked supplies, for a supply the ranked demands,
/// each with its reason. One in-memory index per side and per app node over the open listings,
/// with the policy library's Chinese engine (`PolicySearchIndex`: CJK bigrams and unigrams, BM25;
/// English words expanded by the `Glossary`), brought up to date from `updated_at` like the
/// instrument registry's: a refresh reads the id, `updated_at` and status of the rows written since one
/// second before the last one it saw, loads in full only those whose stamp it has not seen, and
/// indexes them as one batch; while one request refreshes, the others match against the index as it is.
///
/// Rank: the engine's BM25 of the other side's title and text against the 24 rarest tokens of this
/// one's title and the first 300 characters of its text, normalised by the best hit, plus 0.25 for the same field and
/// 0.15 when the supply is as ready as the demand asks (TRL). The reason names the shared terms
/// (runs of shared CJK bigrams and shared words, longest first), the field and the readiness.
public final class TradeMatcher: @unchecked Sendable {
    struct Facts: Sendable {
        var field: TechField
        var trl: Int?
        var text: String
    }

    let supplyIndex = PolicySearchIndex()
    let demandIndex = PolicySearchIndex()
    let glossary: Glossary?
    private let lock = NSLock()
    private var supplyFacts: [String: Facts] = [:]
    private var demandFacts: [String: Facts] = [:]
    private var supplyMark: Date = .distantPast
    private var demandMark: Date = .distantPast
    /// A listing row's `updated_at` and status when it was last read: a row read again with both
    /// unchanged is not loaded again (the status too, so that a withdrawal in the same instant counts).
    struct Stamp: Equatable, Sendable {
        let updatedAt: Date
        let status: String
    }

    /// The stamp of each listing indexed (or seen closed), per side.
    private var supplySeen: [UUID: Stamp] = [:]
    private var demandSeen: [UUID: Stamp] = [:]
    private var lastCheck: Date = .distantPast
    private var loaded = false
    private var refreshing = false
    let checkInterval: TimeInterval

    public init(glossary: Glossary? = nil, checkInterval: TimeInterval = 2) {
        self.glossary = glossary
        self.checkInterval = checkInterval
    }

    static let fieldWeight = 0.25, readinessWeight = 0.15, queryCharacters = 300
    /// The rarest tokens of a listing's title and text that its query keeps (`PolicySearchIndex.selectiveQuery`).
    static let queryTerms = 24

    static func document(id: String, title: String, text: String, field: TechField) -> IndexedDocument {
        IndexedDocument(id: id, title: title, level: field.rawValue, articles: [IndexedArticle(label: "", text: text + "\n" + field.label.zh)])
    }

    /// Loads every listing changed since the last refresh (everything, the first time).
    public func refresh(on db: any Database) async throws {
        let (sinceS, sinceD) = lock.withLock { (supplyMark, demandMark) }
        let supplyRows = try await changedRows(SupplyRecord.self, stamp: \.$updatedAt, status: \.$status, since: sinceS, seen: lock.withLock { supplySeen }, on: db)
        var open: [IndexedDocument] = [], removed: [String] = [], facts: [String: Facts] = [:]
        for row in supplyRows.rows {
            guard let s = try? row.toDomain(), s.status == .open else { removed.append(row.id?.uuidString ?? ""); continue }
            open.append(Self.document(id: s.id.uuidString, title: s.title, text: s.summary + "\n" + s.patents.joined(separator: " "), field: s.field))
            facts[s.id.uuidString] = Facts(field: s.field, trl: s.trl, text: s.title + "\n" + s.summary)
        }
        apply(open, removed, facts, first: sinceS == .distantPast, to: supplyIndex, supply: true, mark: supplyRows.latest ?? sinceS, stamps: supplyRows.stamps)
        let demandRows = try await changedRows(DemandRecord.self, stamp: \.$updatedAt, status: \.$status, since: sinceD, seen: lock.withLock { demandSeen }, on: db)
        open = []; removed = []; facts = [:]
        for row in demandRows.rows {
            guard let d = try? row.toDomain(), d.status == .open else { removed.append(row.id?.uuidString ?? ""); continue }
            open.append(Self.document(id: d.id.uuidString, title: d.title, text: d.problem, field: d.field))
            facts[d.id.uuidString] = Facts(field: d.field, trl: d.minimumTRL, text: d.title + "\n" + d.problem)
        }
        apply(open, removed, facts, first: sinceD == .distantPast, to: demandIndex, supply: false, mark: demandRows.latest ?? sinceD, stamps: demandRows.stamps)
        lock.withLock { lastCheck = Date(); loaded = true }
    }

    /// The rows of one side written since one second before `since` (all of them the first time)
    /// whose `updated_at` differs from the one seen, with every stamp read and the latest.
    private func changedRows<R: Model>(_ type: R.Type, stamp: KeyPath<R, FieldProperty<R, Date>>, status: KeyPath<R, FieldProperty<R, String>>,
                                       since: Date, seen: [UUID: Stamp], on db: any Database) async throws
        -> (rows: [R], stamps: [UUID: Stamp], latest: Date?) where R.IDValue == UUID {
        func updatedAt(_ row: R) -> Date? { row[keyPath: stamp].value }
        func stampOf(_ row: R) -> Stamp? {
            guard let at = updatedAt(row), let state = row[keyPath: status].value else { return nil }
            return Stamp(updatedAt: at, status: state)
        }
        if since == .distantPast {
            let rows = try await R.query(on: db).all()
            var stamps: [UUID: Stamp] = [:]
            for row in rows { if let id = row.id, let s = stampOf(row) { stamps[id] = s } }
            return (rows, stamps, rows.compactMap(updatedAt).max())
        }
        let recent = try await R.query(on: db).filter(stamp, .greaterThanOrEqual, since.addingTimeInterval(-1))
            .field(\._$id).field(stamp).field(status).all()
        var stamps: [UUID: Stamp] = [:]
        for row in recent { if let id = row.id, let s = stampOf(row), seen[id] != s { stamps[id] = s } }
        let ids = Array(stamps.keys)
        var rows: [R] = []
        for start in stride(from: 0, to: ids.count, by: 500) {
            rows += try await R.query(on: db).filter(\._$id ~~ Array(ids[start..<min(ids.count, start + 500)])).all()
        }
        return (rows, stamps, recent.compactMap(updatedAt).max())
    }

    private func apply(_ open: [IndexedDocument], _ removed: [String], _ facts: [String: Facts], first: Bool, to index: PolicySearchIndex,
                       supply: Bool, mark: Date, stamps: [UUID: Stamp]) {
        if first { index.replaceAll(open) } else { index.apply(upserting: open, removing: removed) }
        lock.withLock {
            if supply {
                for id in removed { supplyFacts[id] = nil }
                supplyFacts.merge(facts) { $1 }
                supplySeen.merge(stamps) { $1 }
                supplyMark = max(supplyMark, mark)
            } else {
                for id in removed { demandFacts[id] = nil }
                demandFacts.merge(facts) { $1 }
                demandSeen.merge(stamps) { $1 }
                demandMark = max(demandMark, mark)
            }
        }
    }

    /// Refreshes when the last check is older than `checkInterval`: one request refreshes while the
    /// others match against the index as it is (until the first load, every request loads).
    public func refreshIfStale(on db: any Database) async throws {
        let due = lock.withLock { () -> Bool in
            guard Date().timeIntervalSince(lastCheck) >= checkInterval else { return false }
            if !loaded { return true }
            if refreshing { return false }
            refreshing = true
            return true
        }
        guard due else { return }
        defer { lock.withLock { refreshing = false } }
        try await refresh(on: db)
    }

    func query(_ title: String, _ text: String) -> String {
        let words = title + " " + String(text.prefix(Self.queryCharacters))
        return glossary?.expand(words) ?? words
    }

    /// The open supplies that best answer `demand`, best first.
    public func supplies(for demand: TechDemand, limit: Int = 10) -> [TradeMatch] {
        let hits = supplyIndex.search(supplyIndex.selectiveQuery(query(demand.title, demand.problem), terms: Self.queryTerms), limit: max(limit * 3, 30)).hits
        let facts = lock.withLock { supplyFacts }
        let top = hits.first?.score ?? 1
        let ranked: [TradeMatch] = hits.compactMap { hit in
            guard let f = facts[hit.documentID], let id = TechSupply.ID(hit.documentID), let trl = f.trl else { return nil }
            let reason = Self.reason(demandText: demand.title + "\n" + demand.problem, demandField: demand.field, minimumTRL: demand.minimumTRL,
                                     supplyText: f.text, supplyField: f.field, supplyTRL: trl)
            return TradeMatch(supplyID: id, demandID: demand.id, score: Self.score(hit.score / max(top, 1e-9), reason), reason: reason)
        }
        // Equal scores in a stable order (by id), whatever order the index holds them in.
        return Array(ranked.sorted { ($0.score, $1.supplyID.uuidString) > ($1.score, $0.supplyID.uuidString) }.prefix(limit))
    }

    /// The open demands `supply` could answer, best first.
    public func demands(for supply: TechSupply, limit: Int = 10) -> [TradeMatch] {
        let hits = demandIndex.search(demandIndex.selectiveQuery(query(supply.title, supply.summary), terms: Self.queryTerms), limit: max(limit * 3, 30)).hits
        let facts = lock.withLock { demandFacts }
        let top = hits.first?.score ?? 1
        let ranked: [TradeMatch] = hits.compactMap { hit in
            guard let f = facts[hit.documentID], let id = TechDemand.ID(hit.documentID) else { return nil }
            let reason = Self.reason(demandText: f.text, demandField: f.field, minimumTRL: f.trl,
                                     supplyText: supply.title + "\n" + supply.summary, supplyField: supply.field, supplyTRL: supply.trl)
            return TradeMatch(supplyID: supply.id, demandID: id, score: Self.score(hit.score / max(top, 1e-9), reason), reason: reason)
        }
        return Array(ranked.sorted { ($0.score, $1.demandID.uuidString) > ($1.score, $0.demandID.uuidString) }.prefix(limit))
    }

    /// Open supplies matching words (and a field), best first; no words: nothing (browse instead).
    public func searchSupplies(_ words: String, field: TechField?, limit: Int) -> [TechSupply.ID] {
        let f = SearchFilter(levels: field.map { [$0.rawValue] })
        return supplyIndex.search(glossary?.expand(words) ?? words, limit: limit, filter: f).hits.compactMap { TechSupply.ID($0.documentID) }
    }

    public func searchDemands(_ words: String, field: TechField?, limit: Int) -> [TechDemand.ID] {
        let f = SearchFilter(levels: field.map { [$0.rawValue] })
        return demandIndex.search(glossary?.expand(words) ?? words, limit: limit, filter: f).hits.compactMap { TechDemand.ID($0.documentID) }
    }

    static func score(_ text: Double, _ reason: MatchReason) -> Double {
        text + (reason.sameField ? fieldWeight : 0) + (reason.trlFits ? readinessWeight : 0)
    }

    public static func reason(demandText: String, demandField: TechField, minimumTRL: Int?, supplyText: String, supplyField: TechField, supplyTRL: Int) -> MatchReason {
        MatchReason(sharedTerms: sharedTerms(demandText, supplyText), sameField: demandField == supplyField,
                    trlFits: minimumTRL.map { supplyTRL >= $0 } ?? true, supplyTRL: supplyTRL, minimumTRL: minimumTRL)
    }

    /// Words too common in listings to explain a match.
    static let commonTerms: Set<String> = ["技术", "研究", "开发", "问题", "需要", "实现", "提高", "应用", "可以", "进行", "一种", "我们", "企业",
                                           "系统", "方法", "提供", "解决", "相关", "用于", "具有", "the", "and", "for", "with"]

    /// Runs of CJK characters whose every bigram also occurs in `other`, and ASCII words both
    /// contain (3+ letters), longest first, at most five.
    public static func sharedTerms(_ text: String, _ other: String) -> [String] {
        let otherTokens = Set(PolicyTokenizer.tokens(other))
        let chars = Array(text.precomposedStringWithCompatibilityMapping.lowercased())
        func cjk(_ c: Character) -> Bool { c.unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) } ?? false }
        var found: [String] = []
        var i = 0
        while i < chars.count - 1 {
            guard cjk(chars[i]), cjk(chars[i + 1]), otherTokens.contains(String(chars[i...i + 1])) else { i += 1; continue }
            var j = i + 1
            while j + 1 < chars.count, cjk(chars[j + 1]), otherTokens.contains(String(chars[j...j + 1])) { j += 1 }
            found.append(String(chars[i...j]))
            i = j
        }
        let words = text.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.map(String.init).filter { $0.count >= 3 && otherTokens.contains($0) }
        var seen: Set<String> = []
        let terms = (found + words).filter { !commonTerms.contains($0) && seen.insert($0).inserted }
        // Drop a term contained in a longer one.
        let kept = terms.filter { t in !terms.contains { $0 != t && $0.count > t.count && $0.contains(t) } }
        return Array(kept.sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }.prefix(5))
    }

    /// Experts of the pool ranked for a demand by the review affinity model (`AffinityModel`), best first.
    public static func experts(for demand: TechDemand, pool: [ExpertProfile], limit: Int = 5) -> [ExpertMatch] {
        let active = pool.filter(\.active)
        guard !active.isEmpty else { return [] }
        let model = AffinityModel(proposals: [(text: demand.title + " " + demand.problem, discipline: "")],
                                  experts: active.map { (text: $0.keywords + " " + $0.expertise, disciplines: $0.disciplines) })
        let row = model.row(0)
        return Array(zip(active, row).filter { $0.1 > 0 }.sorted { $0.1 > $1.1 }.prefix(limit)
            .map { ExpertMatch(personID: $0.0.personID, name: $0.0.name, affinity: $0.1) })
    }
}
