import Foundation
import Identity
import KechuangCore

/// Enterprise size (企业规模, by the national SME classification).
public enum EnterpriseSize: String, Sendable, Codable, CaseIterable {
    case micro, small, medium, large

    public var label: LocalizedText {
        switch self {
        case .micro: LocalizedText(zh: "微型", en: "Micro")
        case .small: LocalizedText(zh: "小型", en: "Small")
        case .medium: LocalizedText(zh: "中型", en: "Medium")
        case .large: LocalizedText(zh: "大型", en: "Large")
        }
    }
}

/// Where a year's profile stands: the enterprise enters and submits it, the district verifies or returns it.
public enum ProfileState: String, Sendable, Codable, CaseIterable {
    case draft, submitted, verified, returned

    public var label: LocalizedText {
        switch self {
        case .draft: LocalizedText(zh: "草稿", en: "Draft")
        case .submitted: LocalizedText(zh: "待区级核实", en: "Awaiting district verification")
        case .verified: LocalizedText(zh: "区级已核实", en: "Verified by the district")
        case .returned: LocalizedText(zh: "已退回修改", en: "Returned for correction")
        }
    }
}

/// The figures of one enterprise (an organisation with its USCC) for one year (Art. 23), entered
/// by the enterprise and verified by its district. Money in yuan; shares derive from the counts.
public struct EnterpriseProfile: Sendable, Equatable, Codable, Identifiable {
    public typealias ID = Identifier<EnterpriseProfile>
    public let id: ID
    public let organisationID: UUID
    public let year: Int
    public var figures: ProfileFigures
    public var state: ProfileState
    /// The highest tier met when the district verified the profile (`TierCriteria.evaluate`).
    public var tier: Tier?
    public var note: String
    public var verifiedBy: UUID?
    public var verifiedAt: Date?
    public var version: Int
    public var createdAt: Date
    public var updatedAt: Date
}

/// What the enterprise enters for a year.
public struct ProfileFigures: Sendable, Equatable, Codable {
    /// GB/T 4754 industry code: a section letter and 2–4 digits (`I6513`).
    public var industryCode: String
    public var size: EnterpriseSize
    public var staff: Int
    /// Staff doing R&D and related technical work (科技人员).
    public var rdStaff: Int
    public var revenueYuan: Int
    public var rdSpendingYuan: Int
    /// Revenue from high-tech products and services (高新技术产品（服务）收入).
    public var highTechRevenueYuan: Int
    public var assetsYuan: Int
    /// Class I intellectual property (发明专利、植物新品种、集成电路布图设计…).
    public var classOneIP: Int
    /// Class II intellectual property (实用新型、外观设计、软件著作权…).
    public var classTwoIP: Int
    public var foundedYear: Int
    /// Years in its market niche (从事特定细分市场年限).
    public var nicheYears: Int
    /// Main-business revenue as a percentage of revenue.
    public var mainBusinessPercent: Int
    /// New equity financing over the last two years.
    public var equityFinancingYuan: Int
    /// Latest valuation in millions of US dollars (0 if none).
    public var valuationMillionUSD: Int
    public var listed: Bool
    public var district: District
    /// Park or zone (园区), free text.
    public var zone: String
    /// For related-party checks (Art. 23(3)): the legal representative and the shareholders, as entered.
    public var legalRepresentative: String
    public var shareholders: [String]

    public init(industryCode: String, size: EnterpriseSize, staff: Int, rdStaff: Int, revenueYuan: Int, rdSpendingYuan: Int,
                highTechRevenueYuan: Int, assetsYuan: Int, classOneIP: Int, classTwoIP: Int, foundedYear: Int, nicheYears: Int,
                mainBusinessPercent: Int, equityFinancingYuan: Int, valuationMillionUSD: Int, listed: Bool, district: District,
                zone: String, legalRepresentative: String, shareholders: [String]) {
        self.industryCode = industryCode
        self.size = size
        self.staff = staff
        self.rdStaff = rdStaff
        self.revenueYuan = revenueYuan
        self.rdSpendingYuan = rdSpendingYuan
        self.highTechRevenueYuan = highTechRevenueYuan
        self.assetsYuan = assetsYuan
        self.classOneIP = classOneIP
        self.classTwoIP = classTwoIP
        self.foundedYear = foundedYear
        self.nicheYears = nicheYears
        self.mainBusinessPercent = mainBusinessPercent
        self.equityFinancingYuan = equityFinancingYuan
        self.valuationMillionUSD = valuationMillionUSD
        self.listed = listed
        self.district = district
        self.zone = zone
        self.legalRepresentative = legalRepresentative
        self.shareholders = shareholders
    }
}

/// A profile's figures as numbers the criteria read (`Metric`), for one year.
public struct ProfileFacts: Sendable, Equatable {
    public var year: Int
    public var figures: ProfileFigures
    public var tierRank: Int

    public init(year: Int, figures: ProfileFigures, tierRank: Int = 0) {
        self.year = year
        self.figures = figures
        self.tierRank = tierRank
    }

    static func percent(_ part: Int, of whole: Int) -> Double? { whole > 0 ? Double(part) * 100 / Double(whole) : nil }

    /// The value of a metric, or nil when it cannot be computed (a share of zero staff or revenue).
    public func value(_ metric: Metric) -> Double? {
        let f = figures
        switch metric {
        case .staff: return Double(f.staff)
        case .rdStaffPercent: return Self.percent(f.rdStaff, of: f.staff)
        case .revenue: return Double(f.revenueYuan)
        case .assets: return Double(f.assetsYuan)
        case .rdSpending: return Double(f.rdSpendingYuan)
        case .rdIntensityPercent: return Self.percent(f.rdSpendingYuan, of: f.revenueYuan)
        case .highTechRevenuePercent: return Self.percent(f.highTechRevenueYuan, of: f.revenueYuan)
        case .classOneIP: return Double(f.classOneIP)
        case .ipTotal: return Double(f.classOneIP + f.classTwoIP)
        case .ageYears: return Double(max(0, year - f.foundedYear))
        case .nicheYears: return Double(f.nicheYears)
        case .mainBusinessPercent: return Double(f.mainBusinessPercent)
        case .equityFinancing: return Double(f.equityFinancingYuan)
        case .valuationMillionUSD: return Double(f.valuationMillionUSD)
        case .listed: return f.listed ? 1 : 0
        case .techSMEScore: return Double(TechSMEScore.score(self).total)
        case .tierRank: return Double(tierRank)
        }
    }
}
