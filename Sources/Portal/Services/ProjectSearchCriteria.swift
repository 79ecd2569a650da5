import Foundation
import KechuangCore

/// What a visitor or an API client asks the public project search for (Art. 56): words (Chinese,
/// or English translated by the glossary), facet values, the PI, an amount range, a sort and a page.
public struct ProjectSearchCriteria: Sendable, Equatable, Codable {
    public var text: String
    public var programmes: Set<UUID>
    public var years: Set<Int>
    public var institutions: Set<UUID>
    /// `District` raw values.
    public var districts: Set<String>
    /// First-level discipline codes (`F01`).
    public var disciplines: Set<String>
    /// `ProjectStatus` raw values.
    public var statuses: Set<String>
    public var bands: Set<AmountBand>
    /// Part of the PI's name.
    public var pi: String
    /// The PI's public key (the PI page).
    public var piKey: String?
    /// In yuan, inclusive.
    public var amountMin: Int?
    public var amountMax: Int?
    public var sort: ProjectSort
    public var offset: Int
    public var limit: Int

    /// The most projects one page or API answer holds.
    public static let maxLimit = 500

    public init(text: String = "", programmes: Set<UUID> = [], years: Set<Int> = [], institutions: Set<UUID> = [],
                districts: Set<String> = [], disciplines: Set<String> = [], statuses: Set<String> = [], bands: Set<AmountBand> = [],
                pi: String = "", piKey: String? = nil, amountMin: Int? = nil, amountMax: Int? = nil, sort: ProjectSort = .relevance,
                offset: Int = 0, limit: Int = 20) {
        self.text = text
        self.programmes = programmes
        self.years = years
        self.institutions = institutions
        self.districts = districts
        self.disciplines = disciplines
        self.statuses = statuses
        self.bands = bands
        self.pi = pi
        self.piKey = piKey
        self.amountMin = amountMin
        self.amountMax = amountMax
        self.sort = sort
        self.offset = offset
        self.limit = limit
    }

    /// Field errors for values no search can honour: a page beyond `maxLimit`, a negative offset,
    /// an amount range upside down.
    public func problems() -> [FieldError] {
        var out: [FieldError] = []
        if limit < 1 || limit > Self.maxLimit {
            out.append(FieldError(field: "limit", rule: "POR.search.limit", message: LocalizedText(
                zh: "每页条数须在 1 到 \(Self.maxLimit) 之间", en: "limit must be between 1 and \(Self.maxLimit)"), basis: .art(56)))
        }
        if offset < 0 {
            out.append(FieldError(field: "offset", rule: "POR.search.offset", message: LocalizedText(zh: "起始位置不能为负数", en: "offset cannot be negative"), basis: .art(56)))
        }
        if let low = amountMin, let high = amountMax, low > high {
            out.append(FieldError(field: "amountMax", rule: "POR.search.amountRange", message: LocalizedText(
                zh: "金额上限不能低于下限", en: "The highest amount cannot be below the lowest"), basis: .art(56)))
        }
        return out
    }
}

/// How results are ordered. Relevance applies when there are words; without words it is newest first.
public enum ProjectSort: String, Sendable, Codable, CaseIterable {
    case relevance
    case newest
    case oldest
    case amountDesc = "amount_desc"
    case amountAsc = "amount_asc"
    case number

    public var label: LocalizedText {
        switch self {
        case .relevance: LocalizedText(zh: "相关度", en: "Relevance")
        case .newest: LocalizedText(zh: "立项时间（新→旧）", en: "Newest first")
        case .oldest: LocalizedText(zh: "立项时间（旧→新）", en: "Oldest first")
        case .amountDesc: LocalizedText(zh: "资助金额（高→低）", en: "Largest award first")
        case .amountAsc: LocalizedText(zh: "资助金额（低→高）", en: "Smallest award first")
        case .number: LocalizedText(zh: "项目编号", en: "Project number")
        }
    }
}

/// The facets of the project search, each a list of values with how many matching projects have them.
public enum ProjectFacet: String, Sendable, CaseIterable {
    case programme, year, institution, district, discipline, status, band
}

public struct ProjectFacetValue: Sendable, Equatable {
    /// What the criteria carry (`programmes`, `years`, … as text).
    public let value: String
    public let label: LocalizedText
    public let count: Int
}

public struct ProjectSearchResult: Sendable {
    /// Projects matching every criterion.
    public let total: Int
    /// The requested page.
    public let projects: [PublicProject]
    /// Facet → values, each counted with every criterion applied except that facet's own.
    public let facets: [ProjectFacet: [ProjectFacetValue]]
    /// The Chinese words actually searched when English words were translated by the glossary.
    public let expandedQuery: String?
}
