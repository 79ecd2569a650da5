import Foundation

// MARK: - Public API

/// One restrictive or preferential condition found in a call guideline (申报指南).
///
/// `start`/`end` are offsets in Swift `Character`s into the text given to `CallLinter.lint`,
/// so `Array(text)[start..<end]` is exactly `text`.
public struct LintFinding: Sendable, Equatable, Codable {
    public enum Severity: String, Sendable, Codable { case block, warn }
    /// The article the condition offends, in the platform's short form: `"50(1)"`, `"5"`, `"72(2)"`.
    public let article: String
    public let severity: Severity
    public let start: Int
    public let end: Int
    /// The flagged clause, exactly as written.
    public let text: String
    /// A stable rule id, e.g. `title.required`.
    public let rule: String
    public let message_zh: String
    public let message_en: String

    public init(article: String, severity: Severity, start: Int, end: Int, text: String,
                rule: String, message_zh: String, message_en: String) {
        self.article = article
        self.severity = severity
        self.start = start
        self.end = end
        self.text = text
        self.rule = rule
        self.message_zh = message_zh
        self.message_en = message_en
    }
}

/// Finds application conditions that the regulation forbids in the free text of a call guideline:
/// professional titles, papers, awards and honorary talent titles as restrictive conditions
/// (Art. 50(1)), conditions on ownership (Art. 5) and on nationality (Art. 72(2)).
///
/// How it reads a text:
/// 1. Normalise: full-width ASCII to half-width, quotes (“” "" 「」 『』 ‘’) dropped, stray spaces
///    between Chinese characters dropped; every normalised character remembers its original offset.
/// 2. Split into clauses at `，；：。！？` and line breaks (and before 但), sentences at `；。！？`
///    and line breaks. A clause ending in `：` or a short numbered line is a section header: a
///    header about 申报条件/资格/对象 puts the following items in "condition" mode, one about
///    考核指标/预期成果 in "output" mode; the mode lasts over the numbered items that follow
///    (1. （一） ① …) and ends at the first line that is not one.
/// 3. Find trigger words of each topic (`CallLinter.topics`) and context markers (`CallLinter.markers`),
///    each by leftmost-longest match so that 职称评审 hides 职称, 不得低于 hides 不得, 有限公司 hides 限.
/// 4. Decide per clause and topic (`CallLinter.profiles` says which markers count where):
///    negation or permissive meta-phrasing (不限, 不作为, 不以…为条件, 不得将, 破除…) clears the clause;
///    a process, reviewer or integrity context (职称评审, 评审专家, 论文须标注, 奖励提名) clears it;
///    an output context (预期成果, 考核指标, 执行期内) clears it unless a past window (近五年) shows the
///    applicant's record is meant; then exclusion/only (不得, 仅限, 方可) → block; a preference
///    (优先, 加分, 倾斜, 同等条件下) → warn; encouragement (鼓励) → nothing; a modal, threshold or
///    "condition" word (须, 应, 要求, 以上, 不少于, 门槛) → block; permission (可以, 均可) → nothing,
///    unless the clause defines who may apply by possession (具有…的均可申报) → block; possession
///    (具有, 获得, 入选, 近五年…) → block when it describes the applicant (a subject such as 申请人,
///    a modal earlier in the sentence, a conditions section, or a list item that starts with it).
/// 5. A clause without triggers that only adds 不得/仅/优先 (“…，但不得担任项目负责人”, “同等条件下，…”)
///    is read together with its neighbour, and the finding spans both.
public enum CallLinter: Sendable {
    public static func lint(_ text: String) -> [LintFinding] {
        let doc = NormalizedText(text)
        guard !doc.chars.isEmpty else { return [] }
        let engine = Engine(doc: doc)
        return engine.run()
    }
}

/// Non-capturing "no clause delimiter" character class used in patterns (text is normalised to ASCII punctuation).
private let NC = "[^,;:。!?\\n]"

// Everything below is internal and nested in `CallLinter`, so that it cannot clash with other
// types of the Projects module or of the modules it imports.
extension CallLinter {
    // MARK: - Rule table (data)

    enum LintTopic: String, Sendable, CaseIterable {
        case title, paper, award, honour, ownership, nationality
    }

    /// One row of the rule table: what is reported when a topic's condition is found at a severity.
    struct LintRule: Sendable {
        let id: String
        let article: String
        let severity: LintFinding.Severity
        let topic: LintTopic
        let zh: String
        let en: String
    }

    /// How a trigger word relates to a condition: which context markers make it one (see `CallLinter.profiles`).
    enum TriggerPolarity: Sendable {
        /// A personal merit (title, papers, award, honour): any modal, threshold or possession about the applicant.
        case merit
        /// A group that a condition admits (国有企业, 中国国籍): restriction = modal/possession before it, or 仅/不得.
        case admitted
        /// A group a condition may shut out but that may also be addressed directly (外籍人员):
        /// only 不得/不予/除外, or 仅 after it, restrict; 外籍人员须持有工作许可 is not a restriction.
        case excludable
        /// A share threshold (外资持股比例, 国有资本控股比例): any bound restricts.
        case share
        /// A bare adjective (外资, 民营, 外商投资) that may only describe something else (外商投资信息报告):
        /// only 不得/仅/优先 make it a condition.
        case mention
    }

    struct TriggerSpec: Sendable {
        let pattern: String
        let polarity: TriggerPolarity
        /// Which group the trigger names (ownership: state/private/foreign/…; nationality: home/foreign).
        /// A clause that names two groups and allows them (均可) is equal treatment, not a restriction.
        let group: String
    }

    struct TopicLexicon: Sendable {
        let topic: LintTopic
        let triggers: [TriggerSpec]
        /// Compounds that contain or overlap a trigger but are not one (职称评审, 国有资产, 院士工作站):
        /// a trigger that overlaps a match of one of these is dropped.
        let cancels: [String]
        /// Contexts in which the topic is never an application condition: process, reviewers, integrity.
        let hardContext: [String]
        /// Output contexts (the project will publish papers): not a condition unless a past window is named.
        let softContext: [String]
        /// Groups that together cover everyone: a clause naming all of them (中国公民或外籍科学家)
        /// treats them equally unless it also excludes (不得) or limits (仅).
        var partition: Set<String> = []
    }

    enum MarkerKind: Sendable, Hashable {
        case neutral        // consumes look-alikes: 应用, 有限, 不限于, 人才, 以上条件 …
        case negation       // 不限, 不作为, 不以…为, 不得将, 破除, 不受…限制, 一视同仁 …
        case encourage      // 鼓励, 欢迎
        case allow          // 可以, 均可, 可牵头
        case preference     // 优先, 加分, 倾斜, 同等条件下
        case modal          // 须, 应, 需, 必须, 要求, 原则上
        case only           // 仅限, 限, 只能, 方可
        case exclusion      // 不得, 不予, 不能, 除外, 不接受
        case threshold      // 以上, 不少于, 不低于, 至少, N篇
        case bound          // 不超过, 低于, 以下 (only for shares)
        case conditionWord  // 条件, 门槛, 前提
        case possession     // 具有, 具备, 获得, 入选, 担任, (申请人)为
        case qualifier      // 获得者, 入选者, 获奖者
        case past           // 曾, 已, 发表过, 以来
        case timeWindow     // 近五年, 近3年
        case subject        // 申请人, 项目负责人, 申报单位 …
    }

    enum MarkerPosition: Sendable {
        case anywhere, before, after
        /// Before the trigger with a linking verb between (须**为**国有企业, 应**具有**中国国籍, 须**由**…牵头),
        /// so that 应充分听取民营企业意见 is not read as a condition on ownership.
        case beforeLinked
    }

    enum EvidenceStrength: Int, Sendable, Comparable {
        case weak = 0, prefer, block, strong
        static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    struct Evidence: Sendable {
        let position: MarkerPosition
        let strength: EvidenceStrength
    }


    /// The reported rules: one `required` (block) and one `preferred` (warn) per topic.
    static let rules: [LintRule] = [
        LintRule(id: "title.required", article: "50(1)", severity: .block, topic: .title,
                 zh: "不得将职称作为申报的限制性条件（第五十条第一款）。请删除职称要求。",
                 en: "A professional title may not be a restrictive condition of application (Art. 50(1)). Remove the title requirement."),
        LintRule(id: "title.preferred", article: "50(1)", severity: .warn, topic: .title,
                 zh: "以职称作为优先或加分条件，仍以职称评价申报人，与第五十条第一款的要求不符。请删除或说明依据。",
                 en: "Preferring or scoring applicants by professional title still selects them by title, contrary to Art. 50(1). Remove it or state the basis."),
        LintRule(id: "paper.required", article: "50(1)", severity: .block, topic: .paper,
                 zh: "不得将论文（数量、期刊级别、影响因子等）作为申报的限制性条件（第五十条第一款）。",
                 en: "Papers (counts, journal rank, impact factor) may not be a restrictive condition of application (Art. 50(1))."),
        LintRule(id: "paper.preferred", article: "50(1)", severity: .warn, topic: .paper,
                 zh: "以论文作为优先或加分条件，仍以论文评价申报人，与第五十条第一款的要求不符。可改为代表性成果评价。",
                 en: "Preferring or scoring applicants by papers still selects them by papers, contrary to Art. 50(1); consider representative achievements instead."),
        LintRule(id: "award.required", article: "50(1)", severity: .block, topic: .award,
                 zh: "不得将奖项作为申报的限制性条件（第五十条第一款）。",
                 en: "Awards may not be a restrictive condition of application (Art. 50(1))."),
        LintRule(id: "award.preferred", article: "50(1)", severity: .warn, topic: .award,
                 zh: "以获奖情况作为优先或加分条件，仍以奖项评价申报人，与第五十条第一款的要求不符。请删除或说明依据。",
                 en: "Preferring or scoring applicants for awards still selects them by awards, contrary to Art. 50(1). Remove it or state the basis."),
        LintRule(id: "honour.required", article: "50(1)", severity: .block, topic: .honour,
                 zh: "不得将人才称号（“帽子”）、院士等荣誉作为申报的限制性条件（第五十条第一款）。",
                 en: "Talent titles and honours (academician, talent programmes) may not be a restrictive condition of application (Art. 50(1))."),
        LintRule(id: "honour.preferred", article: "50(1)", severity: .warn, topic: .honour,
                 zh: "以人才称号或荣誉作为优先或加分条件，与第五十条第一款的要求不符。请删除或说明依据。",
                 en: "Preferring or scoring applicants for talent titles or honours is contrary to Art. 50(1). Remove it or state the basis."),
        LintRule(id: "ownership.restricted", article: "5", severity: .block, topic: .ownership,
                 zh: "按所有制（国有、民营、外资等）限制申报，妨碍创新主体平等获取创新资源（第五条）。请删除或写明法律依据。",
                 en: "Restricting applicants by ownership (state, private, foreign-invested) denies innovators equal access to resources (Art. 5). Remove it or state the legal basis."),
        LintRule(id: "ownership.preferred", article: "5", severity: .warn, topic: .ownership,
                 zh: "按所有制给予优先或倾斜，不利于平等获取创新资源（第五条）。请删除或写明依据。",
                 en: "Preferring applicants by ownership works against equal access to innovation resources (Art. 5). Remove it or state the basis."),
        LintRule(id: "nationality.restricted", article: "72(2)", severity: .block, topic: .nationality,
                 zh: "外籍创新人才可以按照规定担任重大科研项目主持人或者首席科学家（第七十二条第二款），不得以国籍限制申报或担任项目负责人。",
                 en: "Foreign talent may lead major research projects or serve as chief scientist (Art. 72(2)); nationality may not restrict who applies or leads."),
        LintRule(id: "nationality.preferred", article: "72(2)", severity: .warn, topic: .nationality,
                 zh: "按国籍给予优先，与第七十二条第二款外籍人才可以主持项目的规定不符。",
                 en: "Preferring applicants by nationality is at odds with Art. 72(2), under which foreign talent may lead projects."),
    ]

    static func rule(_ topic: LintTopic, _ severity: LintFinding.Severity) -> LintRule {
        rules.first { $0.topic == topic && $0.severity == severity }!
    }

    /// Reviewer and integrity contexts shared by the personal-merit topics.
    static let reviewerContext = [
        "评审专家", "同行专家", "咨询专家", "专家组", "评审组", "评委", "专家库", "入库专家",
        "委员会", "评审人员", "审稿", "回避", "函评", "会评",
    ]
    static let integrityContext = [
        "造假", "抄袭", "剽窃", "代写", "代投", "买卖", "学术不端", "不端行为", "撤稿", "伪造", "篡改",
        "失信", "骗取", "冒领", "冒用", "弄虚作假",
    ]
    /// Filling in or checking forms: 如实填写职称, 核查论文信息.
    static let formContext = ["填写", "填报", "如实", "载明", "写明", "标明", "上传", "录入", "核查", "核实", "列表", "清单", "附件", "复印件", "扫描件"]
    static let outputContext = [
        "预期", "成果", "(预期|研究|项目|课题|本|形成的?|产出|阶段性|最终|标志性)成果", "成果(形式|产出|包括|要求|指标)",
        "产出", "考核", "指标", "绩效", "结题", "验收", "执行期", "实施期", "项目期", "资助期", "(完成|结束|结题|截止)(时|前|后)",
        "期满", "形成", "拟(发表|形成|申请|培养|产出|取得|出版)", "力争", "计划发表", "目标", "(本|该)?项目(发表|产出|形成|资助|支持发表|产生|取得)", "(受|经)本项目",
        "依托项目", "交付", "任务书",
    ]

    /// Trigger lexicons, cancelling compounds and contexts, one per topic.
    static let topics: [TopicLexicon] = [
        TopicLexicon(
            topic: .title,
            triggers: [
                "(专业技术)?职称", "(高级|中级)?专业技术(职务|资格|职称)", "技术职务", "(正|副)?高级(专业技术|技术)?(职称|职务|资格)",
                "副高(级)?", "正高(级)?", "中级职称", "(副)?教授", "(助理|副)?研究员", "(正高级|教授级|高级)工程师", "教授级高工", "高工",
                "(副)?主任(医师|药师|护师|技师)", "主治医师", "高级(实验师|经济师|会计师|农艺师|畜牧师|兽医师|编辑|记者|讲师)",
                "博士生导师", "博导", "硕士生导师", "硕导", "讲师",
            ].map { TriggerSpec(pattern: $0, polarity: .merit, group: "title") },
            cancels: [
                "职称(评审|评定|评价|制度|改革|晋升|申报|认定|系列|体系|结构|层次|评聘|工作|分布|外语|专业|类别)", "真正高", "高工资", "研究员工",
            ],
            hardContext: reviewerContext + formContext + [
                "晋升", "评聘", "聘任", "任职", "评定", "直接认定", "职称直通", "绿色通道", "(年龄|人员|职称|学科|专业)结构", "层次", "培养",
                "(?<!项目)(?<!课题)(指导|导师)组",
            ],
            softContext: outputContext + ["引进(?!人才)", "带动"]
        ),
        TopicLexicon(
            topic: .paper,
            triggers: [
                "论文", "(?<![A-Za-z])(SCI|SCIE|SSCI|EI|CSSCI|CSCD|ESI|JCR|A&HCI|CNS)(?![A-Za-z])",
                "核心期刊", "权威期刊", "顶级期刊", "顶刊", "高水平期刊", "国际期刊", "期刊", "影响因子", "(?<![A-Za-z])IF(?![A-Za-z])",
                "(中科院|JCR|SCI)[一二三四]区(论文|期刊|TOP)?", "[一二三四]区(论文|期刊|TOP)",
                "(?<![A-Za-z0-9])Q[1-4](?![0-9])(?=" + NC + "{0,4}(论文|期刊|分区))",
                "(共同)?第一作者", "通讯作者", "独立作者", "高被引", "被引(次数|频次)", "引用(次数|频次)", "[Hh](指数|-index|因子)",
                "(学术)?专著", "(?<![A-Za-z])(Nature|Science|Cell|Lancet)(?![A-Za-z])", "发表" + NC + "{0,8}?文章",
            ].map { TriggerSpec(pattern: $0, polarity: .merit, group: "paper") },
            cancels: ["学位论文", "论文答辩", "毕业论文"],
            hardContext: reviewerContext + integrityContext + formContext + [
                "代表性", "代表作", "标注", "报纸", "广播", "电视", "媒体", "刊登", "致谢", "注明", "署名", "查重", "开放获取", "开放共享", "学位",
            ],
            softContext: outputContext
        ),
        TopicLexicon(
            topic: .award,
            triggers: [
                "奖项", "(科技|科学技术|省部级|国家级|国家|市级|部级|省级)(以上)?(科技)?奖励", "(科技|科学技术)奖",
                "(自然科学|技术发明|科技进步|科学技术进步|青年科技|专利|发明|创新|学术|成就|合作|技术)奖",
                "何梁何利", "[一二三特]等奖", "金奖", "银奖", "获奖", "(国家|省部级|国家级|省级)(以上)?奖",
                "获" + NC + "{0,12}?奖(?!补|金|学金|励资金|助|惩|励政策)",
            ].map { TriggerSpec(pattern: $0, polarity: .merit, group: "award") },
            cancels: ["奖补", "奖励资金", "奖励性", "奖惩", "奖学金", "后补助", "奖励政策", "以奖代补"],
            hardContext: reviewerContext + integrityContext + formContext + [
                "提名", "评选", "奖励(办法|制度|条例|工作)", "设立", "重复", "不再", "公示", "颁发", "授予", "表彰",
                "(申报|推荐|提名|参评|冲击|角逐|争取)(?!人|单位|者|主体|企业)" + NC + "{0,8}奖",
            ],
            softContext: outputContext
        ),
        TopicLexicon(
            topic: .honour,
            triggers: [
                "杰青", "(国家)?杰出青年(科学基金)?", "优青", "(国家)?优秀青年(科学基金)?", "长江学者(特聘教授|讲座教授)?", "青年长江",
                "(泰山|珠江|钱江|楚天|黄河|闽江|天府|三秦|龙江|燕赵)学者", "(两院|中国科学院|中国工程院|中科院|科学院|工程院|外籍|外国)?院士",
                "万人计划", "千人计划", "青年千人", "百人计划", "青年拔尖(人才)?", "拔尖人才", "领军人才", "(海外)?高层次人才",
                "特聘专家", "特聘教授", "新世纪优秀人才", "百千万人才(工程)?", "科技新星", "(青年)?北京学者", "海聚(工程|人才)?", "高聚(工程|人才)?",
                "(政府|国务院)?特殊津贴", "有突出贡献的中青年专家",
                "(国家级|省部级|国家|各类|重大|高层次|市级|省级|部级)" + NC + "{0,6}?人才(计划|工程|项目|称号|专项)",
                "人才(计划|工程|称号)(入选者|获得者)", "入选" + NC + "{0,8}?人才(计划|工程|项目|称号|专项)",
                "人才帽子", "帽子", "学术头衔", "头衔", "荣誉称号", "人才称号", "ESI高被引科学家", "高被引科学家",
            ].map { TriggerSpec(pattern: $0, polarity: .merit, group: "honour") },
            cancels: [
                "院士(专家)?工作站", "院士工作室", "院士(专家)?服务", "院士专家工作站", "院士大会",
                "(申请|申报)(北京市|国家)?(杰出|优秀)青年(科学)?基金",
            ],
            hardContext: reviewerContext + integrityContext + formContext + [
                "增选", "评选", "工作站", "重复", "不再",
                "(推荐|提名|申报|申请|参评)(?!人|单位|者|主体|企业)" + NC + "{0,6}(院士|杰青|优青|长江学者|人才计划|人才称号)",
            ],
            softContext: outputContext + ["培养", "引进(?!人才)", "集聚", "吸引", "造就"]
        ),
        TopicLexicon(
            topic: .ownership,
            triggers: [
                TriggerSpec(pattern: "国有(企业|控股|独资|全资|参股|资本|性质|背景|法人|公司|及国有控股)(企业|公司|单位)?", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: "国资(控股|背景|企业|参股|公司)", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: "(国企|央企|中央企业|市属国企|市管企业)", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: "民营(企业|科技企业|资本|背景|性质|公司)", polarity: .admitted, group: "private"),
                TriggerSpec(pattern: "民营(经济)?", polarity: .mention, group: "private"),
                TriggerSpec(pattern: "(民企|私营企业|私企|私人企业|非公有制(企业|经济)?|非公企业|非国有企业)", polarity: .admitted, group: "private"),
                TriggerSpec(pattern: "(集体企业|集体所有制(企业)?)", polarity: .admitted, group: "collective"),
                TriggerSpec(pattern: "外资(企业|控股|背景|性质|公司|研发中心|机构|参股)", polarity: .admitted, group: "foreign"),
                TriggerSpec(pattern: "外商(独资|投资)?(企业|公司)", polarity: .admitted, group: "foreign"),
                TriggerSpec(pattern: "(中外合资|中外合作)(企业|经营企业)", polarity: .admitted, group: "foreign"),
                TriggerSpec(pattern: "(外资|外商投资|外商|中外合资|中外合作)", polarity: .mention, group: "foreign"),
                TriggerSpec(pattern: "(外国企业|外企|境外企业|境外资本|境外投资者|外方控股|外资研发机构)", polarity: .admitted, group: "foreign"),
                TriggerSpec(pattern: "(港澳台资|港资|台资|侨资)(企业)?", polarity: .admitted, group: "hmt"),
                TriggerSpec(pattern: "(纯)?(内资|中资)(企业|控股|机构|公司)?", polarity: .admitted, group: "domestic"),
                TriggerSpec(pattern: "(混合所有制|所有制)(性质|形式|类型|企业)?", polarity: .admitted, group: "any"),
                TriggerSpec(pattern: "(国有|国资|国有资本|外资|外方|境外|外国|民营|非国有|私人|社会)(资本|股东)?" + NC + "{0,4}?(持股|股权|出资|控股)(比例)?", polarity: .share, group: "share"),
            ],
            cancels: [
                "国有资产", "国资委", "国有资源", "国有土地", "国有资本经营预算", "国有资本投资运营", "国有林场",
            ],
            hardContext: ["改革", "混改"],
            softContext: [],
            partition: ["state", "private", "foreign"]
        ),
        TopicLexicon(
            topic: .nationality,
            triggers: [
                TriggerSpec(pattern: "(中华人民共和国|中国|我国|本国)(国籍|公民|籍)", polarity: .admitted, group: "home"),
                TriggerSpec(pattern: "中国护照", polarity: .admitted, group: "home"),
                TriggerSpec(pattern: "国籍", polarity: .merit, group: "any"),
                TriggerSpec(pattern: "非(中国|我国|本国)(国籍|籍|公民)(人员|人士|专家|科学家)?", polarity: .excludable, group: "foreign"),
                TriggerSpec(pattern: "外籍(人员|人士|专家|科学家|人才|科技人员|创新人才|华人)?", polarity: .excludable, group: "foreign"),
                TriggerSpec(pattern: "外国(籍|人|公民|专家|科学家|人员|国籍)", polarity: .excludable, group: "foreign"),
                TriggerSpec(pattern: "境外(人员|人士|专家|科学家)", polarity: .excludable, group: "foreign"),
            ],
            cancels: [],
            hardContext: [
                "证明", "证件", "载明", "写明", "标明", "工作许可", "居留许可", "签证", "入境", "出入境", "填写", "填报", "如实", "注明", "信息",
                "来华工作", "保密", "安全审查",
            ],
            softContext: [],
            partition: ["home", "foreign"]
        ),
    ]

    /// Which context markers make a trigger a condition, where they must stand, and how strongly.
    static let profiles: [TriggerPolarity: [MarkerKind: Evidence]] = [
        .merit: [
            .exclusion: Evidence(position: .anywhere, strength: .strong),
            .only: Evidence(position: .anywhere, strength: .strong),
            .preference: Evidence(position: .anywhere, strength: .prefer),
            .modal: Evidence(position: .anywhere, strength: .block),
            .threshold: Evidence(position: .anywhere, strength: .block),
            .conditionWord: Evidence(position: .anywhere, strength: .block),
            .possession: Evidence(position: .anywhere, strength: .weak),
            .qualifier: Evidence(position: .after, strength: .weak),
            .past: Evidence(position: .anywhere, strength: .weak),
            .timeWindow: Evidence(position: .anywhere, strength: .weak),
        ],
        .admitted: [
            .exclusion: Evidence(position: .anywhere, strength: .strong),
            .only: Evidence(position: .anywhere, strength: .strong),
            .preference: Evidence(position: .anywhere, strength: .prefer),
            .modal: Evidence(position: .beforeLinked, strength: .block),
            .conditionWord: Evidence(position: .anywhere, strength: .block),
            .possession: Evidence(position: .before, strength: .weak),
        ],
        .mention: [
            .exclusion: Evidence(position: .anywhere, strength: .strong),
            .only: Evidence(position: .anywhere, strength: .strong),
            .preference: Evidence(position: .anywhere, strength: .prefer),
        ],
        .excludable: [
            .exclusion: Evidence(position: .anywhere, strength: .strong),
            .only: Evidence(position: .after, strength: .strong),
        ],
        .share: [
            .exclusion: Evidence(position: .anywhere, strength: .strong),
            .only: Evidence(position: .anywhere, strength: .strong),
            .preference: Evidence(position: .anywhere, strength: .prefer),
            .modal: Evidence(position: .anywhere, strength: .block),
            .threshold: Evidence(position: .anywhere, strength: .block),
            .bound: Evidence(position: .anywhere, strength: .block),
            .conditionWord: Evidence(position: .anywhere, strength: .block),
        ],
    ]

    /// Context markers, matched leftmost-longest in one pool (so 不得低于 is a threshold, not 不得).
    static let markers: [(MarkerKind, [String])] = [
        (.neutral, [
            "应用", "响应", "对应", "适应", "供应", "反应", "效应", "相应", "应对", "应急", "回应", "应届", "应聘", "应收",
            "需求", "急需", "所需", "有限", "期限", "年限", "限额", "上限", "下限", "时限", "权限", "限期", "局限", "无限",
            "不仅", "仅供", "不限于", "包括但不限于", "只要", "满足", "满意", "期满", "人才",
            "优先(领域|方向|主题|发展|级|序|事项)", "(以上|以下)(条件|要求|材料|内容|规定|各项|几|所述|情形|方面)",
            "可能", "可行", "可持续", "许可", "认可", "可靠", "可控", "可信", "可视", "可再生", "不可抗力",
            "作为(重点|突破口|主体|补充)", "同等学力", "(符合|满足|达到)" + NC + "{0,8}?(条件|要求)", "(创造|提供|改善|营造|优化|保障)" + NC + "{0,4}?条件",
        ]),
        (.negation, [
            "不得(将|以|把|设置|设定|设|要求|限制|排斥|歧视|因|附加)",
            "不得作为" + NC + "{0,8}(条件|门槛|依据|标准|要求|前提|指标)",
            "不(将|以|把|设|设置|设定|要求|论|分|区分|看|唯|受|必|需|须|因|与|附加)",
            "不再(将|以|把|作为|设)", "不作为", "不(作|做)(要求|限制|硬性|限定|门槛|规定|区分)",
            "不限(?!于)", "无需", "无须", "毋须", "毋需", "非必(要|须|需)", "(不|并非|并不)是必",
            "破除", "破四唯", "摒弃", "克服", "杜绝", "避免", "反对", "取消", "淡化", "弱化", "扭转", "纠正", "脱钩", "不挂钩",
            "唯(论文|职称|学历|奖项|帽子)", "无" + NC + "{0,8}(要求|限制|门槛)",
            "一视同仁", "平等(对待|参与|享受|竞争|获取|申报|支持)", "同等(对待|参与|享受|支持|申报)", "公平(参与|竞争)",
            "歧视", "不分", "无论",
        ]),
        (.encourage, ["鼓励", "欢迎", "倡导", "提倡"]),
        (.allow, [
            "可以", "均可", "皆可", "亦可", "也可", "都可", "都能", "均能", "允许", "准许",
            "(?<![方才仅只不])可(?=申报|申请|牵头|担任|参与|作为|承担|主持|领衔|按|依|参加|以|独立|联合)",
        ]),
        (.preference, [
            "优先(支持|考虑|推荐|资助|立项|安排|入选|纳入|给予)?", "(予以|给予|适当)?倾斜", "(额外|酌情|适当)?加分", "加[0-9一二两三四五六七八九十.]+分",
            "计分", "赋分", "得分", "评分", "分值", "同等条件下?", "优待", "重点考虑", "重点支持",
            "作为" + NC + "{0,6}(依据|参考|因素|考量)", "择优支持",
        ]),
        (.modal, ["必须", "务必", "须", "需要", "需", "应当", "应该", "理应", "应", "要求", "原则上", "一般应"]),
        (.only, [
            "仅限", "只限", "限于", "(只|仅)(接受|面向|支持|资助|允许|受理|针对)", "(专门|专项)?面向", "限定", "限为", "仅可", "仅能", "只能", "只可", "只有", "仅", "方可", "方能", "才能", "才可", "才予",
            "限(?!制|期|额|时|度|购|价|行|号|速|量)",
        ]),
        (.exclusion, [
            "不得", "不能", "不可(?!抗)", "不予", "不再", "不允许", "不接受", "不受理", "禁止", "除外", "排除", "不含", "不包括", "不属于",
            "不在" + NC + "{0,8}(范围|之列)", "不纳入", "不支持", "不资助", "拒绝", "谢绝", "限制(?!性)", "一票否决",
            "除" + NC + "{1,15}?外(?![资籍商国方企])",
        ]),
        (.threshold, [
            "及以上", "或以上", "以上", "不低于", "不少于", "不(得|能|应|可)(低于|少于)", "至少", "达到", "超过", "高于", "大于", "多于",
            "满(?=[0-9一二两三四五六七八九十])", "≥", ">=", "累计", "合计", "总计",
            "[0-9一二两三四五六七八九十]+(篇|部)", "[0-9一二两三四五六七八九十]+项(?!目)",
        ]),
        (.bound, ["不超过", "不高于", "不多于", "不大于", "低于", "少于", "以下", "以内", "未超过", "≤", "<=", "不足"]),
        (.conditionWord, [
            "(申报|申请|准入|限制性|必要|基本|前置|资格)?(条件|门槛|前提)", "申报资格", "资格要求", "入围标准",
        ]),
        (.qualifier, ["获得者", "入选者", "获奖者", "得主", "称号者", "持有者", "获评者", "受资助者", "资助获得者", "当选者"]),
        (.possession, [
            "具有", "具备", "持有", "拥有", "取得", "获得", "荣获", "曾获", "获评", "获授", "获颁", "入选", "当选", "现任", "担任",
            "聘为", "受聘", "属于", "(?<=[人者象体位业])(为|是|系)(?![了主例])",
        ]),
        (.timeWindow, ["近(个)?[0-9一二两三四五六七八九十]+(个)?(年|年度|年来)"]),
        (.past, ["近年来", "近年", "以来", "此前", "迄今", "截至", "以往", "历年", "先后", "曾", "已(?!经费)", "(发表|获得|担任|取得|入选|主持|承担)过"]),
        (.subject, [
            "项目负责人", "课题负责人", "负责人", "申请人", "申报人", "主持人", "首席科学家", "申报者", "申请者", "候选人",
            "团队", "成员", "骨干", "申报单位", "申请单位", "牵头单位", "承担单位", "参与单位", "合作单位", "依托单位",
            "申报主体", "申请主体", "支持对象", "申报对象", "资助对象", "本人", "人选", "申报企业", "申请企业", "牵头企业",
        ]),
    ]

    /// Section headers: a header naming conditions puts the following items in condition mode,
    /// one naming outputs or procedure in output or neutral mode.
    static let outputHeaders = ["考核", "指标", "预期", "成果", "目标", "产出", "绩效", "内容", "任务"]
    static let neutralHeaders = ["方式", "经费", "材料", "流程", "程序", "时间", "评审", "管理", "说明", "联系", "咨询", "受理", "纪律", "监督", "须知", "背景"]
    static let conditionHeaders = ["条件", "要求", "资格", "对象", "申报人", "申请人", "负责人", "满足", "符合", "具备"]

    // MARK: - Normalisation

    /// The text as the rules see it, with a map back to the original `Character` offsets.
    struct NormalizedText {
        let original: [Character]
        let chars: [Character]
        let origin: [Int]
        let string: String
        /// UTF-16 offset in `string` -> index in `chars` (one extra entry for the end).
        let utf16ToChar: [Int]
        /// Index in `chars` -> UTF-16 offset in `string` (one extra entry for the end).
        let charToUTF16: [Int]

        static let quotes: Set<Character> = [
            "\"", "'", "`", "“", "”", "‘", "’", "「", "」", "『", "』", "〝", "〞", "〟", "‟", "„", "«", "»", "‹", "›", "＂", "＇", "｀",
        ]
        static let openingQuotes: Set<Character> = ["\"", "'", "“", "‘", "「", "『", "〝", "„", "‟", "«", "‹", "＂", "＇"]
        static let closingQuotes: Set<Character> = ["\"", "'", "”", "’", "」", "』", "〞", "〟", "»", "›", "＂", "＇"]

        init(_ text: String) {
            original = Array(text)
            var staged: [(Character, Int)] = []
            staged.reserveCapacity(original.count)
            for (i, c) in original.enumerated() {
                if Self.quotes.contains(c) { continue }
                if c == "\r\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" { staged.append(("\n", i)); continue }
                let scalars = c.unicodeScalars
                if scalars.count == 1, let s = scalars.first {
                    switch s.value {
                    case 0x200B, 0x200C, 0x200D, 0xFEFF: continue
                    case 0xFF01...0xFF5E:
                        staged.append((Character(Unicode.Scalar(s.value - 0xFEE0)!), i)); continue
                    case 0x3000, 0x00A0, 0x0009: staged.append((" ", i)); continue
                    default: break
                    }
                }
                staged.append((c, i))
            }
            // Drop spaces unless they separate two ASCII words (stray spaces between Chinese characters).
            var outChars: [Character] = []
            var outOrigin: [Int] = []
            func isASCIIWord(_ c: Character?) -> Bool {
                guard let c, c.isASCII else { return false }
                return c.isLetter || c.isNumber
            }
            var k = 0
            while k < staged.count {
                let (c, i) = staged[k]
                if c == " " {
                    var j = k
                    while j < staged.count, staged[j].0 == " " { j += 1 }
                    let prev = outChars.last
                    let next = j < staged.count ? staged[j].0 : nil
                    if isASCIIWord(prev) && isASCIIWord(next) { outChars.append(" "); outOrigin.append(i) }
                    k = j
                    continue
                }
                outChars.append(c)
                outOrigin.append(i)
                k += 1
            }
            chars = outChars
            origin = outOrigin
            string = String(outChars)
            var u2c: [Int] = []
            var c2u: [Int] = []
            var offset = 0
            for (idx, c) in outChars.enumerated() {
                c2u.append(offset)
                let n = c.utf16.count
                for _ in 0..<n { u2c.append(idx) }
                offset += n
            }
            c2u.append(offset)
            u2c.append(outChars.count)
            utf16ToChar = u2c
            charToUTF16 = c2u
        }

        func nsRange(_ r: Range<Int>) -> NSRange {
            NSRange(location: charToUTF16[r.lowerBound], length: charToUTF16[r.upperBound] - charToUTF16[r.lowerBound])
        }

        func charRange(_ r: NSRange) -> Range<Int> {
            utf16ToChar[r.location]..<utf16ToChar[r.location + r.length]
        }

        /// Original offsets for a normalised range, widened over quotes that open or close it.
        func originalRange(_ r: Range<Int>) -> Range<Int> {
            var start = origin[r.lowerBound]
            var end = origin[r.upperBound - 1] + 1
            while start > 0, Self.openingQuotes.contains(original[start - 1]) { start -= 1 }
            while end < original.count, Self.closingQuotes.contains(original[end]) { end += 1 }
            return start..<end
        }
    }

    // MARK: - Compiled patterns

    /// An immutable compiled pattern. `NSRegularExpression` is immutable and documented thread-safe.
    final class CompiledPattern: @unchecked Sendable {
        let regex: NSRegularExpression
        init(_ pattern: String) {
            do {
                regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            } catch {
                preconditionFailure("CallLinter: bad pattern \(pattern): \(error)")
            }
        }
        func matches(in doc: NormalizedText, range: Range<Int>? = nil) -> [Range<Int>] {
            let ns = range.map { doc.nsRange($0) } ?? NSRange(location: 0, length: doc.charToUTF16.last ?? 0)
            return regex.matches(in: doc.string, options: [], range: ns).compactMap { m in
                m.range.length == 0 ? nil : doc.charRange(m.range)
            }
        }
        func occurs(in doc: NormalizedText, range: Range<Int>) -> Bool {
            guard !range.isEmpty else { return false }
            return regex.firstMatch(in: doc.string, options: [], range: doc.nsRange(range)) != nil
        }
    }

    struct CompiledTopic: Sendable {
        let lexicon: TopicLexicon
        let triggers: [(CompiledPattern, TriggerSpec)]
        let cancels: [CompiledPattern]
        let hard: CompiledPattern?
        let soft: CompiledPattern?
    }

    enum Compiled {
        static func alternation(_ patterns: [String]) -> CompiledPattern? {
            patterns.isEmpty ? nil : CompiledPattern(patterns.map { "(?:\($0))" }.joined(separator: "|"))
        }
        static let topics: [CompiledTopic] = CallLinter.topics.map { t in
            CompiledTopic(
                lexicon: t,
                triggers: t.triggers.map { (CompiledPattern($0.pattern), $0) },
                cancels: t.cancels.map { CompiledPattern($0) },
                hard: alternation(t.hardContext),
                soft: alternation(t.softContext))
        }
        static let markers: [(MarkerKind, CompiledPattern)] = CallLinter.markers.flatMap { kind, patterns in
            patterns.map { (kind, CompiledPattern($0)) }
        }
        static let enumerator = CompiledPattern(
            "^(?:[(][0-9]{1,2}[)]|[0-9]{1,2}[.、)](?![0-9])|[(][一二三四五六七八九十]{1,3}[)]|[一二三四五六七八九十]{1,3}、|[①-⑳]|[a-zA-Z][.)、]|第[一二三四五六七八九十]+[条项点]、?)\\s*")
        static let listItem = CompiledPattern(
            "^\\s*(?:[(][0-9]{1,2}[)]|[0-9]{1,2}[.、)](?![0-9])|[(][一二三四五六七八九十]{1,3}[)]|[一二三四五六七八九十]{1,3}、|[①-⑳]|[a-zA-Z][.)、])")
        static let sectionNumber = CompiledPattern("^(?:[一二三四五六七八九十]{1,3}、|[(][一二三四五六七八九十]{1,3}[)]|第[一二三四五六七八九十]+[章节部分])")
        static let link = CompiledPattern("为|是|属于|具有|具备|持有|拥有|由|限|选择|联合|与")
        /// What may stand before an honour that opens a list item: an issuing level or a conjunction.
        static let qualifierLead = CompiledPattern("^(?:或者|或|及|以及|和)?(?:国家级|国家|北京市|北京|市级|省部级|省级|中国|全国|各类|各级)?$")
        static func isLead(_ doc: NormalizedText, _ r: Range<Int>) -> Bool {
            r.isEmpty || qualifierLead.occurs(in: doc, range: r)
        }
        static let leadingConjunction = CompiledPattern("^(?:或者|或|并且|并|且|以及|及|和|同时|另外|此外|其中|但是|但)")
    }

    // MARK: - Engine

    struct Hit<K> {
        let kind: K
        let range: Range<Int>
    }

    struct TriggerHit {
        let spec: TriggerSpec
        let range: Range<Int>
    }

    enum SectionMode { case neutral, condition, output }

    struct Clause {
        let range: Range<Int>
        let sentence: Int
        /// Where the clause's sentence starts: markers between there and the clause support it.
        let sentenceStart: Int
        let isHeader: Bool
        let mode: SectionMode
    }

    struct Engine {
        let doc: NormalizedText

        /// Leftmost-longest selection among overlapping candidates.
        static func select<K>(_ candidates: [Hit<K>]) -> [Hit<K>] {
            let sorted = candidates.sorted {
                $0.range.lowerBound != $1.range.lowerBound ? $0.range.lowerBound < $1.range.lowerBound : $0.range.count > $1.range.count
            }
            var out: [Hit<K>] = []
            var reach = 0
            for h in sorted where h.range.lowerBound >= reach {
                out.append(h)
                reach = h.range.upperBound
            }
            return out
        }

        func run() -> [LintFinding] {
            let markers = Engine.select(Compiled.markers.flatMap { kind, p in
                p.matches(in: doc).map { Hit(kind: kind, range: $0) }
            }).filter { $0.kind != .neutral }
            var triggers: [LintTopic: [TriggerHit]] = [:]
            for topic in Compiled.topics {
                var cands: [Hit<TriggerSpec>] = []
                for (p, spec) in topic.triggers { cands += p.matches(in: doc).map { Hit(kind: spec, range: $0) } }
                let cancelled = topic.cancels.flatMap { $0.matches(in: doc) }
                triggers[topic.lexicon.topic] = Engine.select(cands)
                    .filter { h in !cancelled.contains { $0.overlaps(h.range) } }
                    .map { TriggerHit(spec: $0.kind, range: $0.range) }
            }
            let clauses = segment()
            let ctx = Context(doc: doc, markers: markers, triggers: triggers)

            // Build units: a clause, or a clause read together with a neighbour that only adds 不得/仅/优先.
            var units: [(range: Range<Int>, first: Clause)] = []
            var i = 0
            while i < clauses.count {
                let c = clauses[i]
                var range = c.range
                var j = i
                while j + 1 < clauses.count {
                    let next = clauses[j + 1]
                    guard next.sentence == c.sentence, !clauses[j].isHeader else { break }
                    let curHas = ctx.hasTriggers(in: clauses[j].range)
                    let nextHas = ctx.hasTriggers(in: next.range)
                    let carry = ctx.markerKinds(in: next.range)
                    if curHas && !nextHas && !carry.isDisjoint(with: [.exclusion, .only, .preference]) {
                        range = range.lowerBound..<next.range.upperBound; j += 1; continue
                    }
                    let lead = ctx.markerKinds(in: clauses[j].range)
                    if !curHas && nextHas && lead.contains(.preference) && clauses[j].range.count <= 8 {
                        range = range.lowerBound..<next.range.upperBound; j += 1; continue
                    }
                    break
                }
                units.append((range, c))
                i = j + 1
            }

            var findings: [LintFinding] = []
            for unit in units {
                for topic in Compiled.topics {
                    guard let severity = ctx.decide(topic: topic, range: unit.range, clause: unit.first) else { continue }
                    let rule = CallLinter.rule(topic.lexicon.topic, severity)
                    let orig = doc.originalRange(unit.range)
                    findings.append(LintFinding(
                        article: rule.article, severity: severity, start: orig.lowerBound, end: orig.upperBound,
                        text: String(doc.original[orig]), rule: rule.id, message_zh: rule.zh, message_en: rule.en))
                }
            }
            return findings.sorted { $0.start != $1.start ? $0.start < $1.start : $0.rule < $1.rule }
        }

        /// Clauses with their sentence and section mode.
        func segment() -> [Clause] {
            let chars = doc.chars
            let clauseEnds: Set<Character> = [",", ";", ":", "。", "!", "?", "\n"]
            let sentenceEnds: Set<Character> = [";", "。", "!", "?", "\n"]
            var clauses: [Clause] = []
            var sentence = 0
            var sentenceStart = 0
            var mode = SectionMode.neutral
            var start = 0
            var idx = 0
            func emit(_ raw: Range<Int>, terminator: Character?) {
                // Split before 但 (not 不但): "…，但须…" starts a new clause.
                var pieces: [Range<Int>] = []
                var s = raw.lowerBound
                for k in raw where k > raw.lowerBound && chars[k] == "但" && chars[k - 1] != "不" {
                    pieces.append(s..<k); s = k
                }
                pieces.append(s..<raw.upperBound)
                for (pi, piece) in pieces.enumerated() {
                    guard let r = trim(piece) else { continue }
                    let isLast = pi == pieces.count - 1
                    let wholeLine = (terminator == "\n" || terminator == nil) && pieces.count == 1
                        && (raw.lowerBound == 0 || chars[raw.lowerBound - 1] == "\n")
                    let header = isLast && isHeader(r, terminator: terminator, wholeLine: wholeLine)
                    var clauseMode = mode
                    if header {
                        let newMode = headerMode(r)
                        if let newMode { mode = newMode }
                        clauseMode = .neutral
                    }
                    clauses.append(Clause(range: r, sentence: sentence, sentenceStart: sentenceStart, isHeader: header, mode: clauseMode))
                }
            }
            while idx < chars.count {
                let c = chars[idx]
                // A section's mode lasts over its numbered items; any other line ends it
                // (the line may itself be the next header).
                if (idx == 0 || chars[idx - 1] == "\n") && c != "\n" && !startsListItem(idx) { mode = .neutral }
                if clauseEnds.contains(c) {
                    emit(start..<idx, terminator: c)
                    start = idx + 1
                    if sentenceEnds.contains(c) { sentence += 1; sentenceStart = idx + 1 }
                }
                idx += 1
            }
            emit(start..<chars.count, terminator: nil)
            return clauses
        }

        func startsListItem(_ lineStart: Int) -> Bool {
            var end = lineStart
            while end < doc.chars.count && doc.chars[end] != "\n" { end += 1 }
            guard let m = Compiled.listItem.matches(in: doc, range: lineStart..<end).first else { return false }
            return m.lowerBound == lineStart
        }

        /// Trims spaces and list enumerators (1. （一） ① …) from a clause.
        func trim(_ r: Range<Int>) -> Range<Int>? {
            var lo = r.lowerBound, hi = r.upperBound
            while lo < hi, doc.chars[lo].isWhitespace { lo += 1 }
            while hi > lo, doc.chars[hi - 1].isWhitespace { hi -= 1 }
            guard lo < hi else { return nil }
            if let m = Compiled.enumerator.matches(in: doc, range: lo..<hi).first, m.lowerBound == lo, m.upperBound < hi {
                lo = m.upperBound
                while lo < hi, doc.chars[lo].isWhitespace { lo += 1 }
            }
            return lo < hi ? lo..<hi : nil
        }

        func isHeader(_ r: Range<Int>, terminator: Character?, wholeLine: Bool) -> Bool {
            if terminator == ":" { return r.count <= 24 }
            guard wholeLine, r.count <= 14 else { return false }
            let lineStartIdx = { () -> Int in
                var k = r.lowerBound
                while k > 0 && doc.chars[k - 1] != "\n" { k -= 1 }
                return k
            }()
            guard let sec = Compiled.sectionNumber.matches(in: doc, range: lineStartIdx..<r.upperBound).first else { return false }
            return sec.lowerBound == lineStartIdx
        }

        func headerMode(_ r: Range<Int>) -> SectionMode? {
            let text = String(doc.chars[r])
            if CallLinter.outputHeaders.contains(where: text.contains) { return .output }
            if CallLinter.conditionHeaders.contains(where: text.contains) { return .condition }
            if CallLinter.neutralHeaders.contains(where: text.contains) { return .neutral }
            return nil
        }
    }

    struct Context {
        let doc: NormalizedText
        let markers: [Hit<MarkerKind>]
        let triggers: [LintTopic: [TriggerHit]]

        func markers(in r: Range<Int>) -> [Hit<MarkerKind>] {
            markers.filter { $0.range.lowerBound >= r.lowerBound && $0.range.upperBound <= r.upperBound }
        }
        func markerKinds(in r: Range<Int>) -> Set<MarkerKind> { Set(markers(in: r).map(\.kind)) }
        func hasTriggers(in r: Range<Int>) -> Bool {
            triggers.values.contains { $0.contains { r.contains($0.range.lowerBound) } }
        }

        func decide(topic: CompiledTopic, range: Range<Int>, clause: Clause) -> LintFinding.Severity? {
            let hits = (triggers[topic.lexicon.topic] ?? []).filter { range.contains($0.range.lowerBound) && $0.range.upperBound <= range.upperBound }
            guard !hits.isEmpty else { return nil }
            let ms = markers(in: range)
            let kinds = Set(ms.map(\.kind))
            if kinds.contains(.negation) { return nil }
            if let hard = topic.hard, hard.occurs(in: doc, range: range) { return nil }
            if let soft = topic.soft, !kinds.contains(.timeWindow) {
                let prefix = clause.sentenceStart..<range.lowerBound
                if clause.mode == .output || soft.occurs(in: doc, range: range) || soft.occurs(in: doc, range: prefix) { return nil }
            }
            let groups = Set(hits.map(\.spec.group))
            if groups.count >= 2 && !kinds.isDisjoint(with: [.allow, .encourage]) { return nil }
            let partition = topic.lexicon.partition
            if !partition.isEmpty && partition.isSubset(of: groups) && kinds.isDisjoint(with: [.exclusion, .only]) { return nil }

            var best: EvidenceStrength?
            var weakSelfSupported = false
            var triggerIsSubjectOfDuty = false
            for t in hits {
                guard let profile = CallLinter.profiles[t.spec.polarity] else { continue }
                // A trigger that opens the clause is its subject: a duty after it binds the award or the
                // company (国家自然科学奖应当注重…, 国有企业须经…同意), it does not make it a condition.
                let isSubject = t.range.lowerBound - range.lowerBound <= 4
                    && !ms.contains { $0.range.upperBound <= t.range.lowerBound }
                for m in ms {
                    if isSubject && m.kind == .modal && m.range.lowerBound >= t.range.upperBound {
                        triggerIsSubjectOfDuty = true
                        continue
                    }
                    guard let ev = profile[m.kind] else {
                        if m.kind == .modal && m.range.lowerBound >= t.range.upperBound { triggerIsSubjectOfDuty = true }
                        continue
                    }
                    let ok: Bool
                    switch ev.position {
                    case .anywhere: ok = true
                    case .before: ok = m.range.upperBound <= t.range.lowerBound
                    case .after: ok = m.range.lowerBound >= t.range.upperBound
                    case .beforeLinked:
                        ok = m.range.upperBound <= t.range.lowerBound
                            && Compiled.link.occurs(in: doc, range: m.range.upperBound..<t.range.lowerBound)
                    }
                    if !ok {
                        if m.kind == .modal && m.range.lowerBound >= t.range.upperBound { triggerIsSubjectOfDuty = true }
                        continue
                    }
                    // "（国家）杰出青年科学基金获得者" as a list item names the applicant by the honour;
                    // "宣传国家科学技术奖获奖者…" does not.
                    if m.kind == .qualifier && Compiled.isLead(doc, range.lowerBound..<t.range.lowerBound) {
                        weakSelfSupported = true
                    }
                    best = max(best ?? ev.strength, ev.strength)
                }
            }
            let hasPreference = ms.contains { $0.kind == .preference } && hits.contains { CallLinter.profiles[$0.spec.polarity]?[.preference] != nil }

            if best == .strong { return .block }
            if hasPreference { return .warn }
            if kinds.contains(.encourage) { return nil }
            if best == .block { return .block }
            if best == .weak {
                if kinds.contains(.allow) { return .block }
                if weakSelfSupported || supported(range: range, clause: clause, markers: ms) { return .block }
                return nil
            }
            if kinds.contains(.allow) { return nil }
            // A bare item in a conditions list ("1. 副高级以上职称") is a condition, unless the trigger
            // is the subject of its own duty ("国有企业须…") or the clause is conditional ("…申报的").
            if clause.mode == .condition && !triggerIsSubjectOfDuty {
                let last = doc.chars[range.upperBound - 1]
                if last != "的" && last != "时" { return .block }
            }
            return nil
        }

        /// A possession (具有, 获得, 近五年…) describes the applicant when the clause or the sentence so far
        /// names one, a modal earlier in the sentence governs it, it is in a conditions section, or the
        /// clause is a list item that starts with it.
        func supported(range: Range<Int>, clause: Clause, markers ms: [Hit<MarkerKind>]) -> Bool {
            // A clause ending in 的 is a condition under which something else applies ("申请人是外国企业的，…"),
            // not a requirement; when the next clause restricts, the two are read together as one unit.
            guard doc.chars[range.upperBound - 1] != "的" else { return false }
            if clause.mode == .condition { return true }
            if ms.contains(where: { $0.kind == .subject }) { return true }
            let prefix = clause.sentenceStart..<range.lowerBound
            if !prefix.isEmpty {
                let pk = markerKinds(in: prefix)
                if pk.contains(.negation) { return false }
                if !pk.isDisjoint(with: [.subject, .modal, .only]) { return true }
            }
            var lo = range.lowerBound
            if let conj = Compiled.leadingConjunction.matches(in: doc, range: range).first, conj.lowerBound == lo { lo = conj.upperBound }
            if let first = ms.first(where: { [.possession, .timeWindow].contains($0.kind) }), first.range.lowerBound <= lo + 1 {
                return true
            }
            return false
        }
    }
}
