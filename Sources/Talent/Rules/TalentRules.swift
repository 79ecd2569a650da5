import Foundation
import KechuangCore

/// The rules of this module, as data; each cites the article it implements.
public enum TalentRules {
    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    /// How many representative achievements a profile lists at most (Art. 41).
    public static let maximumAchievements = 5

    /// `AI-001`: two to four capital letters, a hyphen, three digits.
    public static func validCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return (2...4).contains(parts[0].count) && parts[0].allSatisfy { $0.isASCII && $0.isUppercase }
            && parts[1].count == 3 && parts[1].allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// An entry of the urgently-needed talent catalogue (Art. 40).
    public static let catalogueEntry = RuleBook<CatalogueEntryInput>([
        Rule(id: "catalogue.code.format", basis: .art(40), field: "code",
             message: LocalizedText(zh: "目录编号格式为 2–4 个大写字母、连字符和 3 位数字，如 AI-001", en: "The entry code is 2–4 capital letters, a hyphen and 3 digits, e.g. AI-001")) {
            !validCode($0.code)
        },
        Rule(id: "catalogue.field.required", basis: .art(40), field: "field",
             message: LocalizedText(zh: "请选择领域", en: "Select the field")) { $0.field == nil },
        Rule(id: "catalogue.role.required", basis: .art(40), field: "role_zh",
             message: LocalizedText(zh: "请填写岗位名称（中文）", en: "Enter the role's Chinese name")) { blank($0.roleZh) },
        Rule(id: "catalogue.level.required", basis: .art(40), field: "level",
             message: LocalizedText(zh: "请选择人才层次", en: "Select the level")) { $0.level == nil },
        Rule(id: "catalogue.requirements.required", basis: .art(40), field: "requirements_zh",
             message: LocalizedText(zh: "请填写岗位要求（中文）", en: "Enter the requirements in Chinese")) { blank($0.requirementsZh) },
        Rule(id: "catalogue.requirements.length", basis: nil, field: "requirements_zh",
             message: LocalizedText(zh: "岗位要求不超过 2000 字", en: "Keep the requirements to 2,000 characters")) { $0.requirementsZh.count > 2000 || $0.requirementsEn.count > 4000 },
    ])

    /// An adjustment says why (Art. 40: the catalogue is adjusted, openly).
    public static let adjustment = RuleBook<CatalogueEntryInput>([
        Rule(id: "catalogue.adjustment.note", basis: .art(40), field: "note",
             message: LocalizedText(zh: "调整目录须说明调整理由", en: "Say why the entry is adjusted")) { blank($0.note) },
    ])

    /// An opening posted against a catalogue entry (Art. 40).
    public struct OpeningFacts: Sendable {
        public var input: OpeningInput
        public var entryCurrent: Bool
        public var today: BeijingDay
    }

    public static let opening = RuleBook<OpeningFacts>([
        Rule(id: "opening.organisation.required", basis: .art(40), field: "organisation_id",
             message: LocalizedText(zh: "请选择招聘单位", en: "Select the hiring organisation")) { $0.input.organisationID == nil },
        Rule(id: "opening.entry.current", basis: .art(40), field: "entry_id",
             message: LocalizedText(zh: "请选择现行有效的急需紧缺人才目录条目（第四十条）", en: "Select an entry of the urgently-needed talent catalogue in force (Art. 40)")) {
            !$0.entryCurrent
        },
        Rule(id: "opening.title.required", basis: .art(40), field: "title_zh",
             message: LocalizedText(zh: "请填写岗位名称（中文）", en: "Enter the position's Chinese title")) { blank($0.input.titleZh) },
        Rule(id: "opening.description.required", basis: .art(40), field: "description",
             message: LocalizedText(zh: "请填写岗位职责与条件", en: "Describe the position and what it asks for")) {
            blank($0.input.description) || $0.input.description.count > 4000
        },
        Rule(id: "opening.district.required", basis: .art(40), field: "district",
             message: LocalizedText(zh: "请选择工作地点所在区", en: "Select the district of the workplace")) { $0.input.district == nil },
        Rule(id: "opening.closes.future", basis: .art(40), field: "closes_on",
             message: LocalizedText(zh: "截止日期须晚于今天", en: "The closing day is after today")) {
            guard let day = $0.input.closesOn else { return false }
            return day <= $0.today
        },
    ])

    /// A representative achievement (Art. 41).
    public struct AchievementFacts: Sendable {
        public var input: AchievementInput
        public var existing: Int
        public var currentYear: Int
    }

    public static let achievement = RuleBook<AchievementFacts>([
        Rule(id: "achievement.at_most_five", basis: .art(41), field: "kind",
             message: LocalizedText(zh: "代表性成果最多填写五项；请先删除一项再添加（第四十一条）",
                                    en: "A profile lists at most five representative achievements: remove one before adding another (Art. 41)")) {
            $0.existing >= maximumAchievements
        },
        Rule(id: "achievement.kind.required", basis: .art(41), field: "kind",
             message: LocalizedText(zh: "请选择成果类型", en: "Select the kind of achievement")) { $0.input.kind == nil },
        Rule(id: "achievement.title.required", basis: .art(41), field: "title",
             message: LocalizedText(zh: "请填写成果名称（不超过 300 字）", en: "Enter the achievement's title (up to 300 characters)")) {
            blank($0.input.title) || $0.input.title.count > 300
        },
        Rule(id: "achievement.year.range", basis: .art(41), field: "year",
             message: LocalizedText(zh: "请填写成果取得年份（1950 年至今）", en: "Enter the year of the achievement (1950 to this year)")) {
            !(1950...$0.currentYear).contains($0.input.year ?? 0)
        },
        Rule(id: "achievement.evidence.required", basis: .art(41), field: "evidence",
             message: LocalizedText(zh: "请提供成果证明（DOI、专利号、标准号、登记或验收证明编号等）（第四十一条）",
                                    en: "Give the evidence: a DOI, patent or standard number, or a registration or acceptance reference (Art. 41)")) {
            blank($0.input.evidence) || $0.input.evidence.count > 500
        },
        Rule(id: "achievement.contribution.required", basis: .art(41), field: "contribution",
             message: LocalizedText(zh: "请说明本人在该成果中的贡献（不超过 1000 字）", en: "Say what you contributed to it (up to 1,000 characters)")) {
            blank($0.input.contribution) || $0.input.contribution.count > 1000
        },
    ])

    /// A request to the one-stop service (Art. 47, 72).
    public struct RequestFacts: Sendable {
        public var kind: ServiceKind?
        public var details: String
    }

    public static let request = RuleBook<RequestFacts>([
        Rule(id: "service.kind.required", basis: .art(47), field: "kind",
             message: LocalizedText(zh: "请选择办理事项", en: "Select what you need")) { $0.kind == nil },
        Rule(id: "service.details.length", basis: .art(47), field: "details",
             message: LocalizedText(zh: "请简要说明您的需求（不超过 2000 字）", en: "Say briefly what you need (up to 2,000 characters)")) {
            blank($0.details) || $0.details.count > 2000
        },
    ])

    /// A step on a request (Art. 47): the officer explains a refusal or a request for information.
    public struct StepFacts: Sendable {
        public var step: ServiceStep
        public var note: String
        public var state: ServiceState
    }

    public static let step = RuleBook<StepFacts>([
        Rule(id: "service.step.open", basis: .art(47), field: "step",
             message: LocalizedText(zh: "该申请已办结，不能再操作", en: "This request is closed")) { !$0.state.isOpen },
        Rule(id: "service.step.note", basis: .art(47), field: "note",
             message: LocalizedText(zh: "不予办理、要求补充材料、补充材料和留言须写明内容（第四十七条）",
                                    en: "A refusal, a request for information, the information and a message need their text (Art. 47)")) {
            [.refuse, .requestInfo, .provideInfo, .message].contains($0.step) && blank($0.note)
        },
        Rule(id: "service.step.note_length", basis: nil, field: "note",
             message: LocalizedText(zh: "内容不超过 2000 字", en: "Keep it to 2,000 characters")) { $0.note.count > 2000 },
        Rule(id: "service.step.accept_once", basis: .art(47), field: "step",
             message: LocalizedText(zh: "该申请已受理", en: "This request has already been accepted")) { $0.step == .accept && $0.state != .submitted },
        Rule(id: "service.step.info_requested", basis: .art(47), field: "step",
             message: LocalizedText(zh: "部门未要求补充材料", en: "The department has not asked for information")) { $0.step == .provideInfo && $0.state != .infoRequested },
    ])

    /// Art. 50(1): evaluations of people read their representative achievements; nothing on the
    /// platform counts papers (`EvaluationDossier` has no count).
    public static let evaluation = CitedRule(
        id: "talent.evaluation.representative_achievements", module: "TAL", article: ArticleRef(50, paragraph: 1),
        message: LocalizedText(zh: "人才评价以代表性成果为依据，不以论文数量为评价指标（第四十一条、第五十条第一款）",
                               en: "Talent evaluation reads representative achievements and never counts papers (Art. 41, 50(1))"),
        effectiveFrom: .regulationInForce)

    /// Art. 47: a request past its deadline is escalated.
    public static let escalation = CitedRule(
        id: "service.deadline.escalation", module: "TAL", article: ArticleRef(47),
        message: LocalizedText(zh: "超过办理时限的申请自动督办（第四十七条）", en: "A request past its service-level deadline is escalated (Art. 47)"),
        effectiveFrom: .regulationInForce)

    /// Every rule of this module that cites an article, for the article pages.
    public static var citations: [CitedRule] {
        catalogueEntry.citations(module: "TAL") + adjustment.citations(module: "TAL") + opening.citations(module: "TAL")
            + achievement.citations(module: "TAL") + request.citations(module: "TAL") + step.citations(module: "TAL")
            + [evaluation, escalation] + PointsAssessment.citations
            + ServiceDesks.desks.compactMap { d in
                guard case .article(let ref) = d.basis else { return nil }
                return CitedRule(id: "service.documents.\(d.kind.rawValue)", module: "TAL", article: ref,
                                 message: LocalizedText(zh: "\(d.label.zh)：材料齐全方可提交", en: "\(d.label.en): submitted with every document it needs"),
                                 effectiveFrom: .regulationInForce)
            }
    }
}
