import Foundation
import KechuangCore

/// A figure of an enterprise profile a condition reads.
public enum Metric: String, Sendable, Codable, CaseIterable {
    case staff, rdStaffPercent = "rd_staff_percent", revenue, assets, rdSpending = "rd_spending"
    case rdIntensityPercent = "rd_intensity_percent", highTechRevenuePercent = "high_tech_revenue_percent"
    case classOneIP = "class_one_ip", ipTotal = "ip_total", ageYears = "age_years", nicheYears = "niche_years"
    case mainBusinessPercent = "main_business_percent", equityFinancing = "equity_financing"
    case valuationMillionUSD = "valuation_million_usd", listed, techSMEScore = "tech_sme_score", tierRank = "tier_rank"

    public var label: LocalizedText {
        switch self {
        case .staff: LocalizedText(zh: "职工总数", en: "Staff")
        case .rdStaffPercent: LocalizedText(zh: "科技人员占职工总数比例", en: "S&T staff as a share of staff")
        case .revenue: LocalizedText(zh: "年销售（营业）收入", en: "Annual revenue")
        case .assets: LocalizedText(zh: "资产总额", en: "Total assets")
        case .rdSpending: LocalizedText(zh: "研发费用总额", en: "R&D spending")
        case .rdIntensityPercent: LocalizedText(zh: "研发费用占收入比例", en: "R&D spending as a share of revenue")
        case .highTechRevenuePercent: LocalizedText(zh: "高新技术产品（服务）收入占比", en: "High-tech products and services as a share of revenue")
        case .classOneIP: LocalizedText(zh: "Ⅰ类知识产权数", en: "Class I intellectual property")
        case .ipTotal: LocalizedText(zh: "知识产权总数", en: "Intellectual property in total")
        case .ageYears: LocalizedText(zh: "成立年限", en: "Years since founding")
        case .nicheYears: LocalizedText(zh: "从事特定细分市场年限", en: "Years in its market niche")
        case .mainBusinessPercent: LocalizedText(zh: "主营业务收入占比", en: "Main business as a share of revenue")
        case .equityFinancing: LocalizedText(zh: "近两年新增股权融资", en: "New equity financing, last two years")
        case .valuationMillionUSD: LocalizedText(zh: "企业估值（百万美元）", en: "Valuation (million USD)")
        case .listed: LocalizedText(zh: "是否已上市", en: "Listed")
        case .techSMEScore: LocalizedText(zh: "科技型中小企业评价得分", en: "Tech-based SME evaluation score")
        case .tierRank: LocalizedText(zh: "已达到的培育层级", en: "Cultivation tier reached")
        }
    }

    public enum Unit: Sendable { case count, percent, yuan, years, points, flag, tier, millionUSD }

    public var unit: Unit {
        switch self {
        case .staff, .classOneIP, .ipTotal: .count
        case .rdStaffPercent, .rdIntensityPercent, .highTechRevenuePercent, .mainBusinessPercent: .percent
        case .revenue, .assets, .rdSpending, .equityFinancing: .yuan
        case .ageYears, .nicheYears: .years
        case .techSMEScore: .points
        case .listed: .flag
        case .tierRank: .tier
        case .valuationMillionUSD: .millionUSD
        }
    }

    /// A value of this metric for people: `12.5%`, `5,000万元`, `3 年`.
    public func format(_ value: Double, _ language: Language) -> String {
        let zh = language == .zh
        switch unit {
        case .count: return String(Int(value.rounded()))
        case .percent: return String(format: "%.1f%%", value)
        case .yuan:
            let wan = value / 10_000
            if zh { return "\(Self.grouped(wan))万元" }
            return value >= 1_000_000 ? String(format: "¥%.2f million", value / 1_000_000) : "¥\(Self.grouped(value))"
        case .years: return zh ? "\(Int(value)) 年" : "\(Int(value)) years"
        case .points: return zh ? "\(Int(value)) 分" : "\(Int(value)) points"
        case .flag: return value >= 1 ? (zh ? "是" : "yes") : (zh ? "否" : "no")
        case .tier: return Tier(rank: Int(value)).map { zh ? $0.label.zh : $0.label.en } ?? (zh ? "未入库" : "none")
        case .millionUSD: return zh ? "\(Int(value)) 百万美元" : "US$\(Int(value)) million"
        }
    }

    static func grouped(_ v: Double) -> String {
        let whole = Int(v.rounded())
        let s = String(abs(whole))
        var out = ""
        for (i, ch) in s.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return (whole < 0 ? "-" : "") + String(out.reversed())
    }
}

/// How a condition compares.
public enum Comparison: String, Sendable, Codable, CaseIterable {
    case atLeast = "at_least", atMost = "at_most", equals

    public var symbol: String {
        switch self {
        case .atLeast: "≥"
        case .atMost: "≤"
        case .equals: "="
        }
    }
}

/// A threshold that depends on the revenue band (e.g. R&D intensity ≥ 5% up to 50 million yuan).
public struct RevenueBand: Sendable, Codable, Equatable {
    /// The band's upper revenue bound in yuan, inclusive; nil for the last band.
    public var revenueUpTo: Int?
    public var threshold: Double

    public init(revenueUpTo: Int?, threshold: Double) {
        self.revenueUpTo = revenueUpTo
        self.threshold = threshold
    }
}

/// One comparison of one metric with a threshold (or a threshold by revenue band).
public struct Condition: Sendable, Codable, Equatable {
    public var metric: Metric
    public var comparison: Comparison
    public var threshold: Double
    public var bands: [RevenueBand]?

    public init(_ metric: Metric, _ comparison: Comparison, _ threshold: Double, bands: [RevenueBand]? = nil) {
        self.metric = metric
        self.comparison = comparison
        self.threshold = threshold
        self.bands = bands
    }

    /// The threshold that applies to these facts.
    public func required(for facts: ProfileFacts) -> Double {
        guard let bands, !bands.isEmpty else { return threshold }
        let revenue = facts.figures.revenueYuan
        return bands.first { $0.revenueUpTo.map { revenue <= $0 } ?? true }?.threshold ?? threshold
    }

    public func holds(_ facts: ProfileFacts) -> Bool {
        guard let actual = facts.value(metric) else { return false }
        let need = required(for: facts)
        switch comparison {
        case .atLeast: return actual >= need - 1e-9
        case .atMost: return actual <= need + 1e-9
        case .equals: return abs(actual - need) < 1e-9
        }
    }

    /// How far the facts are from meeting the condition, in the metric's unit (0 when met).
    public func gap(_ facts: ProfileFacts) -> Double? {
        guard let actual = facts.value(metric) else { return nil }
        let need = required(for: facts)
        switch comparison {
        case .atLeast: return max(0, need - actual)
        case .atMost: return max(0, actual - need)
        case .equals: return abs(actual - need)
        }
    }
}

/// Where a criterion comes from: a document of the policy library and the place in it.
public struct SourceRef: Sendable, Codable, Equatable, Hashable {
    /// The document's external id in the policy library.
    public var documentID: String
    public var titleZh: String
    /// An article label (`第十一条`) when the place is an article; nil for an annex.
    public var article: String?
    /// The place as printed: `第十一条第（五）项`, `附件2 第二项`.
    public var placeZh: String
    public var placeEn: String

    public init(documentID: String, titleZh: String, article: String?, placeZh: String, placeEn: String) {
        self.documentID = documentID
        self.titleZh = titleZh
        self.article = article
        self.placeZh = placeZh
        self.placeEn = placeEn
    }

    public func text(_ language: Language) -> String {
        language == .zh ? "《\(titleZh)》\(placeZh)" : "《\(titleZh)》 \(placeEn)"
    }
}

/// A named criterion: met when any of its conditions holds (usually one), with its source and the
/// article of the regulation it serves.
public struct Criterion: Sendable, Codable, Equatable {
    public var id: String
    public var label: LocalizedText
    public var anyOf: [Condition]
    public var source: SourceRef?
    public var basis: ArticleRef

    public init(id: String, label: LocalizedText, anyOf: [Condition], source: SourceRef?, basis: ArticleRef) {
        self.id = id
        self.label = label
        self.anyOf = anyOf
        self.source = source
        self.basis = basis
    }

    public func evaluate(_ facts: ProfileFacts) -> CriterionResult {
        let met = anyOf.contains { $0.holds(facts) }
        let primary = anyOf.first ?? Condition(.staff, .atLeast, 0)
        return CriterionResult(criterion: self, met: met, actual: facts.value(primary.metric), required: primary.required(for: facts),
                               gap: met ? 0 : primary.gap(facts))
    }
}

/// A criterion judged against one profile: met or not, the figure, the threshold and the gap.
public struct CriterionResult: Sendable, Codable, Equatable {
    public var criterion: Criterion
    public var met: Bool
    public var actual: Double?
    public var required: Double
    /// How much is missing, in the metric's unit (0 when met; nil when the figure is not known).
    public var gap: Double?

    /// "R&D spending as a share of revenue 3.2% — needs ≥ 4.0%: 0.8% short (《高新技术企业认定管理办法》 Art. 11 item 5)".
    public func explanation(_ language: Language) -> String {
        guard let primary = criterion.anyOf.first else { return criterion.label(language) }
        let zh = language == .zh
        let m = primary.metric
        let actualText = actual.map { m.format($0, language) } ?? (zh ? "无法计算" : "unknown")
        let need = "\(primary.comparison.symbol) \(m.format(required, language))"
        var s = zh ? "\(criterion.label.zh)：实际 \(actualText)，要求 \(need)" : "\(criterion.label.en): \(actualText), needs \(need)"
        if criterion.anyOf.count > 1 {
            let others = criterion.anyOf.dropFirst().map { "\($0.metric.label(language)) \($0.comparison.symbol) \($0.metric.format($0.threshold, language))" }
            s += zh ? "（或 \(others.joined(separator: "、"))）" : " (or \(others.joined(separator: ", ")))"
        }
        if met {
            s += zh ? "，已满足" : ": met"
        } else if let gap {
            s += zh ? "，尚差 \(m.format(gap, language))" : ": \(m.format(gap, language)) short"
        }
        return s
    }
}

