import Foundation
import KechuangCore

/// The points-based permanent-residence assessment for foreign talent (Art. 72) as rule data:
/// each criterion gives points by band, names its source, and the calculator explains every point
/// and what would raise the total. The department publishes a new table (with its effective day)
/// rather than changing one in force.
///
/// The figures are the platform's demonstration table (`source` names the clause of the demo
/// rules); a real table is entered the same way.
public enum PointsAssessment {
    public enum Measure: String, Sendable, Codable, CaseIterable {
        /// Gross annual salary paid in Beijing, 10,000 yuan (万元).
        case salary
        /// Years of continuous work in Beijing.
        case yearsInBeijing = "years_in_beijing"
        /// Highest degree: 0 none, 1 bachelor, 2 master, 3 doctorate.
        case degree
        /// The position answers an entry of the urgently-needed talent catalogue (Art. 40): 0/1.
        case catalogueMatch = "catalogue_match"
        /// Employed by a high-tech enterprise, new R&D institution, university or research institute in Beijing: 0/1.
        case innovationEmployer = "innovation_employer"
        /// HSK level passed (0–6).
        case chinese
        /// Age in years.
        case age
        /// A representative achievement (Art. 41) put to use in Beijing (a licensed patent, a product, an adopted standard): 0/1.
        case achievementInUse = "achievement_in_use"
    }

    public struct Band: Sendable, Equatable {
        public let lower: Int
        public let upper: Int?
        public let points: Int
        public let label: LocalizedText

        public func contains(_ v: Int) -> Bool { v >= lower && (upper.map { v <= $0 } ?? true) }
    }

    public struct Criterion: Sendable, Equatable {
        public let id: String
        public let measure: Measure
        public let label: LocalizedText
        public let bands: [Band]
        /// Whether the person can change it (age cannot be raised).
        public let adjustable: Bool
        public let basis: LegalBasis
        public let source: LocalizedText

        public var maximum: Int { bands.map(\.points).max() ?? 0 }
        public func points(_ value: Int) -> Int { bands.filter { $0.contains(value) }.map(\.points).max() ?? 0 }
    }

    public struct Table: Sendable, Equatable {
        public let effectiveFrom: BeijingDay
        /// Total needed for a recommendation for permanent residence.
        public let threshold: Int
        public let criteria: [Criterion]
    }

    static func band(_ lower: Int, _ upper: Int?, _ points: Int, _ zh: String, _ en: String) -> Band {
        Band(lower: lower, upper: upper, points: points, label: LocalizedText(zh: zh, en: en))
    }

    static func source(_ clause: Int, _ zh: String, _ en: String) -> LocalizedText {
        LocalizedText(zh: "《外籍人才永久居留积分评估规则（示例）》第\(ChineseNumeral.string(clause))条：\(zh)",
                      en: "Points Assessment Rules for Foreign Talent (demo), clause \(clause): \(en)")
    }

    static func yes(_ zh: String, _ en: String, _ points: Int) -> [Band] { [band(1, 1, points, zh, en)] }

    public static let tables: [Table] = [
        Table(effectiveFrom: BeijingDay(year: 2025, month: 1, day: 1) ?? BeijingDay(containing: .regulationInForce), threshold: 70, criteria: [
            Criterion(id: "points.salary", measure: .salary, label: LocalizedText(zh: "在京工资性年收入", en: "Annual salary paid in Beijing"),
                      bands: [band(30, 49, 10, "30 万元及以上", "300,000 yuan or more"), band(50, 99, 20, "50 万元及以上", "500,000 yuan or more"),
                              band(100, nil, 30, "100 万元及以上", "1,000,000 yuan or more")],
                      adjustable: true, basis: .art(72), source: source(3, "工资性年收入分档计分", "points by band of annual salary")),
            Criterion(id: "points.years", measure: .yearsInBeijing, label: LocalizedText(zh: "在京连续工作年限", en: "Years of continuous work in Beijing"),
                      bands: [band(1, 1, 5, "满 1 年", "1 year"), band(2, 2, 10, "满 2 年", "2 years"), band(3, 3, 15, "满 3 年", "3 years"),
                              band(4, nil, 20, "满 4 年及以上", "4 years or more")],
                      adjustable: true, basis: .art(72), source: source(4, "连续工作每满一年计 5 分，最高 20 分", "5 points per full year, at most 20")),
            Criterion(id: "points.degree", measure: .degree, label: LocalizedText(zh: "最高学位", en: "Highest degree"),
                      bands: [band(1, 1, 5, "学士", "Bachelor's"), band(2, 2, 10, "硕士", "Master's"), band(3, 3, 15, "博士", "Doctorate")],
                      adjustable: true, basis: .art(72), source: source(5, "按最高学位计分", "points by highest degree")),
            Criterion(id: "points.catalogue", measure: .catalogueMatch, label: LocalizedText(zh: "岗位属于急需紧缺人才目录（第四十条）", en: "The position is in the urgently-needed talent catalogue (Art. 40)"),
                      bands: yes("属于目录岗位", "In the catalogue", 15),
                      adjustable: true, basis: .art(72), source: source(6, "从事急需紧缺人才目录所列岗位", "working in a position of the urgently-needed talent catalogue")),
            Criterion(id: "points.employer", measure: .innovationEmployer, label: LocalizedText(zh: "受聘于在京创新主体", en: "Employed by an innovation entity in Beijing"),
                      bands: yes("高新技术企业、新型研发机构、高校或科研院所", "High-tech enterprise, new R&D institution, university or research institute", 10),
                      adjustable: true, basis: .art(72), source: source(7, "受聘单位类型", "the employer's kind")),
            Criterion(id: "points.chinese", measure: .chinese, label: LocalizedText(zh: "汉语水平（HSK）", en: "Chinese (HSK level)"),
                      bands: [band(4, 4, 5, "HSK 四级", "HSK 4"), band(5, nil, 10, "HSK 五级及以上", "HSK 5 or higher")],
                      adjustable: true, basis: .art(72), source: source(8, "汉语水平考试等级", "level of the Chinese proficiency test")),
            Criterion(id: "points.age", measure: .age, label: LocalizedText(zh: "年龄", en: "Age"),
                      bands: [band(18, 45, 10, "18–45 岁", "18 to 45"), band(46, 55, 5, "46–55 岁", "46 to 55")],
                      adjustable: false, basis: .art(72), source: source(9, "按年龄段计分", "points by age band")),
            Criterion(id: "points.achievement", measure: .achievementInUse, label: LocalizedText(zh: "代表性成果在京转化应用（第四十一条）", en: "A representative achievement put to use in Beijing (Art. 41)"),
                      bands: yes("有", "Yes", 10),
                      adjustable: true, basis: .art(72), source: source(10, "代表性成果（专利许可、产品、标准等）在京应用，不以论文数量计分", "a representative achievement used in Beijing (licensed patent, product, standard); papers are not counted")),
        ]),
    ]

    /// Where the assessment stands in law, each text checked word for word against the shared
    /// corpus of laws (`laws.jsonl`, ids as given) or the regulation itself: the regulation sets up
    /// the points assessment (Art. 72) and national law provides for permanent residence, but no
    /// official points table for permanent residence is published in the corpus. The table above is
    /// therefore the platform's demonstration table, labelled as such.
    public static let statutoryBasis: [(source: String, article: String, text: String)] = [
        ("《北京国际科技创新中心建设条例》（语料库 lrb-b92ec2df60，本平台所依据的条例）", "第七十二条第一款", "本市完善海外科技人才服务政策，提供签证、工作许可、居留许可等方面的便利服务；实行在华永久居留积分评估制度，吸引优秀外籍创新人才创新创业。"),
        ("《中华人民共和国出境入境管理法》（语料库 lrb-8d5f5f6a12）", "第四十七条", "对中国经济社会发展作出突出贡献或者符合其他在中国境内永久居留条件的外国人，经本人申请和公安部批准，取得永久居留资格。外国人在中国境内永久居留的审批管理办法由公安部、外交部会同国务院有关部门规定。"),
        ("《中华人民共和国科学技术进步法》（语料库 lrb-024f5f0ed3）", "第八十四条第三款", "外籍杰出科学技术人员到中国从事科学技术研究开发工作的，按照国家有关规定，可以优先获得在华永久居留权或者取得中国国籍。"),
    ]

    /// What each criterion of the demonstration table is modelled on, and whether that text was
    /// checked against the corpus. None of these is an official permanent-residence points table.
    public struct Provenance: Sendable, Equatable {
        public let modelledOn: LocalizedText
        public let verifiedInCorpus: Bool
    }

    static func modelled(_ zh: String, _ en: String, verified: Bool = false) -> Provenance {
        Provenance(modelledOn: LocalizedText(zh: zh, en: en), verifiedInCorpus: verified)
    }

    public static let provenance: [String: Provenance] = [
        "points.salary": modelled("参照公安部支持北京创新发展的出入境政策措施（2016年）中“工资性年收入不低于50万元、年缴纳个人所得税不低于10万元”的永久居留申请条件设档；未与语料库核对（语料库未收录）",
                                  "Bands modelled on the Ministry of Public Security's 2016 exit-entry measures for Beijing (salary of 500,000 yuan and 100,000 yuan of income tax a year); not checked against the corpus, which does not hold them"),
        "points.years": modelled("参照《外国人在中国永久居留审批管理办法》（2004年）第六条“连续任职满四年、四年内在中国居留累计不少于三年”；未与语料库核对（语料库未收录）",
                                 "Modelled on Art. 6 of the 2004 Measures on Permanent Residence Approval (four years in post, three of them in China); not checked against the corpus, which does not hold them"),
        "points.degree": modelled("参照《外国人来华工作分类标准（试行）》计点积分中的学历要素（该表用于工作许可，不是永久居留积分表）；未与语料库核对",
                                  "Modelled on the education points of the work-permit classification for foreigners (a work-permit table, not a permanent-residence one); not checked against the corpus"),
        "points.catalogue": modelled("平台设定：与条例第四十条急需紧缺人才目录衔接（条例原文已核对）", "The platform's choice, linking to the regulation's Art. 40 catalogue (the regulation's text checked)", verified: true),
        "points.employer": modelled("平台设定：受聘于在京创新主体；未与官方积分表核对（无官方表）", "The platform's choice: employed by an innovation entity in Beijing; no official table to check against"),
        "points.chinese": modelled("参照《外国人来华工作分类标准（试行）》计点积分中的汉语水平要素；未与语料库核对", "Modelled on the Chinese-proficiency points of the work-permit classification; not checked against the corpus"),
        "points.age": modelled("参照《外国人来华工作分类标准（试行）》计点积分中的年龄要素；未与语料库核对", "Modelled on the age points of the work-permit classification; not checked against the corpus"),
        "points.achievement": modelled("平台设定：依条例第四十一条代表性成果评价和第五十条第一款不以论文数量评价（条例原文已核对）",
                                       "The platform's choice, from the regulation's Art. 41 (representative achievements) and Art. 50(1) (no paper counts); the regulation's text checked", verified: true),
    ]

    /// The table in force on `day` (the latest that started on or before it; the first otherwise).
    public static func table(on day: BeijingDay) -> Table {
        tables.filter { $0.effectiveFrom <= day }.max { $0.effectiveFrom < $1.effectiveFrom } ?? tables[0]
    }

    /// What the person enters; nil is "not given" and scores nothing.
    public typealias Facts = [Measure: Int]

    public struct Line: Sendable, Equatable {
        public let criterion: Criterion
        public let value: Int?
        public let points: Int
        /// The band that gave the points, if any.
        public let band: Band?
        /// The nearest band giving more points, and how many more, when the person can reach it.
        public let next: (band: Band, gain: Int)?

        public static func == (a: Line, b: Line) -> Bool {
            a.criterion == b.criterion && a.value == b.value && a.points == b.points && a.band == b.band && a.next?.band == b.next?.band && a.next?.gain == b.next?.gain
        }
    }

    public struct Result: Sendable, Equatable {
        public let table: Table
        public let lines: [Line]
        public var total: Int { lines.reduce(0) { $0 + $1.points } }
        public var eligible: Bool { total >= table.threshold }
        public var shortfall: Int { max(0, table.threshold - total) }
        /// Ways to raise the total, largest gain first.
        public var raises: [Line] { lines.filter { $0.next != nil }.sorted { ($0.next?.gain ?? 0, $1.criterion.id) > ($1.next?.gain ?? 0, $0.criterion.id) } }
    }

    /// Scores the facts against the table in force on `day`: every criterion is a line with its
    /// points, its band and its source; pure.
    public static func assess(_ facts: Facts, on day: BeijingDay) -> Result {
        let table = table(on: day)
        let lines = table.criteria.map { c -> Line in
            let value = facts[c.measure]
            let points = value.map(c.points) ?? 0
            let band = value.flatMap { v in c.bands.filter { $0.contains(v) }.max { $0.points < $1.points } }
            var next: (Band, Int)?
            if c.adjustable {
                let current = value ?? 0
                next = c.bands.filter { $0.points > points && ($0.upper ?? Int.max) >= current }
                    .min { ($0.lower, $0.points) < ($1.lower, $1.points) }.map { ($0, $0.points - points) }
            }
            return Line(criterion: c, value: value, points: points, band: band, next: next)
        }
        return Result(table: table, lines: lines)
    }

    public static var citations: [CitedRule] {
        tables.flatMap(\.criteria).compactMap { c in
            guard case .article(let ref) = c.basis else { return nil }
            return CitedRule(id: c.id, module: "TAL", article: ref, message: c.label, effectiveFrom: .regulationInForce)
        }
    }
}
