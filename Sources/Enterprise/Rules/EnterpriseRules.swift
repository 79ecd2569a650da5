import Foundation
import Identity
import KechuangCore

/// The rules of this module, as data; each cites the article it implements.
public enum EnterpriseRules {
    static let tiered = LegalBasis.art(23, 1), vouchers = LegalBasis.art(23, 3)

    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    /// GB/T 4754: a section letter A–T and 2 to 4 digits (`I6513`, `M73`).
    public static func isIndustryCode(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, ("A"..."T").contains(first) else { return false }
        let digits = s.dropFirst()
        return (2...4).contains(digits.count) && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    public struct ProfileCheck: Sendable {
        public var year: Int
        public var figures: ProfileFigures
        public var currentYear: Int
    }

    /// What a yearly profile needs before it can be submitted to the district (Art. 23(1)).
    public static let profile = RuleBook<ProfileCheck>([
        Rule(id: "profile.year.range", basis: tiered, field: "year",
             message: LocalizedText(zh: "年度须为2000年至今年之间", en: "The year is between 2000 and this year")) { !(2000...$0.currentYear).contains($0.year) },
        Rule(id: "profile.industry.code", basis: .standard("GB/T 4754-2017"), field: "industry_code",
             message: LocalizedText(zh: "请按《国民经济行业分类》填写行业代码，如 I6513", en: "Enter the GB/T 4754 industry code, e.g. I6513")) { !isIndustryCode($0.figures.industryCode) },
        Rule(id: "profile.staff.range", basis: tiered, field: "staff",
             message: LocalizedText(zh: "职工总数须为1人以上", en: "Staff is 1 or more")) { $0.figures.staff < 1 },
        Rule(id: "profile.rd_staff.range", basis: tiered, field: "rd_staff",
             message: LocalizedText(zh: "科技人员数须在0至职工总数之间", en: "S&T staff is between 0 and the staff")) { $0.figures.rdStaff < 0 || $0.figures.rdStaff > $0.figures.staff },
        Rule(id: "profile.money.nonnegative", basis: tiered, field: "revenue",
             message: LocalizedText(zh: "收入、研发费用、资产和融资不能为负数", en: "Revenue, R&D spending, assets and financing cannot be negative")) {
            let f = $0.figures
            return [f.revenueYuan, f.rdSpendingYuan, f.highTechRevenueYuan, f.assetsYuan, f.equityFinancingYuan, f.valuationMillionUSD].contains { $0 < 0 }
        },
        Rule(id: "profile.high_tech.within_revenue", basis: tiered, field: "high_tech_revenue",
             message: LocalizedText(zh: "高新技术产品（服务）收入不能超过总收入", en: "High-tech revenue cannot exceed revenue")) { $0.figures.highTechRevenueYuan > $0.figures.revenueYuan },
        Rule(id: "profile.ip.nonnegative", basis: tiered, field: "class_one_ip",
             message: LocalizedText(zh: "知识产权数量不能为负数", en: "IP counts cannot be negative")) { $0.figures.classOneIP < 0 || $0.figures.classTwoIP < 0 },
        Rule(id: "profile.founded.range", basis: tiered, field: "founded_year",
             message: LocalizedText(zh: "成立年份须在1949年至填报年度之间", en: "The founding year is between 1949 and the profile's year")) { !(1949...$0.year).contains($0.figures.foundedYear) },
        Rule(id: "profile.main_business.range", basis: tiered, field: "main_business_percent",
             message: LocalizedText(zh: "主营业务收入占比须在0–100之间", en: "The main-business share is between 0 and 100")) { !(0...100).contains($0.figures.mainBusinessPercent) },
        Rule(id: "profile.niche.range", basis: tiered, field: "niche_years",
             message: LocalizedText(zh: "细分市场年限不能为负数，也不能超过成立年限", en: "Years in the niche cannot be negative or exceed the enterprise's age")) {
            $0.figures.nicheYears < 0 || $0.figures.nicheYears > max(0, $0.year - $0.figures.foundedYear) + 1
        },
        Rule(id: "profile.legal_representative.required", basis: vouchers, field: "legal_representative",
             message: LocalizedText(zh: "请填写法定代表人（用于创新券关联方核查）", en: "Enter the legal representative (for the voucher related-party check)")) { blank($0.figures.legalRepresentative) },
    ])

    /// Refusals of voucher redemption, each citing Art. 23(3) (科技创新券).
    public enum Refusal: String, Sendable, CaseIterable {
        case notHolder = "voucher.redeem.holder"
        case expired = "voucher.redeem.expired"
        case spent = "voucher.redeem.spent"
        case overValue = "voucher.redeem.value"
        case providerInactive = "voucher.redeem.provider"
        case serviceNotOffered = "voucher.redeem.service"
        case relatedParty = "voucher.redeem.related_party"
        case instrumentNotProviders = "voucher.redeem.instrument"
        case notEligible = "voucher.issue.eligible"
        case capPerEnterprise = "voucher.issue.cap_enterprise"
        case budget = "voucher.issue.budget"

        public var field: String {
            switch self {
            case .notHolder, .expired, .spent, .notEligible, .capPerEnterprise, .budget: "voucher"
            case .overValue: "amount"
            case .providerInactive, .relatedParty: "provider"
            case .serviceNotOffered: "service"
            case .instrumentNotProviders: "instrument"
            }
        }

        public var message: LocalizedText {
            switch self {
            case .notHolder: LocalizedText(zh: "该创新券不属于本企业", en: "This voucher does not belong to this enterprise")
            case .expired: LocalizedText(zh: "该创新券已过有效期，不能使用（第二十三条第三款）", en: "This voucher has expired and cannot be used (Art. 23(3))")
            case .spent: LocalizedText(zh: "该创新券已使用，不能重复使用（第二十三条第三款）", en: "This voucher has already been used and cannot be used again (Art. 23(3))")
            case .overValue: LocalizedText(zh: "使用金额须大于0且不超过券面额", en: "The amount is more than 0 and no more than the voucher's value")
            case .providerInactive: LocalizedText(zh: "该机构不是在册的创新券服务机构", en: "This is not a registered voucher service provider")
            case .serviceNotOffered: LocalizedText(zh: "该服务机构未登记提供此类服务", en: "This provider is not registered for this kind of service")
            case .relatedParty: LocalizedText(zh: "服务机构与企业存在关联关系（法定代表人或股东相同），不能使用创新券（第二十三条第三款）",
                                              en: "The provider and the enterprise are related parties (same legal representative or shareholder): vouchers cannot be used between them (Art. 23(3))")
            case .instrumentNotProviders: LocalizedText(zh: "仪器使用服务须选择该服务机构管理的仪器", en: "For instrument use, choose an instrument the provider manages")
            case .notEligible: LocalizedText(zh: "企业不符合本年度创新券申领条件（须有区级核实的年度画像并满足条件）",
                                             en: "The enterprise does not meet this year's voucher conditions (a district-verified profile meeting them is needed)")
            case .capPerEnterprise: LocalizedText(zh: "已达到每家企业的年度创新券上限", en: "The enterprise has reached its voucher cap for the year")
            case .budget: LocalizedText(zh: "本年度创新券总额度已用完", en: "The year's voucher budget is used up")
            }
        }

        public var error: FieldError { FieldError(field: field, rule: rawValue, message: message, basis: vouchers) }
    }

    /// Every rule of this module that cites an article, for the article pages.
    public static var citations: [CitedRule] {
        profile.citations(module: "ENT") + TierCriteria.citations
            + Refusal.allCases.map { CitedRule(id: $0.rawValue, module: "ENT", article: ArticleRef(23, paragraph: 3), message: $0.message, effectiveFrom: .regulationInForce) }
    }
}
