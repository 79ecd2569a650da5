import Foundation
import KechuangCore

/// Where an indicator's figures come from.
public enum IndicatorSource: String, Sendable, Codable, CaseIterable {
    /// Computed by the platform from its own tables (read-only).
    case computed
    /// Reported by a department on a reporting form (`ReportedValues`).
    case reported

    public var label: LocalizedText {
        switch self {
        case .computed: LocalizedText(zh: "平台数据计算", en: "Computed from platform data")
        case .reported: LocalizedText(zh: "部门填报", en: "Reported by a department")
        }
    }
}

/// The dimensions an indicator is broken down by.
public enum Breakdown: String, Sendable, Codable, CaseIterable {
    case programme, district, zone, institutionKind = "institution_kind", industry, kind
    /// The province of partners outside Beijing (Art. 10), read from their USCC's division code.
    case region
    /// The calendar month (`2026-11`), Beijing time.
    case month
    /// A foreign partner's country or region (ISO 3166-1 alpha-2, Art. 69).
    case country

    public var label: LocalizedText {
        switch self {
        case .programme: LocalizedText(zh: "计划类别", en: "Programme")
        case .district: LocalizedText(zh: "行政区", en: "District")
        case .zone: LocalizedText(zh: "园区", en: "Zone or park")
        case .institutionKind: LocalizedText(zh: "机构类型", en: "Institution kind")
        case .industry: LocalizedText(zh: "行业", en: "Industry")
        case .kind: LocalizedText(zh: "类别", en: "Kind")
        case .region: LocalizedText(zh: "地区（省份）", en: "Region (province)")
        case .month: LocalizedText(zh: "月份", en: "Month")
        case .country: LocalizedText(zh: "国家或地区", en: "Country or region")
        }
    }
}

/// The unit of an indicator's value.
public enum IndicatorUnit: String, Sendable, Codable, CaseIterable {
    case count, yuan, hundredMillionYuan = "hundred_million_yuan", percent, hours, days

    public var label: LocalizedText {
        switch self {
        case .count: LocalizedText(zh: "个", en: "count")
        case .yuan: LocalizedText(zh: "元", en: "yuan")
        case .hundredMillionYuan: LocalizedText(zh: "亿元", en: "100 million yuan")
        case .percent: LocalizedText(zh: "%", en: "%")
        case .hours: LocalizedText(zh: "小时", en: "hours")
        case .days: LocalizedText(zh: "天", en: "days")
        }
    }
}

/// One indicator of the statistical monitoring system (Art. 63), as data.
public struct Indicator: Sendable, Equatable, Identifiable {
    public var id: String { code }
    /// `GRT-01`: stable, used in forms, downloads and the API.
    public let code: String
    public let name: LocalizedText
    public let unit: IndicatorUnit
    public let definition: LocalizedText
    public let formula: LocalizedText
    public let source: IndicatorSource
    /// How often it is produced; every indicator here is yearly (by calendar year, Beijing time).
    public let frequency: LocalizedText
    public let breakdowns: [Breakdown]
    /// The article it serves.
    public let basis: ArticleRef
    /// The plan or document it serves besides the article, if any.
    public let plan: LocalizedText?
    /// Reported indicators: the values a form accepts.
    public let range: ClosedRange<Double>?
    /// Reported indicators: a change against the previous year larger than this share (0.3 = 30 %)
    /// needs an explanatory note.
    public let changeNeedingNote: Double?
    /// Which department reports it (reported indicators).
    public let reportedBy: LocalizedText?

    public init(code: String, name: LocalizedText, unit: IndicatorUnit, definition: LocalizedText, formula: LocalizedText,
                source: IndicatorSource, breakdowns: [Breakdown], basis: ArticleRef, plan: LocalizedText? = nil,
                range: ClosedRange<Double>? = nil, changeNeedingNote: Double? = nil, reportedBy: LocalizedText? = nil) {
        self.code = code
        self.name = name
        self.unit = unit
        self.definition = definition
        self.formula = formula
        self.source = source
        self.frequency = LocalizedText(zh: "年度", en: "Yearly")
        self.breakdowns = breakdowns
        self.basis = basis
        self.plan = plan
        self.range = range
        self.changeNeedingNote = changeNeedingNote
        self.reportedBy = reportedBy
    }
}

/// One figure: an indicator's value for a year, in total (`breakdown == nil`) or for one key of a
/// breakdown (`district`/`haidian`).
public struct Observation: Sendable, Codable, Equatable, Hashable {
    public var indicator: String
    public var year: Int
    public var breakdown: Breakdown?
    public var key: String
    public var labelZh: String
    public var labelEn: String
    public var value: Double

    public init(indicator: String, year: Int, breakdown: Breakdown? = nil, key: String = "", label: LocalizedText = LocalizedText(zh: "合计", en: "Total"), value: Double) {
        self.indicator = indicator
        self.year = year
        self.breakdown = breakdown
        self.key = key
        self.labelZh = label.zh
        self.labelEn = label.en
        self.value = value
    }

    public var label: LocalizedText { LocalizedText(zh: labelZh, en: labelEn) }
}

extension Array where Element == Observation {
    /// The total of `indicator` in `year`, if there is one.
    public func total(_ indicator: String, _ year: Int) -> Double? {
        first { $0.indicator == indicator && $0.year == year && $0.breakdown == nil }?.value
    }

    /// The figures of one breakdown of `indicator` in `year`, largest first.
    public func breakdown(_ indicator: String, _ year: Int, by breakdown: Breakdown) -> [Observation] {
        filter { $0.indicator == indicator && $0.year == year && $0.breakdown == breakdown }.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
    }

    /// The years that have a total of `indicator`, oldest first.
    public func years(_ indicator: String) -> [Int] {
        Set(filter { $0.indicator == indicator && $0.breakdown == nil }.map(\.year)).sorted()
    }
}
