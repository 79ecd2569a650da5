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
    private var watermark: Date = .distantPast
    private var lastCheck: Date = .distantPast
    let checkInterval: TimeInterval

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

    /// Copies Grants' changes, then indexes every copy written since the last refresh.
    public func refresh(on db: any Database, now: @escaping @Sendable () -> Date = { Date() }) async throws {
        let readModel = PublicProjects(db: db, now: now)
        try await readModel.synchronise()
        let since = lock.withLock { watermark }
        let (changed, latest) = try await readModel.changed(since: since == .distantPast ? since : since.addingTimeInterval(-1))
        if since == .distantPast { index.replaceAll(changed.map(Self.document)) } else { for p in changed { index.upsert(Self.document(p)) } }
        lock.withLock {
            for p in changed { projects[p.number] = p }
            if let latest { watermark = max(watermark, latest) }
            lastCheck = Date()
        }
    }

    public func refreshIfStale(on db: any Database, now: @escaping @Sendable () -> Date = { Date() }) async throws {
        let due = lock.withLock { Date().timeIntervalSince(lastCheck) >= checkInterval }
        if due { try await refresh(on: db, now: now) }
    }

    /// The indexed project with this number.
    public func project(_ number: String) -> PublicProject? { lock.withLock { projects[number] } }

    /// English words the glossary leaves untranslated that carry no meaning in a Chinese text.
    static let englishFillers: Set<String> = ["a", "an", "and", "by", "for", "in", "of", "on", "the", "to", "with"]

    /// The projects matching `criteria`, sorted and paged, with facet counts.
    public func search(_ criteria: ProjectSearchCriteria) -> ProjectSearchResult {
        let all = lock.withLock { projects }
        let words = criteria.text.trimmingCharacters(in: .whitespacesAndNewlines)
        var expanded: String?
        var ranked: [PublicProject]
        var rank: [String: Int] = [:]
        if words.isEmpty {
            ranked = Array(all.values)
        } else {
            expanded = glossary.expand(words).map {
                $0.split(separator: " ").filter { !Self.englishFillers.contains($0.lowercased()) }.joined(separator: " ")
            }
            let hits = index.search(expanded ?? words, limit: max(1, all.count)).hits
            ranked = hits.compactMap { all[$0.documentID] }
            for (i, p) in ranked.enumerated() { rank[p.number] = i }
        }
        // Which facets each project fails; one failure outside the facets (PI, amount range) excludes it everywhere.
        var matching: [PublicProject] = []
        var counts: [ProjectFacet: [String: Int]] = [:]
        var names: [ProjectFacet: [String: LocalizedText]] = [:]
        for p in ranked {
            guard Self.passesOther(p, criteria) else { continue }
            let failed = ProjectFacet.allCases.filter { !Self.passes(p, $0, criteria) }
            if failed.isEmpty { matching.append(p) }
            for facet in ProjectFacet.allCases where failed.isEmpty || failed == [facet] {
                let value = Self.value(of: p, facet)
                guard !value.isEmpty else { continue }
                if counts[facet]?[value] == nil { names[facet, default: [:]][value] = Self.label(value, facet, of: p) }
                counts[facet, default: [:]][value, default: 0] += 1
            }
        }
        let sort = criteria.sort == .relevance && words.isEmpty ? .newest : criteria.sort
        matching.sort { a, b in
            switch sort {
            case .relevance: return (rank[a.number] ?? .max) < (rank[b.number] ?? .max)
            case .newest: return (a.awardDate, a.number) > (b.awardDate, b.number)
            case .oldest: return (a.awardDate, a.number) < (b.awardDate, b.number)
            case .amountDesc: return a.awardedAmount != b.awardedAmount ? a.awardedAmount > b.awardedAmount : a.number < b.number
            case .amountAsc: return a.awardedAmount != b.awardedAmount ? a.awardedAmount < b.awardedAmount : a.number < b.number
            case .number: return a.number < b.number
            }
        }
        let start = min(max(0, criteria.offset), matching.count)
        let end = min(matching.count, start + max(0, min(criteria.limit, ProjectSearchCriteria.maxLimit)))
        var facets: [ProjectFacet: [ProjectFacetValue]] = [:]
        for facet in ProjectFacet.allCases {
            facets[facet] = (counts[facet] ?? [:]).map { value, count in
                ProjectFacetValue(value: value, label: names[facet]?[value] ?? LocalizedText(zh: value, en: value), count: count)
            }.sorted { facet == .year || facet == .band ? $0.value > $1.value : ($0.count, $1.label.zh) > ($1.count, $0.label.zh) }
        }
        return ProjectSearchResult(total: matching.count, projects: Array(matching[start..<end]), facets: facets, expandedQuery: expanded)
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
