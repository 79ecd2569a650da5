import Foundation
import KechuangCore

/// The tiers of S&T enterprise cultivation (Art. 23(1)), lowest first.
public enum Tier: String, Sendable, Codable, CaseIterable, Comparable {
    case techSME = "tech_sme", highTech = "high_tech", specialised, littleGiant = "little_giant", unicorn

    public var rank: Int { (Tier.allCases.firstIndex(of: self) ?? 0) + 1 }
    public init?(rank: Int) {
        guard rank >= 1 && rank <= Tier.allCases.count else { return nil }
        self = Tier.allCases[rank - 1]
    }
    public static func < (a: Tier, b: Tier) -> Bool { a.rank < b.rank }

    public var label: LocalizedText {
        switch self {
        case .techSME: LocalizedText(zh: "科技型中小企业", en: "Tech-based SME")
        case .highTech: LocalizedText(zh: "高新技术企业", en: "High and new technology enterprise")
        case .specialised: LocalizedText(zh: "专精特新中小企业", en: "Specialised, refined, distinctive and innovative SME")
        case .littleGiant: LocalizedText(zh: "专精特新“小巨人”企业", en: "“Little giant” enterprise")
        case .unicorn: LocalizedText(zh: "独角兽企业", en: "Unicorn")
        }
    }

    public var next: Tier? { Tier(rank: rank + 1) }
}

/// One tier's criteria, in force from a date: a new version is added, never edited in place.
public struct TierRuleSet: Sendable, Equatable {
    public var tier: Tier
    public var version: String
    public var effectiveFrom: Date
    public var criteria: [Criterion]
    /// Criteria of the source document the platform cannot judge from the profile's figures
    /// (qualitative ones, or ones needing figures the profile does not hold): listed so the
    /// result never looks complete without them; the district checks them when it verifies.
    public var checkedByDistrict: [LocalizedText] = []
}

/// A profile judged against every tier: the highest tier met, and for each tier every criterion.
public struct TierEvaluation: Sendable, Equatable {
    public var year: Int
    public var results: [(tier: Tier, version: String, criteria: [CriterionResult])]
    /// The highest tier whose criteria are all met.
    public var reached: Tier?
    /// The tier above the one reached and the criteria that keep the enterprise from it.
    public var next: Tier?
    public var missing: [CriterionResult]

    public static func == (a: TierEvaluation, b: TierEvaluation) -> Bool {
        a.year == b.year && a.reached == b.reached && a.missing == b.missing
    }

    public func criteria(of tier: Tier) -> [CriterionResult] { results.first { $0.tier == tier }?.criteria ?? [] }
    public func meets(_ tier: Tier) -> Bool { let c = criteria(of: tier); return !c.isEmpty && c.allSatisfy(\.met) }
}

/// The national criteria for each tier, as versioned data citing their source documents
/// (imported into the policy library by `CriteriaDocuments`). Art. 23(1): tiered cultivation.
public enum TierCriteria {
    static let since2024 = Date.regulationInForce
    /// 2026-01-01 00:00 in Beijing.
    static let since2026 = Date(timeIntervalSince1970: 1_767_196_800)

    static func source(_ doc: CriteriaDocuments.Document, article: String?, _ zh: String, _ en: String) -> SourceRef {
        SourceRef(documentID: doc.id, titleZh: doc.title, article: article, placeZh: zh, placeEn: en)
    }

    static let sme = CriteriaDocuments.techSME, hnte = CriteriaDocuments.highTech, msme = CriteriaDocuments.quality

    static func c(_ id: String, _ zh: String, _ en: String, _ conditions: [Condition], _ source: SourceRef?, _ basis: ArticleRef = ArticleRef(23, paragraph: 1)) -> Criterion {
        Criterion(id: id, label: LocalizedText(zh: zh, en: en), anyOf: conditions, source: source, basis: basis)
    }

    /// Every version of every tier's criteria. Append a new version; never change one in force.
    public static let all: [TierRuleSet] = [
        TierRuleSet(tier: .techSME, version: "2017", effectiveFrom: since2024, criteria: [
            c("tech_sme.staff", "职工总数不超过500人", "No more than 500 staff", [Condition(.staff, .atMost, 500)],
              source(sme, article: "第六条", "第六条第（二）项", "Art. 6 item 2")),
            c("tech_sme.revenue", "年销售收入不超过2亿元", "Annual revenue of no more than 200 million yuan", [Condition(.revenue, .atMost, 200_000_000)],
              source(sme, article: "第六条", "第六条第（二）项", "Art. 6 item 2")),
            c("tech_sme.assets", "资产总额不超过2亿元", "Total assets of no more than 200 million yuan", [Condition(.assets, .atMost, 200_000_000)],
              source(sme, article: "第六条", "第六条第（二）项", "Art. 6 item 2")),
            c("tech_sme.score", "评价指标综合得分不低于60分", "An evaluation score of at least 60", [Condition(.techSMEScore, .atLeast, 60)],
              source(sme, article: "第八条", "第六条第（五）项、第八条", "Art. 6 item 5, Art. 8")),
            c("tech_sme.staff_score", "科技人员指标得分不得为0分（科技人员占比不低于10%）", "The S&T staff score is not 0 (at least 10% S&T staff)",
              [Condition(.rdStaffPercent, .atLeast, 10)], source(sme, article: "第八条", "第六条第（五）项、第八条第（一）项", "Art. 6 item 5, Art. 8 item 1")),
        ]),
        TierRuleSet(tier: .highTech, version: "2016", effectiveFrom: since2024, criteria: [
            c("high_tech.age", "注册成立一年以上", "Registered for more than a year", [Condition(.ageYears, .atLeast, 1)],
              source(hnte, article: "第十一条", "第十一条第（一）项", "Art. 11 item 1")),
            c("high_tech.ip", "拥有对主要产品（服务）发挥核心支持作用的知识产权", "Owns intellectual property at the core of its main products",
              [Condition(.ipTotal, .atLeast, 1)], source(hnte, article: "第十一条", "第十一条第（二）项", "Art. 11 item 2")),
            c("high_tech.staff", "科技人员占职工总数比例不低于10%", "S&T staff at least 10% of staff", [Condition(.rdStaffPercent, .atLeast, 10)],
              source(hnte, article: "第十一条", "第十一条第（四）项", "Art. 11 item 4")),
            c("high_tech.rd", "研究开发费用占销售收入比例（按收入分档：5000万元以下5%，2亿元以下4%，2亿元以上3%）",
              "R&D spending as a share of revenue by revenue band (5% up to 50 million, 4% up to 200 million, 3% above)",
              [Condition(.rdIntensityPercent, .atLeast, 3, bands: [RevenueBand(revenueUpTo: 50_000_000, threshold: 5),
                                                                   RevenueBand(revenueUpTo: 200_000_000, threshold: 4),
                                                                   RevenueBand(revenueUpTo: nil, threshold: 3)])],
              source(hnte, article: "第十一条", "第十一条第（五）项", "Art. 11 item 5")),
            c("high_tech.products", "高新技术产品（服务）收入占总收入比例不低于60%", "High-tech products and services at least 60% of revenue",
              [Condition(.highTechRevenuePercent, .atLeast, 60)], source(hnte, article: "第十一条", "第十一条第（六）项", "Art. 11 item 6")),
        ]),
        TierRuleSet(tier: .specialised, version: "2022", effectiveFrom: since2024, criteria: [
            c("specialised.niche", "从事特定细分市场时间达到2年以上", "At least 2 years in its market niche", [Condition(.nicheYears, .atLeast, 2)],
              source(msme, article: nil, "附件2 第一项", "Annex 2 item 1"), ArticleRef(23, paragraph: 2)),
            c("specialised.rd_spending", "上年度研发费用总额不低于100万元", "R&D spending of at least 1 million yuan last year",
              [Condition(.rdSpending, .atLeast, 1_000_000)], source(msme, article: nil, "附件2 第二项", "Annex 2 item 2"), ArticleRef(23, paragraph: 2)),
            c("specialised.rd_intensity", "研发费用占营业收入比重不低于3%", "R&D spending at least 3% of revenue",
              [Condition(.rdIntensityPercent, .atLeast, 3)], source(msme, article: nil, "附件2 第二项", "Annex 2 item 2"), ArticleRef(23, paragraph: 2)),
            c("specialised.revenue", "上年度营业收入1000万元以上，或近2年新增股权融资2000万元以上", "Revenue above 10 million yuan, or 20 million yuan of new equity in two years",
              [Condition(.revenue, .atLeast, 10_000_000), Condition(.equityFinancing, .atLeast, 20_000_000)],
              source(msme, article: nil, "附件2 第三项", "Annex 2 item 3"), ArticleRef(23, paragraph: 2)),
        ]),
        TierRuleSet(tier: .littleGiant, version: "2022", effectiveFrom: since2024, criteria: [
            c("little_giant.niche", "从事特定细分市场时间达到3年以上", "At least 3 years in its market niche", [Condition(.nicheYears, .atLeast, 3)],
              source(msme, article: nil, "附件3 第一项", "Annex 3 item 1"), ArticleRef(23, paragraph: 2)),
            c("little_giant.main_business", "主营业务收入占营业收入比重不低于70%", "Main business at least 70% of revenue",
              [Condition(.mainBusinessPercent, .atLeast, 70)], source(msme, article: nil, "附件3 第一项", "Annex 3 item 1"), ArticleRef(23, paragraph: 2)),
            c("little_giant.scale", "营业收入5000万元以上，或近2年新增股权融资8000万元以上", "Revenue above 50 million yuan, or 80 million yuan of new equity in two years",
              [Condition(.revenue, .atLeast, 50_000_000), Condition(.equityFinancing, .atLeast, 80_000_000)],
              source(msme, article: nil, "附件3 第四项", "Annex 3 item 4"), ArticleRef(23, paragraph: 2)),
            c("little_giant.rd", "研发费用占营业收入比重（1亿元以下6%，1亿元以上3%）", "R&D spending as a share of revenue (6% up to 100 million yuan, 3% above)",
              [Condition(.rdIntensityPercent, .atLeast, 3, bands: [RevenueBand(revenueUpTo: 100_000_000, threshold: 6),
                                                                   RevenueBand(revenueUpTo: nil, threshold: 3)])],
              source(msme, article: nil, "附件3 第四项", "Annex 3 item 4"), ArticleRef(23, paragraph: 2)),
            c("little_giant.ip", "拥有2项以上与主导产品相关的Ⅰ类知识产权", "At least 2 class I IP rights related to its main products",
              [Condition(.classOneIP, .atLeast, 2)], source(msme, article: nil, "附件3 第四项", "Annex 3 item 4"), ArticleRef(23, paragraph: 2)),
        ]),
        // 2026: the two 专精特新 tiers completed from 工信部企业〔2022〕63号 附件2 and 附件3 (see
        // `CriteriaDocuments.quality` for what was checked against which text). The little giant's
        // innovation criterion is three revenue bands; below 50 million yuan three conditions hold together.
        TierRuleSet(tier: .specialised, version: "2022-r2026", effectiveFrom: since2026, criteria: [
            c("specialised.niche", "从事特定细分市场时间达到2年以上", "At least 2 years in its market niche", [Condition(.nicheYears, .atLeast, 2)],
              source(msme, article: nil, "附件2 第一项", "Annex 2 item 1"), ArticleRef(23, paragraph: 2)),
            c("specialised.rd_spending", "上年度研发费用总额不低于100万元", "R&D spending of at least 1 million yuan last year",
              [Condition(.rdSpending, .atLeast, 1_000_000)], source(msme, article: nil, "附件2 第二项", "Annex 2 item 2"), ArticleRef(23, paragraph: 2)),
            c("specialised.rd_intensity", "研发费用占营业收入总额比重不低于3%", "R&D spending at least 3% of revenue",
              [Condition(.rdIntensityPercent, .atLeast, 3)], source(msme, article: nil, "附件2 第二项", "Annex 2 item 2"), ArticleRef(23, paragraph: 2)),
            c("specialised.revenue", "上年度营业收入总额1000万元以上，或1000万元以下但近2年新增股权融资总额（合格机构投资者实缴额）2000万元以上",
              "Revenue of 10 million yuan or more, or below that with 20 million yuan of new equity from qualified investors in two years",
              [Condition(.revenue, .atLeast, 10_000_000), Condition(.equityFinancing, .atLeast, 20_000_000)],
              source(msme, article: nil, "附件2 第三项", "Annex 2 item 3"), ArticleRef(23, paragraph: 2)),
        ], checkedByDistrict: [
            LocalizedText(zh: "附件2 第四项：评价得分达到60分以上（专业化、精细化、特色化、创新能力四类指标），或满足直通条件之一（近三年省级科技奖励前三或国家级科技奖励前五；近两年研发费用均值1000万元以上；近两年新增股权融资6000万元以上；近三年进入“创客中国”大赛全国500强企业组名单）",
                          en: "Annex 2 item 4: an evaluation score of 60 or more (specialisation, refinement, distinctiveness, innovation), or one of the direct routes (a provincial S&T award among the first three units or a national one among the first five in three years; R&D spending averaging 10 million yuan over two years; 60 million yuan of new equity in two years; the national top 500 of the Maker China contest in three years)"),
        ]),
        TierRuleSet(tier: .littleGiant, version: "2022-r2026", effectiveFrom: since2026, criteria: [
            c("little_giant.niche", "截至上年末从事特定细分市场时间达到3年及以上", "At least 3 years in its market niche at the end of last year", [Condition(.nicheYears, .atLeast, 3)],
              source(msme, article: nil, "附件3 第一项", "Annex 3 item 1"), ArticleRef(23, paragraph: 2)),
            c("little_giant.main_business", "主营业务收入总额占营业收入总额比重不低于70%", "Main business at least 70% of revenue",
              [Condition(.mainBusinessPercent, .atLeast, 70)], source(msme, article: nil, "附件3 第一项", "Annex 3 item 1"), ArticleRef(23, paragraph: 2)),
            c("little_giant.rd_intensity", "研发费用占营业收入总额比重：营业收入1亿元以上不低于3%，5000万元至1亿元不低于6%（5000万元以下见以下三项）",
              "R&D spending as a share of revenue: at least 3% with revenue of 100 million yuan or more, 6% from 50 to 100 million (below 50 million, the next three criteria)",
              [Condition(.rdIntensityPercent, .atLeast, 3, bands: [RevenueBand(revenueUpTo: 49_999_999, threshold: 0), RevenueBand(revenueUpTo: 99_999_999, threshold: 6),
                                                                   RevenueBand(revenueUpTo: nil, threshold: 3)])],
              source(msme, article: nil, "附件3 第四项", "Annex 3 item 4"), ArticleRef(23, paragraph: 2)),
            c("little_giant.small_equity", "营业收入5000万元以下的：近2年新增股权融资总额（合格机构投资者实缴额）8000万元以上",
              "Revenue below 50 million yuan: 80 million yuan of new equity from qualified investors in two years",
              [Condition(.equityFinancing, .atLeast, 0, bands: [RevenueBand(revenueUpTo: 49_999_999, threshold: 80_000_000), RevenueBand(revenueUpTo: nil, threshold: 0)])],
              source(msme, article: nil, "附件3 第四项", "Annex 3 item 4"), ArticleRef(23, paragraph: 2)),
            c("little_giant.small_rd", "营业收入5000万元以下的：研发费用总额3000万元以上", "Revenue below 50 million yuan: R&D spending of 30 million yuan or more",
              [Condition(.rdSpending, .atLeast, 0, bands: [RevenueBand(revenueUpTo: 49_999_999, threshold: 30_000_000), RevenueBand(revenueUpTo: nil, threshold: 0)])],
              source(msme, article: nil, "附件3 第四项", "Annex 3 item 4"), ArticleRef(23, paragraph: 2)),
            c("little_giant.small_rd_staff", "营业收入5000万元以下的：研发人员占职工总数比重50%以上", "Revenue below 50 million yuan: R&D staff at least 50% of staff",
              [Condition(.rdStaffPercent, .atLeast, 0, bands: [RevenueBand(revenueUpTo: 49_999_999, threshold: 50), RevenueBand(revenueUpTo: nil, threshold: 0)])],
              source(msme, article: nil, "附件3 第四项", "Annex 3 item 4"), ArticleRef(23, paragraph: 2)),
            c("little_giant.ip", "拥有2项以上与主导产品相关的Ⅰ类知识产权", "At least 2 class I IP rights related to its main products",
              [Condition(.classOneIP, .atLeast, 2)], source(msme, article: nil, "附件3 第四项", "Annex 3 item 4"), ArticleRef(23, paragraph: 2)),
        ], checkedByDistrict: [
            LocalizedText(zh: "附件3 第一项：近2年主营业务收入平均增长率不低于5%", en: "Annex 3 item 1: main-business revenue growing 5% a year or more over two years"),
            LocalizedText(zh: "附件3 第二项（精细化）：数字化水平二级以上；通过质量管理体系认证；截至上年末资产负债率不高于70%",
                          en: "Annex 3 item 2 (refinement): digital maturity level 2 or higher; a certified quality management system; debt at most 70% of assets at the end of last year"),
            LocalizedText(zh: "附件3 第三项（特色化）：主导产品全国细分市场占有率10%以上；拥有直接面向市场并具有竞争优势的自主品牌",
                          en: "Annex 3 item 3 (distinctiveness): a national share of 10% or more in its niche; its own competitive brand"),
            LocalizedText(zh: "附件3 第四项：自建或与高校、科研机构联合建立研发机构；Ⅰ类知识产权实际应用并已产生经济效益；研发比例须近2年均达到（平台按当年数据判断）",
                          en: "Annex 3 item 4: an R&D unit of its own or with a university or institute; the class I IP in use with economic returns; the R&D shares must hold in both of the last two years (the platform judges the year entered)"),
            LocalizedText(zh: "附件3 第五项、第六项：位于产业链关键环节、配套能力；主导产品属于重点领域",
                          en: "Annex 3 items 5 and 6: a key link of its supply chain; main products in the priority fields"),
        ]),
        // No national document defines the unicorn: the platform uses the common definition and
        // cites the regulation's tiered cultivation itself (Art. 23(1)).
        TierRuleSet(tier: .unicorn, version: "2024", effectiveFrom: since2024, criteria: [
            c("unicorn.age", "成立不超过10年", "Founded no more than 10 years ago", [Condition(.ageYears, .atMost, 10)], nil),
            c("unicorn.unlisted", "尚未上市", "Not listed", [Condition(.listed, .equals, 0)], nil),
            c("unicorn.valuation", "企业估值不低于10亿美元", "Valued at US$1 billion or more", [Condition(.valuationMillionUSD, .atLeast, 1000)], nil),
        ]),
    ]

    /// The version of each tier's criteria in force at a date.
    public static func inForce(at date: Date) -> [TierRuleSet] {
        Tier.allCases.compactMap { tier in all.filter { $0.tier == tier && $0.effectiveFrom <= date }.max { $0.effectiveFrom < $1.effectiveFrom } }
    }

    /// Judges the facts against every tier in force: the highest tier whose criteria are all met,
    /// and the criteria of the next tier that are not.
    public static func evaluate(_ facts: ProfileFacts, at date: Date) -> TierEvaluation {
        let sets = inForce(at: date)
        let results = sets.map { (tier: $0.tier, version: $0.version, criteria: $0.criteria.map { c in c.evaluate(facts) }) }
        let reached = results.filter { $0.criteria.allSatisfy(\.met) }.map(\.tier).max()
        let next = reached.map { $0.next } ?? Tier.techSME
        let missing = next.map { n in results.first { $0.tier == n }?.criteria.filter { !$0.met } ?? [] } ?? []
        return TierEvaluation(year: facts.year, results: results, reached: reached, next: next, missing: missing)
    }

    public static var citations: [CitedRule] {
        all.flatMap { set in set.criteria.map { CitedRule(id: $0.id, module: "ENT", article: $0.basis, message: $0.label, effectiveFrom: set.effectiveFrom) } }
    }
}

/// 科技型中小企业评价办法 第八条: the evaluation score from three indicators (100 points).
public enum TechSMEScore {
    /// (at least %, points), highest first.
    public static let staffBands: [(Double, Int)] = [(30, 20), (25, 16), (20, 12), (15, 8), (10, 4)]
    public static let rdBands: [(Double, Int)] = [(6, 50), (5, 40), (4, 30), (3, 20), (2, 10)]

    public struct Score: Sendable, Equatable {
        public var staff: Int
        public var rd: Int
        public var ip: Int
        public var total: Int { staff + rd + ip }
    }

    static func points(_ value: Double?, _ bands: [(Double, Int)]) -> Int {
        guard let value else { return 0 }
        return bands.first { value >= $0.0 - 1e-9 }?.1 ?? 0
    }

    public static func score(_ facts: ProfileFacts) -> Score {
        let f = facts.figures
        let ip: Int = f.classOneIP >= 1 ? 30 : [0, 6, 12, 18, 24][min(f.classTwoIP, 4)]
        return Score(staff: points(ProfileFacts.percent(f.rdStaff, of: f.staff), staffBands),
                     rd: points(ProfileFacts.percent(f.rdSpendingYuan, of: f.revenueYuan), rdBands), ip: ip)
    }
}
