// Internal, and nested in `CallLinter` so that it cannot clash with other types of the Projects
// module or of the modules it imports.
extension CallLinter {
    // The shape of the rule table (`LintRuleTable.swift`).

    /// The attribute a condition restricts; each cites its article in `CallLinter.rule(_:_:)`:
    /// professional title and its ranks, papers and their indexing or venue, awards, honour and
    /// talent-programme titles (Art. 50(1)); ownership kind (Art. 5); nationality, citizenship,
    /// passport, identity document and household registration (Art. 72(2)).
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
        /// only 不得/不予/除外, 仅 after it, or an extra step or a different treatment for it alone
        /// (须经特别批准, 补助额度减半) restrict; 外籍人员须持有工作许可 is not a restriction.
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
        /// Contexts that clear the clause unless it sets a minimum (代表性论文 is a choice of the applicant's
        /// own works; 代表性论文不少于十篇 still counts papers): cleared only without a `threshold` marker.
        var countedContext: [String] = []
        /// A venue or index named for those works (代表作须刊登于SSCI收录期刊; representative publications must
        /// appear in SCI-indexed journals): with a modal, 仅 or 不得 the choice is restricted, however few works.
        var venueContext: [String] = []
        /// Groups that together cover everyone: a clause naming all of them (中国公民或外籍科学家)
        /// treats them equally unless it also excludes (不得) or limits (仅).
        var partition: Set<String> = []
    }

    /// The other parts of a condition, as words in a clause: its polarity (negation, encouragement,
    /// permission), its modality (modal, only, exclusion, preference, threshold, condition word), the
    /// link between the one it binds and the attribute (possession, qualifier, past, time window) and
    /// whom it binds (subject: applicant, PI, team, lead institution).
    enum MarkerKind: Sendable, Hashable {
        case neutral        // consumes look-alikes: 应用, 有限, 不限于, 人才, 以上条件 …
        case negation       // 不限, 不作为, 不以…为, 不得将, 破除, 不受…限制, 一视同仁 …
        case encourage      // 鼓励, 欢迎
        case allow          // 可以, 可牵头, may
        case allowAll       // 均可, 皆可, 都可, alike: everyone named may (equal treatment when several are named)
        case narrative      // 涌现, 一批, 了, has since: background prose, not a requirement
        case statistic      // 超过800人, 2.8万家, more than 800 academicians: a count of people or bodies, background unless a subject is bound
        case proportion     // 占六成, 占百分之六十八, two-thirds of: a share of a group, background even when it names applicants
        case preference     // 优先, 加分, 倾斜, 同等条件下
        case burden         // 另行提供…承诺函, 须经特别批准, must additionally obtain clearance: an extra step for one group
        case modal          // 须, 应, 需, 必须, 要求, 原则上
        case only           // 仅限, 限, 只能, 方可
        case exclusion      // 不得, 不予, 不能, 除外, 不接受
        case threshold      // 以上, 不少于, 不低于, 至少: a minimum
        case count          // N篇, N部, N项, two papers: a number of works without a stated minimum
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

    /// The language a clause is read in: a clause with any Chinese character is read with the Chinese
    /// lexicon (after Traditional → Simplified conversion), any other with the English one.
    enum Language: String, Sendable, CaseIterable { case zh, en }

    /// The words of one language for each part of a condition: the attributes it may restrict
    /// (`topics`, each with its trigger words and the contexts in which they are no condition), who
    /// it binds, its modality and its polarity (`markers`), and the section headers that set how list
    /// items are read. The engine is the same for every language.
    struct Lexicon: Sendable {
        let language: Language
        let topics: [TopicLexicon]
        let markers: [(MarkerKind, [String])]
        let outputHeaders: [String]
        let neutralHeaders: [String]
        let conditionHeaders: [String]
        /// Scoring headers (评审指标, evaluation criteria): checked first, their items are read as written
        /// (a score is a preference), not as outputs although they name 指标 or indicators.
        let scoringHeaders: [String]
        /// Linking words between a modal and a group it admits (须**为**国有企业, must **be** a Chinese citizen).
        let link: String
        /// What may stand before an honour that opens a list item: an issuing level or a conjunction.
        let qualifierLead: String
        /// Conjunctions that may open a clause before its possession word.
        let leadingConjunction: String
        /// A definition (本要点所称公营事业，系指…; "state-owned enterprise" means …): group 1 is the term
        /// defined. A sentence that defines an attribute's own term sets no condition on it.
        let definition: String
        /// Attributes the regulation leaves free (年龄, 学历, 专业; age, degree, discipline) and facets of the
        /// attribute itself (数量, 级别; number, kind): a following clause that negates one of them (…，年龄不限;
        /// …，但数量不限) does not take back the condition before it.
        let otherAttribute: String
        /// A clause opening with a back-reference (其, 该; its, such) continues the clause before it
        /// (曾获本会杰出研究奖者，其奖励金…分别核拨，互不影响): they are read as one unit.
        let backReference: String
        /// A word that ends a modifier (具有博士学位**之**讲师, lecturers **who** hold a doctorate): a possession
        /// before it describes something else, not the attribute after it.
        let modifierEnd: String
        /// A clause that opens with a topic marker (对获得荣誉称号的团队，…; as for …) has its predicate in
        /// the next clause: the two are read as one unit.
        let topicLead: String
        /// Where a sentence joins two clauses that each have their own predicate (", and the PI must be …";
        /// " and are not eligible to lead"): the match is the delimiter, the conjunction opens the next clause.
        /// English sentences are otherwise one clause; Chinese clauses end at its own punctuation (and before 但).
        var coordination: String? = nil
    }

    static let lexicons: [Lexicon] = [chinese, english]

    /// Namespaces of the two lexicons' data.
    enum Zh {}
    enum En {}
}
