import FluentKit
import Foundation
import Grants
import Identity
import KechuangCore
import Search

/// The public project search (Art. 56): one in-memory index per app node over the published
/// projects, with the policy library's Chinese engine (`PolicySearchIndex`: CJK bigrams and
/// unigrams, BM25) and its English → Chinese `Glossary`. Facets (programme, year, institution,
/// district, discipline, status, amount band) are counted here over the matching projects, each
/// with every criterion applied except its own, so a chosen value's siblings keep their counts.
///
/// `refresh` first copies what changed in Grants (`PublicProjects.synchronise`), then loads the
/// copies written since the last refresh; `refreshIfStale` does so at most every `checkInterval`.
public final class ProjectSearch: @unchecked Sendable {
    let index = PolicySearchIndex()
    public let glossary: Glossary
    private let lock = NSLock()
    private var projects: [String: PublicProject] = [:]
    /// The write time of each indexed row: a refresh loads in full only rows written since.
    private var seen: [String: Date] = [:]
    private var table = ProjectSearchTable([PublicProject]())
    private var watermark: Date = .distantPast
    private var lastCheck: Date = .distantPast
    private var loaded = false
    private var refreshing = false
    let checkInterval: TimeInterval

    /// The most values of one facet a result carries (the most frequent first; years and amount bands all).
    public static let facetValueLimit = 100

    public init(glossary: Glossary, checkInterval: TimeInterval = 2) {
        self.glossary = glossary
        self.checkInterval = checkInterval
    }

    /// With the built-in glossary; throws when it cannot be loaded.
    public convenience init(checkInterval: TimeInterval = 2) throws {
        try self.init(glossary: .standard(), checkInterval: checkInterval)
    }

    static func document(_ p: PublicProject) -> IndexedDocument {
        let body = [p.abstract, p.keywords.joined(separator: " "), p.piName, p.institutionZh, p.institutionEn ?? "",
                    p.programmeZh, p.programmeEn, p.discipline, p.number] + p.outputs.map(\.title)
        return IndexedDocument(id: p.number, title: "\(p.titleZh) \(p.titleEn)", level: p.programmeID.uuidString,
                               issuer: p.institutionID.uuidString, region: p.district, year: p.year, status: p.status,
                               articles: [IndexedArticle(label: "", text: body.filter { !$0.isEmpty }.joined(separator: "\n"))])
    }

    /// Copies Grants' changes, then indexes every copy written since the last refresh (one batch)
    /// and lays the projects out again for searching. The rows of the last second before the
    /// watermark are looked at again (a row committed in that second after the last look), by
    /// number and write time only; only those not seen at that time are read in full.
    public func refresh(on db: any Database, now: @escaping @Sendable () -> Date = { Date() }) async throws {
        let readModel = PublicProjects(db: db, now: now)
        try await readModel.synchronise()
        let since = lock.withLock { watermark }
        let rows: [(project: PublicProject, updatedAt: Date)]
        let latest: Date?
        if since == .distantPast {
            rows = try await readModel.changed(since: since)
            latest = rows.map(\.updatedAt).max()
        } else {
            let stamps = try await readModel.stamps(since: since.addingTimeInterval(-1))
            let unseen = lock.withLock { stamps.filter { stamp in seen[stamp.number].map { $0 < stamp.updatedAt } ?? true } }
            rows = unseen.isEmpty ? [] : try await readModel.projects(numbers: unseen.map(\.number))
            latest = stamps.map(\.updatedAt).max()
        }
        let changed = rows.map(\.project)
        if since == .distantPast { index.replaceAll(changed.map(Self.document)) } else if !changed.isEmpty { index.apply(upserting: changed.map(Self.document)) }
        let all: [String: PublicProject]? = changed.isEmpty && loaded ? nil : lock.withLock {
            for row in rows { projects[row.project.number] = row.project; seen[row.project.number] = row.updatedAt }
            return projects
        }
        let laidOut = all.map { ProjectSearchTable($0.values) }
        lock.withLock {
            if let laidOut { table = laidOut }
            if let latest { watermark = max(watermark, latest) }
            lastCheck = Date()
            loaded = true
        }
    }

    /// Refreshes when the last check is older than `checkInterval`: one request refreshes while
    /// the others search what is indexed (until the first refresh, every request waits for one).
    public func refreshIfStale(on db: any Database, now: @escaping @Sendable () -> Date = { Date() }) async throws {
        let (due, mustWait) = lock.withLock { () -> (Bool, Bool) in
            guard Date().timeIntervalSince(lastCheck) >= checkInterval else { return (false, false) }
            if !loaded { return (true, true) }
            if refreshing { return (false, false) }
            refreshing = true
            return (true, false)
        }
        guard due else { return }
        if mustWait { return try await refresh(on: db, now: now) }
        defer { lock.withLock { refreshing = false } }
        try await refresh(on: db, now: now)
    }

    /// The indexed project with this number.
    public func project(_ number: String) -> PublicProject? { lock.withLock { projects[number] } }

    /// English words the glossary leaves untranslated that carry no meaning in a Chinese text.
    static let englishFillers: Set<String> = ["a", "an", "and", "by", "for", "in", "of", "on", "the", "to", "with"]

    /// The projects matching `criteria`, sorted and paged, with facet counts (each facet counted
    /// with every criterion applied except its own).
    public func search(_ criteria: ProjectSearchCriteria) -> ProjectSearchResult {
        let t = lock.withLock { table }
        let words = criteria.text.trimmingCharacters(in: .whitespacesAndNewlines)
        var expanded: String?
        var ranked: [Int32]?
        if !words.isEmpty {
            expanded = glossary.expand(words).map {
                $0.split(separator: " ").filter { !Self.englishFillers.contains($0.lowercased()) }.joined(separator: " ")
            }
            ranked = index.rankedIDs(expanded ?? words)?.compactMap { t.position[$0] }
        }
        let order: [Int32]
        if let ranked, criteria.sort == .relevance {
            order = ranked
        } else if let ranked {
            var member = [Bool](repeating: false, count: t.items.count)
            for i in ranked { member[Int(i)] = true }
            order = t.order(criteria.sort).filter { member[Int($0)] }
        } else {
            order = t.order(criteria.sort)
        }
        let allowed = t.allowed(criteria)
        let facetCount = ProjectSearchTable.facets.count
        let checkOther = !criteria.pi.trimmingCharacters(in: .whitespaces).isEmpty || criteria.piKey != nil
            || criteria.amountMin != nil || criteria.amountMax != nil
        var counts = t.values.map { [Int](repeating: 0, count: $0.count) }
        var matching: [Int32] = []
        for i in order {
            let item = Int(i)
            if checkOther && !Self.passesOther(t.items[item], criteria) { continue }
            var failed = 0, failedFacet = 0
            for f in 0..<facetCount {
                if let a = allowed[f], !a[Int(t.codes[f][item])] { failed += 1; failedFacet = f }
            }
            if failed == 0 {
                matching.append(i)
                for f in 0..<facetCount { counts[f][Int(t.codes[f][item])] += 1 }
            } else if failed == 1 {
                counts[failedFacet][Int(t.codes[failedFacet][item])] += 1
            }
        }
        let start = min(max(0, criteria.offset), matching.count)
        let end = min(matching.count, start + max(0, min(criteria.limit, ProjectSearchCriteria.maxLimit)))
        var facets: [ProjectFacet: [ProjectFacetValue]] = [:]
        for (f, facet) in ProjectSearchTable.facets.enumerated() {
            var present = counts[f].indices.filter { counts[f][$0] > 0 && $0 != Int(t.emptyCode[f]) }
            if facet == .year || facet == .band {
                present.sort { t.values[f][$0] > t.values[f][$1] }
            } else {
                present.sort { (counts[f][$0], -t.labelRank[f][$0]) > (counts[f][$1], -t.labelRank[f][$1]) }
                present = Array(present.prefix(Self.facetValueLimit))
            }
            facets[facet] = present.map { ProjectFacetValue(value: t.values[f][$0], label: t.labels[f][$0], count: counts[f][$0]) }
        }
        return ProjectSearchResult(total: matching.count, projects: matching[start..<end].map { t.items[Int($0)] }, facets: facets, expandedQuery: expanded)
    }

    static func value(of p: PublicProject, _ facet: ProjectFacet) -> String {
        switch facet {
        case .programme: p.programmeID.uuidString.lowercased()
        case .year: String(p.year)
        case .institution: p.institutionID.uuidString.lowercased()
        case .district: p.district
        case .discipline: p.disciplineArea
        case .status: p.status
        case .band: p.amountBand.rawValue
        }
    }

    static func passes(_ p: PublicProject, _ facet: ProjectFacet, _ c: ProjectSearchCriteria) -> Bool {
        switch facet {
        case .programme: c.programmes.isEmpty || c.programmes.contains(p.programmeID)
        case .year: c.years.isEmpty || c.years.contains(p.year)
        case .institution: c.institutions.isEmpty || c.institutions.contains(p.institutionID)
        case .district: c.districts.isEmpty || c.districts.contains(p.district)
        case .discipline: c.disciplines.isEmpty || c.disciplines.contains(p.disciplineArea)
        case .status: c.statuses.isEmpty || c.statuses.contains(p.status)
        case .band: c.bands.isEmpty || c.bands.contains(p.amountBand)
        }
    }

    static func passesOther(_ p: PublicProject, _ c: ProjectSearchCriteria) -> Bool {
        let pi = c.pi.trimmingCharacters(in: .whitespaces)
        if !pi.isEmpty && !p.piName.localizedCaseInsensitiveContains(pi) { return false }
        if let key = c.piKey, key != p.piKey { return false }
        if let low = c.amountMin, p.awardedAmount < low { return false }
        if let high = c.amountMax, p.awardedAmount > high { return false }
        return true
    }

    /// The facet value's label, as project `p` (which has the value) names it.
    static func label(_ value: String, _ facet: ProjectFacet, of p: PublicProject) -> LocalizedText {
        switch facet {
        case .programme: return LocalizedText(zh: p.programmeZh, en: p.programmeEn)
        case .institution: return LocalizedText(zh: p.institutionZh, en: p.institutionEn ?? p.institutionZh)
        case .year, .discipline: return LocalizedText(zh: value, en: value)
        case .district: return District(rawValue: value)?.label ?? LocalizedText(zh: value, en: value)
        case .status: return ProjectStatus(rawValue: value)?.label ?? LocalizedText(zh: value, en: value)
        case .band: return AmountBand(rawValue: value)?.label ?? LocalizedText(zh: value, en: value)
        }
    }
}
