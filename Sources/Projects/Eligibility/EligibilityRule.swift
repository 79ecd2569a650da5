import Foundation
import Identity
import KechuangCore

// MARK: - The condition language

/// One condition of a call's eligibility rules: a small typed language stored as JSON.
///
/// JSON form (stable — the keys are spelled out below, not derived from Swift names):
/// a condition without a value is a bare string, any other is an object with exactly one key.
///
///     "registeredInBeijing"
///     {"piAgeAtMost": 35}
///     {"organisationTypeIn": ["university", "research_institute"]}
///     {"all": ["integrityClear", {"not": {"organisationTypeIn": ["government_department"]}}]}
///
/// The forbidden kinds (professional title, papers, awards, ownership, nationality) can be
/// written down and decoded, so that `Eligibility.validate` can refuse them citing the article.
public indirect enum Condition: Sendable, Equatable {
    /// The applicant organisation's type is one of these (`OrganisationType` raw values of Identity).
    case organisationTypeIn([String])
    /// The applicant organisation's district is not `outside_beijing`.
    case registeredInBeijing
    /// No integrity restriction on project application (Art. 60); unknown status fails.
    case integrityClear
    /// The principal investigator leads fewer than N running projects.
    case runningProjectsOfPIBelow(Int)
    /// The principal investigator's age, counted by year at the call's closing date, is at most N (Art. 45).
    case piAgeAtMost(Int)
    /// Years from the principal investigator's PhD to the call's closing date, counted by year, at most N.
    case yearsSincePhDAtMost(Int)
    /// The consortium (the applicant organisation and its partners) includes this organisation type (Art. 3).
    case teamIncludesOrganisationType(String)
    /// Research in a sensitive area (human subjects, animals, AI, other) has ethics approval (Art. 61).
    case ethicsApprovalIfSensitive
    case all([Condition])
    case any([Condition])
    case not(Condition)
    // Forbidden kinds: representable so that the platform can refuse them with the article.
    /// Forbidden by Art. 50(1).
    case professionalTitleAtLeast(String)
    /// Forbidden by Art. 50(1).
    case papersAtLeast(Int)
    /// Forbidden by Art. 50(1): awards and honour titles (杰青, 长江学者, …).
    case awardRequired(String)
    /// Forbidden by Art. 5: state / private / foreign_invested / mixed.
    case ownershipIn([String])
    /// Forbidden by Art. 72(2): foreign nationals may lead projects.
    case nationalityIn([String])
}

// MARK: - Rules and facts

/// A rule of a call: a condition, the article it implements, the period it is in force and the
/// text shown to applicants. Stored as JSON:
///
///     {"id": "young.age", "condition": {"piAgeAtMost": 35}, "article": "45",
///      "effectiveFrom": "2025-01-01T00:00:00+08:00",
///      "description": {"zh": "…", "en": "…"}}
///
/// `article` is written as its code (`"45"`, `"50(1)"`); dates are ISO 8601 (written with the
/// Beijing offset, whole seconds; a bare `"2025-01-01"` is read as Beijing midnight);
/// `effectiveUntil` (exclusive) is left out when open-ended.
public struct EligibilityRule: Sendable, Equatable, Identifiable {
    public var id: String
    public var condition: Condition
    /// The article the rule implements, e.g. Art. 45 for an age limit, Art. 60 for integrity.
    public var article: ArticleRef
    public var effectiveFrom: Date
    /// Exclusive: the rule no longer applies from this instant.
    public var effectiveUntil: Date?
    /// Shown to applicants.
    public var description: LocalizedText

    public init(
        id: String, condition: Condition, article: ArticleRef, effectiveFrom: Date = .regulationInForce,
        effectiveUntil: Date? = nil, description: LocalizedText
    ) {
        self.id = id
        self.condition = condition
        self.article = article
        self.effectiveFrom = effectiveFrom
        self.effectiveUntil = effectiveUntil
        self.description = description
    }

    /// Same interval as `Rule.isInForce`: from `effectiveFrom` (inclusive) to `effectiveUntil` (exclusive).
    public func isInForce(at date: Date) -> Bool {
        date >= effectiveFrom && (effectiveUntil.map { date < $0 } ?? true)
    }
}

/// The facts about an application that rules are evaluated on (filled by the applications module).
/// `nil` means unknown: a condition that needs an unknown fact is not met, and says so.
public struct ApplicationFacts: Sendable, Codable, Equatable {
    /// `OrganisationType` raw value of the applicant (lead) organisation.
    public var organisationType: String?
    /// `District` raw value of the applicant organisation (`outside_beijing` for partners elsewhere).
    public var organisationDistrict: String?
    /// Whether the applicant is restricted from project application for research misconduct (Art. 60).
    public var integrityRestricted: Bool?
    public var runningProjectsOfPI: Int?
    public var piBirthYear: Int?
    public var piPhDYear: Int?
    /// Types of the partner organisations. The applicant organisation counts as a member of the
    /// consortium too, so it need not be repeated here.
    public var teamOrganisationTypes: [String]
    /// "human", "animal", "ai", "other".
    public var sensitiveAreas: Set<String>
    public var hasEthicsApproval: Bool
    /// The call's closing date: ages and years since the PhD are counted at this date's year (Beijing time).
    public var referenceDate: Date

    public init(
        organisationType: String? = nil, organisationDistrict: String? = nil, integrityRestricted: Bool? = nil,
        runningProjectsOfPI: Int? = nil, piBirthYear: Int? = nil, piPhDYear: Int? = nil,
        teamOrganisationTypes: [String] = [], sensitiveAreas: Set<String> = [], hasEthicsApproval: Bool = false,
        referenceDate: Date
    ) {
        self.organisationType = organisationType
        self.organisationDistrict = organisationDistrict
        self.integrityRestricted = integrityRestricted
        self.runningProjectsOfPI = runningProjectsOfPI
        self.piBirthYear = piBirthYear
        self.piPhDYear = piPhDYear
        self.teamOrganisationTypes = teamOrganisationTypes
        self.sensitiveAreas = sensitiveAreas
        self.hasEthicsApproval = hasEthicsApproval
        self.referenceDate = referenceDate
    }
}

/// The result of one rule for one application: passed or not, the article, and a sentence in both
/// languages that cites the article, says met / not met and gives the facts behind it.
public struct RuleOutcome: Sendable, Codable, Equatable {
    public let ruleID: String
    public let passed: Bool
    public let article: ArticleRef
    /// e.g. zh "项目负责人年龄不超过35周岁（第四十五条）：不符合，项目负责人2025年为38周岁（1987年出生）。"
    public let sentence: LocalizedText

    public init(ruleID: String, passed: Bool, article: ArticleRef, sentence: LocalizedText) {
        self.ruleID = ruleID
        self.passed = passed
        self.article = article
        self.sentence = sentence
    }
}

// MARK: - Validation and evaluation

public enum Eligibility {
    /// Types an organisation may have: Identity's `OrganisationType`. `validate` refuses a
    /// condition naming any other type (a typo there would silently exclude everyone).
    public static let organisationTypes: [String] = OrganisationType.allCases.map(\.rawValue)

    /// The regulation has 76 articles; a rule citing another number is a mistake.
    static let articleCount = 76

    /// Every problem with the rules, as field errors: one per forbidden condition anywhere in a
    /// condition tree (rule id `eligibility.forbidden.title` / `.papers` / `.award` / `.ownership` /
    /// `.nationality`, basis the forbidding article, message quoting it), and the mistakes that
    /// make a rule meaningless (`eligibility.invalid.*`, no basis).
    public static func violations(of rules: [EligibilityRule]) -> [FieldError] {
        var errors: [FieldError] = []
        var seenIDs: Set<String> = []
        for (i, rule) in rules.enumerated() {
            let prefix = "rules[\(i)]"
            let id = rule.id.trimmingCharacters(in: .whitespacesAndNewlines)
            if id.isEmpty {
                errors.append(FieldError(field: "\(prefix).id", rule: "eligibility.invalid.id", message: LocalizedText(
                    zh: "请填写规则编号", en: "Enter an identifier for the rule")))
            } else if !seenIDs.insert(id).inserted {
                errors.append(FieldError(field: "\(prefix).id", rule: "eligibility.invalid.duplicate_id", message: LocalizedText(
                    zh: "规则编号“\(id)”重复，每条规则须有不同的编号",
                    en: "The rule identifier “\(id)” is used twice: each rule needs its own")))
            }
            if !(1...articleCount).contains(rule.article.article) {
                errors.append(FieldError(field: "\(prefix).article", rule: "eligibility.invalid.article", message: LocalizedText(
                    zh: "条例只有第一条至第七十六条，请核对规则所依据的条款（现为 \(rule.article.code)）",
                    en: "The regulation has Articles 1 to 76: check the article this rule implements (now \(rule.article.code))")))
            }
            if let until = rule.effectiveUntil, until <= rule.effectiveFrom {
                errors.append(FieldError(field: "\(prefix).effectiveUntil", rule: "eligibility.invalid.dates", message: LocalizedText(
                    zh: "失效日期须晚于生效日期", en: "The end date must be after the date the rule comes into force")))
            }
            if rule.description.zh.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
                || rule.description.en.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                errors.append(FieldError(field: "\(prefix).description", rule: "eligibility.invalid.description", message: LocalizedText(
                    zh: "请用中文和英文填写向申报人展示的规则说明",
                    en: "Describe the rule for applicants in both Chinese and English")))
            }
            let field = "\(prefix).condition"
            for use in rule.condition.forbiddenUses {
                errors.append(FieldError(field: field, rule: use.ruleID, message: use.message, basis: .article(use.article)))
            }
            for problem in rule.condition.structuralProblems {
                errors.append(FieldError(field: field, rule: problem.rule, message: problem.message))
            }
        }
        return errors
    }

    /// Refuses rules the regulation forbids, anywhere in the condition tree, and rules that cannot
    /// mean anything: throws `DomainError.validation` with every problem of every rule.
    public static func validate(_ rules: [EligibilityRule]) throws {
        let errors = violations(of: rules)
        if !errors.isEmpty { throw DomainError.validation(errors) }
    }

    /// Evaluates the rules in force at `date` against the facts: one outcome per rule in force, in order.
    ///
    /// A fact that is missing makes its condition not met, with a sentence saying it could not be
    /// checked. A rule that contains a forbidden condition (stored before it was validated) is not
    /// applied: it passes, and its sentence says why — no applicant is excluded on such a ground.
    public static func evaluate(_ rules: [EligibilityRule], facts: ApplicationFacts, at date: Date) -> [RuleOutcome] {
        rules.filter { $0.isInForce(at: date) }.map { outcome(of: $0, facts: facts) }
    }

    static func outcome(of rule: EligibilityRule, facts: ApplicationFacts) -> RuleOutcome {
        let requirement = rule.condition.requirement
        let head = LocalizedText(
            zh: "\(requirement.zh)（\(rule.article.chinese)）",
            en: "\(capitalized(requirement.en)) (\(rule.article.english))")
        if let use = rule.condition.forbiddenUses.first {
            return RuleOutcome(ruleID: rule.id, passed: true, article: rule.article, sentence: LocalizedText(
                zh: "\(head.zh)：不予适用，该规则含有\(use.article.chinese)禁止的条件（\(use.what.zh)），不作为申报限制。",
                en: "\(head.en): not applied — the rule contains a condition that \(use.article.english) forbids (\(use.what.en)), so it excludes no one."))
        }
        let finding = rule.condition.evaluate(EvaluationContext(facts: facts))
        let passed = finding.verdict == .met
        let reasons = LocalizedText(
            zh: finding.facts.map(\.zh).joined(separator: "；"),
            en: finding.facts.map(\.en).joined(separator: "; "))
        return RuleOutcome(ruleID: rule.id, passed: passed, article: rule.article, sentence: LocalizedText(
            zh: "\(head.zh)：\(passed ? "符合" : "不符合")，\(reasons.zh)。",
            en: "\(head.en): \(passed ? "met" : "not met") — \(reasons.en)."))
    }

    static func capitalized(_ s: String) -> String {
        guard let first = s.first else { return s }
        return first.uppercased() + s.dropFirst()
    }
}

// MARK: - Forbidden conditions

/// A use of a forbidden kind of condition, with the article that forbids it.
struct ForbiddenUse: Equatable {
    let ruleID: String
    let article: ArticleRef
    /// What the condition asked for, e.g. zh "职称不低于“正高级”".
    let what: LocalizedText
    let message: LocalizedText
}

extension Condition {
    private static let art50_1 = ArticleRef(50, paragraph: 1)
    private static let art5 = ArticleRef(5)
    private static let art72_2 = ArticleRef(72, paragraph: 2)

    private static let quote50_1 = LocalizedText(
        zh: "第五十条第一款规定：“合理设置科技项目申报条件，不得将职称、论文、奖项等作为申报的限制性条件。”",
        en: "Art. 50(1): “set reasonable conditions for applying for S&T projects, and do not make professional titles, papers, awards and the like restrictive conditions of application.”")
    private static let quote5 = LocalizedText(
        zh: "第五条规定：“依法保障创新主体平等获取创新资源，公平参与市场竞争。”",
        en: "Art. 5: “innovation actors are guaranteed, in accordance with law, equal access to innovation resources and fair participation in market competition.”")
    private static let quote72_2 = LocalizedText(
        zh: "第七十二条第二款规定：“外籍创新人才可以按照规定担任本市重大科研项目主持人或者首席科学家。”",
        en: "Art. 72(2): “foreign innovation talent may, in accordance with regulations, serve as principal investigators or chief scientists of the city’s major research projects.”")

    /// Every forbidden condition in the tree, depth first, in the order written (also under `not`:
    /// excluding people who hold a title is as much a title condition as requiring one).
    var forbiddenUses: [ForbiddenUse] {
        switch self {
        case .all(let cs), .any(let cs): return cs.flatMap(\.forbiddenUses)
        case .not(let c): return c.forbiddenUses
        case .professionalTitleAtLeast(let title):
            let what = LocalizedText(zh: "职称不低于“\(title)”", en: "a professional title of at least “\(title)”")
            return [ForbiddenUse(ruleID: "eligibility.forbidden.title", article: Self.art50_1, what: what, message: LocalizedText(
                zh: "不得将职称作为申报条件（此处要求\(what.zh)）。\(Self.quote50_1.zh)",
                en: "A professional title may not be a condition of application (this rule asks for \(what.en)). \(Self.quote50_1.en)"))]
        case .papersAtLeast(let n):
            let what = LocalizedText(zh: "论文不少于\(n)篇", en: "at least \(n) \(n == 1 ? "paper" : "papers")")
            return [ForbiddenUse(ruleID: "eligibility.forbidden.papers", article: Self.art50_1, what: what, message: LocalizedText(
                zh: "不得将论文数量作为申报条件（此处要求\(what.zh)）。\(Self.quote50_1.zh)",
                en: "A number of papers may not be a condition of application (this rule asks for \(what.en)). \(Self.quote50_1.en)"))]
        case .awardRequired(let award):
            let what = LocalizedText(zh: "获得“\(award)”", en: "the award or honour “\(award)”")
            return [ForbiddenUse(ruleID: "eligibility.forbidden.award", article: Self.art50_1, what: what, message: LocalizedText(
                zh: "不得将奖项或人才称号作为申报条件（此处要求\(what.zh)）。\(Self.quote50_1.zh)",
                en: "An award or honour title may not be a condition of application (this rule asks for \(what.en)). \(Self.quote50_1.en)"))]
        case .ownershipIn(let kinds):
            let what = LocalizedText(
                zh: "所有制类型限于\(kinds.map { Labels.ownership($0).zh }.joined(separator: "、"))",
                en: "ownership limited to \(kinds.map { Labels.ownership($0).en }.joined(separator: ", "))")
            return [ForbiddenUse(ruleID: "eligibility.forbidden.ownership", article: Self.art5, what: what, message: LocalizedText(
                zh: "不得按所有制类型（国有、民营、外商投资、混合所有制）限定申报单位（此处\(what.zh)）。\(Self.quote5.zh)",
                en: "Applicants may not be selected by ownership (state-owned, private, foreign-invested, mixed) — this rule has \(what.en). \(Self.quote5.en)"))]
        case .nationalityIn(let nationalities):
            let list = nationalities.joined(separator: ", ")
            let what = LocalizedText(zh: "国籍限于\(nationalities.joined(separator: "、"))", en: "nationality limited to \(list)")
            return [ForbiddenUse(ruleID: "eligibility.forbidden.nationality", article: Self.art72_2, what: what, message: LocalizedText(
                zh: "不得按国籍限定项目负责人，外籍人才同样可以主持项目（此处\(what.zh)）。\(Self.quote72_2.zh)",
                en: "The principal investigator may not be selected by nationality: foreign nationals may lead projects too (this rule has \(what.en)). \(Self.quote72_2.en)"))]
        case .organisationTypeIn, .registeredInBeijing, .integrityClear, .runningProjectsOfPIBelow, .piAgeAtMost,
             .yearsSincePhDAtMost, .teamIncludesOrganisationType, .ethicsApprovalIfSensitive:
            return []
        }
    }

    /// Conditions that cannot mean anything: empty lists, impossible thresholds, unknown organisation types.
    var structuralProblems: [(rule: String, message: LocalizedText)] {
        func unknownTypes(_ types: [String]) -> [(rule: String, message: LocalizedText)] {
            types.filter { !Eligibility.organisationTypes.contains($0) }.map { type in
                ("eligibility.invalid.organisation_type", LocalizedText(
                    zh: "未知的机构类型“\(type)”，可选：\(Eligibility.organisationTypes.joined(separator: "、"))",
                    en: "Unknown organisation type “\(type)”; the types are \(Eligibility.organisationTypes.joined(separator: ", "))"))
            }
        }
        func empty(_ what: LocalizedText) -> [(rule: String, message: LocalizedText)] {
            [("eligibility.invalid.empty", LocalizedText(zh: "\(what.zh)不能为空", en: "\(what.en) cannot be empty"))]
        }
        func threshold(_ text: LocalizedText) -> [(rule: String, message: LocalizedText)] {
            [("eligibility.invalid.threshold", text)]
        }
        switch self {
        case .all(let cs):
            return cs.isEmpty ? empty(LocalizedText(zh: "“全部满足”（all）的条件列表", en: "The list of an “all” condition"))
                : cs.flatMap(\.structuralProblems)
        case .any(let cs):
            return cs.isEmpty ? empty(LocalizedText(zh: "“满足其一”（any）的条件列表", en: "The list of an “any” condition"))
                : cs.flatMap(\.structuralProblems)
        case .not(let c):
            return c.structuralProblems
        case .organisationTypeIn(let types):
            return types.isEmpty ? empty(LocalizedText(zh: "机构类型列表", en: "The list of organisation types")) : unknownTypes(types)
        case .teamIncludesOrganisationType(let type):
            return unknownTypes([type])
        case .runningProjectsOfPIBelow(let n):
            return n >= 1 ? [] : threshold(LocalizedText(
                zh: "在研项目数上限须至少为1（“少于\(n)项”无人能满足）",
                en: "The limit on running projects must be at least 1 (“fewer than \(n)” can never be met)"))
        case .piAgeAtMost(let n):
            return (1...120).contains(n) ? [] : threshold(LocalizedText(
                zh: "年龄上限须在1至120周岁之间（现为\(n)）", en: "The age limit must be between 1 and 120 years (now \(n))"))
        case .yearsSincePhDAtMost(let n):
            return n >= 0 ? [] : threshold(LocalizedText(
                zh: "获得博士学位年限不能为负数（现为\(n)）", en: "The years since the PhD cannot be negative (now \(n))"))
        case .registeredInBeijing, .integrityClear, .ethicsApprovalIfSensitive,
             .professionalTitleAtLeast, .papersAtLeast, .awardRequired, .ownershipIn, .nationalityIn:
            return []
        }
    }
}

// MARK: - What a condition asks for

extension Condition {
    /// What the condition asks for, as a clause (English starts in lower case so that it can be nested).
    public var requirement: LocalizedText {
        switch self {
        case .organisationTypeIn(let types):
            let zh = types.map { Labels.organisationType($0).zh }
            let en = types.map { Labels.organisationType($0).en }
            return types.count == 1
                ? LocalizedText(zh: "申报单位类型为\(zh[0])", en: "the applicant organisation is of the type \(en[0])")
                : LocalizedText(zh: "申报单位类型为\(zh.joined(separator: "、"))之一",
                                en: "the applicant organisation is of one of the types \(en.joined(separator: ", "))")
        case .registeredInBeijing:
            return LocalizedText(zh: "申报单位注册地在北京市", en: "the applicant organisation is registered in Beijing")
        case .integrityClear:
            return LocalizedText(zh: "申报主体未因科研失信被限制申报科技项目",
                                 en: "the applicant is not restricted from applying for projects for research misconduct")
        case .runningProjectsOfPIBelow(let n):
            return n == 1
                ? LocalizedText(zh: "项目负责人无在研项目", en: "the principal investigator leads no running project")
                : LocalizedText(zh: "项目负责人主持的在研项目少于\(n)项",
                                en: "the principal investigator leads fewer than \(n) running projects")
        case .piAgeAtMost(let n):
            return LocalizedText(zh: "项目负责人年龄不超过\(n)周岁", en: "the principal investigator is at most \(n) years old")
        case .yearsSincePhDAtMost(let n):
            return LocalizedText(zh: "项目负责人获得博士学位不超过\(n)年",
                                 en: "the principal investigator received the PhD at most \(Labels.years(n)) ago")
        case .teamIncludesOrganisationType(let type):
            let label = Labels.organisationType(type)
            return LocalizedText(zh: "联合体至少包括一家\(label.zh)", en: "the consortium includes at least one \(label.en)")
        case .ethicsApprovalIfSensitive:
            return LocalizedText(zh: "涉及科技伦理敏感领域的研究已通过伦理审查",
                                 en: "research in an ethically sensitive area (human subjects, animals, AI and the like) has ethics approval")
        case .all(let cs):
            return LocalizedText(zh: "同时满足：\(cs.map { $0.nestedRequirement.zh }.joined(separator: "；"))",
                                 en: "all of: \(cs.map { $0.nestedRequirement.en }.joined(separator: "; "))")
        case .any(let cs):
            return LocalizedText(zh: "至少满足其一：\(cs.map { $0.nestedRequirement.zh }.joined(separator: "；"))",
                                 en: "at least one of: \(cs.map { $0.nestedRequirement.en }.joined(separator: "; "))")
        case .not(let c):
            return LocalizedText(zh: "不属于以下情形：\(c.nestedRequirement.zh)", en: "not the case that \(c.nestedRequirement.en)")
        case .professionalTitleAtLeast, .papersAtLeast, .awardRequired, .ownershipIn, .nationalityIn:
            let what = forbiddenUses[0].what
            return LocalizedText(zh: "要求\(what.zh)", en: "requires \(what.en)")
        }
    }

    /// Compound conditions inside compound conditions are bracketed so that the nesting stays readable.
    private var nestedRequirement: LocalizedText {
        switch self {
        case .all, .any, .not:
            let r = requirement
            return LocalizedText(zh: "（\(r.zh)）", en: "(\(r.en))")
        default:
            return requirement
        }
    }
}

// MARK: - Evaluation (three-valued: a missing fact is neither met nor not met)

enum Verdict: Equatable {
    case met, notMet, unknown
}

struct Finding {
    var verdict: Verdict
    /// Neutral statements of the facts behind the verdict, so that `not` can reuse them.
    var facts: [LocalizedText]
}

struct EvaluationContext {
    let facts: ApplicationFacts
    /// The call's closing year, in Beijing time.
    let referenceYear: Int

    init(facts: ApplicationFacts) {
        self.facts = facts
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        self.referenceYear = calendar.component(.year, from: facts.referenceDate)
    }
}

extension Condition {
    func evaluate(_ context: EvaluationContext) -> Finding {
        let facts = context.facts
        switch self {
        case .organisationTypeIn(let types):
            guard let type = facts.organisationType else {
                return Finding(verdict: .unknown, facts: [LocalizedText(
                    zh: "申报单位类型未知，无法核验", en: "the applicant organisation's type is not known, so this could not be checked")])
            }
            let label = Labels.organisationType(type)
            return Finding(verdict: types.contains(type) ? .met : .notMet, facts: [LocalizedText(
                zh: "申报单位类型为\(label.zh)", en: "the applicant organisation is of the type \(label.en)")])

        case .registeredInBeijing:
            guard let district = facts.organisationDistrict, !district.isEmpty else {
                return Finding(verdict: .unknown, facts: [LocalizedText(
                    zh: "申报单位注册地未知，无法核验", en: "the applicant organisation's district is not known, so this could not be checked")])
            }
            if district == "outside_beijing" {
                return Finding(verdict: .notMet, facts: [LocalizedText(
                    zh: "申报单位注册地在北京市外", en: "the applicant organisation is registered outside Beijing")])
            }
            let label = Labels.district(district)
            return Finding(verdict: .met, facts: [LocalizedText(
                zh: "申报单位注册于\(label.zh)", en: "the applicant organisation is registered in \(label.en)")])

        case .integrityClear:
            switch facts.integrityRestricted {
            case nil:
                return Finding(verdict: .unknown, facts: [LocalizedText(
                    zh: "无法核验科研诚信状况", en: "the integrity status could not be checked")])
            case true?:
                return Finding(verdict: .notMet, facts: [LocalizedText(
                    zh: "申报主体因科研失信行为被限制申报科技项目",
                    en: "the applicant is restricted from applying for projects because of research misconduct")])
            case false?:
                return Finding(verdict: .met, facts: [LocalizedText(
                    zh: "科研诚信信息系统中无限制申报记录",
                    en: "the research integrity system records no restriction on applying for projects")])
            }

        case .runningProjectsOfPIBelow(let n):
            guard let running = facts.runningProjectsOfPI else {
                return Finding(verdict: .unknown, facts: [LocalizedText(
                    zh: "项目负责人在研项目数未知，无法核验",
                    en: "the number of running projects the principal investigator leads is not known, so this could not be checked")])
            }
            return Finding(verdict: running < n ? .met : .notMet, facts: [LocalizedText(
                zh: "项目负责人现主持\(running)项在研项目",
                en: "the principal investigator leads \(running) running \(running == 1 ? "project" : "projects")")])

        case .piAgeAtMost(let n):
            guard let born = facts.piBirthYear else {
                return Finding(verdict: .unknown, facts: [LocalizedText(
                    zh: "项目负责人出生年份未知，无法核验年龄",
                    en: "the principal investigator's year of birth is not known, so the age could not be checked")])
            }
            // A year far outside the calendar (an old row, a hand-written fact) is unknown, not a trap.
            let (age, ageOverflow) = context.referenceYear.subtractingReportingOverflow(born)
            guard !ageOverflow, age >= 0 else {
                return Finding(verdict: .unknown, facts: [LocalizedText(
                    zh: "项目负责人出生年份（\(born)年）晚于申报截止年份（\(context.referenceYear)年），无法核验年龄",
                    en: "the principal investigator's year of birth (\(born)) is after the closing year (\(context.referenceYear)), so the age could not be checked")])
            }
            return Finding(verdict: age <= n ? .met : .notMet, facts: [LocalizedText(
                zh: "项目负责人\(context.referenceYear)年为\(age)周岁（\(born)年出生）",
                en: "the principal investigator is \(age) in \(context.referenceYear) (born in \(born))")])

        case .yearsSincePhDAtMost(let n):
            guard let phd = facts.piPhDYear else {
                return Finding(verdict: .unknown, facts: [LocalizedText(
                    zh: "项目负责人获得博士学位的年份未知，无法核验",
                    en: "the year of the principal investigator's PhD is not known, so this could not be checked")])
            }
            let (years, yearsOverflow) = context.referenceYear.subtractingReportingOverflow(phd)
            guard !yearsOverflow, years >= 0 else {
                return Finding(verdict: .unknown, facts: [LocalizedText(
                    zh: "项目负责人获得博士学位的年份（\(phd)年）晚于申报截止年份（\(context.referenceYear)年），无法核验",
                    en: "the year of the principal investigator's PhD (\(phd)) is after the closing year (\(context.referenceYear)), so this could not be checked")])
            }
            return Finding(verdict: years <= n ? .met : .notMet, facts: [LocalizedText(
                zh: "项目负责人于\(phd)年获得博士学位，至\(context.referenceYear)年为\(years)年",
                en: "the principal investigator received the PhD in \(phd), \(Labels.years(years)) before \(context.referenceYear)")])

        case .teamIncludesOrganisationType(let wanted):
            let members = (facts.organisationType.map { [($0, true)] } ?? []) + facts.teamOrganisationTypes.map { ($0, false) }
            let list = LocalizedText(
                zh: members.map { Labels.organisationType($0.0).zh + ($0.1 ? "（牵头）" : "") }.joined(separator: "、"),
                en: members.map { Labels.organisationType($0.0).en + ($0.1 ? " (lead)" : "") }.joined(separator: ", "))
            if members.contains(where: { $0.0 == wanted }) {
                return Finding(verdict: .met, facts: [LocalizedText(zh: "联合体成员为\(list.zh)", en: "the consortium consists of \(list.en)")])
            }
            let label = Labels.organisationType(wanted)
            if facts.organisationType == nil {
                return Finding(verdict: .unknown, facts: [LocalizedText(
                    zh: members.isEmpty ? "联合体成员未知，无法核验" : "牵头单位类型未知，合作单位为\(list.zh)，无法核验是否包括\(label.zh)",
                    en: members.isEmpty ? "the members of the consortium are not known, so this could not be checked"
                        : "the lead organisation's type is not known and the partners are \(list.en), so whether it includes a \(label.en) could not be checked")])
            }
            return Finding(verdict: .notMet, facts: [LocalizedText(
                zh: "联合体成员为\(list.zh)，不包括\(label.zh)", en: "the consortium consists of \(list.en), with no \(label.en)")])

        case .ethicsApprovalIfSensitive:
            let areas = facts.sensitiveAreas.sorted { Labels.sensitiveAreaOrder($0) < Labels.sensitiveAreaOrder($1) }
            if areas.isEmpty {
                return Finding(verdict: .met, facts: [LocalizedText(
                    zh: "研究不涉及科技伦理敏感领域，无需伦理审查", en: "the research involves no ethically sensitive area, so no ethics approval is needed")])
            }
            let zh = areas.map { Labels.sensitiveArea($0).zh }.joined(separator: "、")
            let en = Labels.englishList(areas.map { Labels.sensitiveArea($0).en })
            return facts.hasEthicsApproval
                ? Finding(verdict: .met, facts: [LocalizedText(
                    zh: "研究涉及\(zh)，已通过伦理审查", en: "the research involves \(en) and has ethics approval")])
                : Finding(verdict: .notMet, facts: [LocalizedText(
                    zh: "研究涉及\(zh)，但未通过伦理审查", en: "the research involves \(en) but has no ethics approval")])

        case .all(let cs):
            let findings = cs.map { $0.evaluate(context) }
            if findings.contains(where: { $0.verdict == .notMet }) {
                return Finding(verdict: .notMet, facts: findings.filter { $0.verdict != .met }.flatMap(\.facts))
            }
            if findings.contains(where: { $0.verdict == .unknown }) {
                return Finding(verdict: .unknown, facts: findings.filter { $0.verdict == .unknown }.flatMap(\.facts))
            }
            return Finding(verdict: .met, facts: findings.flatMap(\.facts))

        case .any(let cs):
            let findings = cs.map { $0.evaluate(context) }
            if findings.contains(where: { $0.verdict == .met }) {
                return Finding(verdict: .met, facts: findings.filter { $0.verdict == .met }.flatMap(\.facts))
            }
            return Finding(verdict: findings.contains { $0.verdict == .unknown } ? .unknown : .notMet,
                           facts: findings.flatMap(\.facts))

        case .not(let c):
            let inner = c.evaluate(context)
            let verdict: Verdict = switch inner.verdict {
            case .met: .notMet
            case .notMet: .met
            case .unknown: .unknown
            }
            return Finding(verdict: verdict, facts: inner.facts)

        case .professionalTitleAtLeast, .papersAtLeast, .awardRequired, .ownershipIn, .nationalityIn:
            // Never applied: `Eligibility.outcome` reports the whole rule as not applied first.
            return Finding(verdict: .met, facts: [LocalizedText(
                zh: "该条件为条例所禁止，不予适用", en: "this condition is forbidden by the regulation and not applied")])
        }
    }
}

// MARK: - Labels used in sentences

/// Labels for the values that appear in sentences, from Identity's own enums (lower-cased in
/// English, as they stand mid-sentence); an unknown value is shown as written.
enum Labels {
    static func organisationType(_ raw: String) -> LocalizedText {
        guard let label = OrganisationType(rawValue: raw)?.label else { return LocalizedText(zh: "“\(raw)”", en: "“\(raw)”") }
        // "University" → "university", but "S&T service provider" keeps its acronym.
        let keepsCase = label.en.dropFirst().first.map { !$0.isLowercase } ?? true
        return LocalizedText(zh: label.zh, en: keepsCase ? label.en : label.en.prefix(1).lowercased() + label.en.dropFirst())
    }

    static func district(_ raw: String) -> LocalizedText {
        guard let district = District(rawValue: raw), district != .outsideBeijing else {
            return LocalizedText(zh: "“\(raw)”", en: "“\(raw)”")
        }
        return LocalizedText(zh: district.label.zh, en: "\(district.label.en) District")
    }

    static func ownership(_ raw: String) -> LocalizedText {
        switch raw {
        case "state": LocalizedText(zh: "国有", en: "state-owned")
        case "private": LocalizedText(zh: "民营", en: "private")
        case "foreign_invested": LocalizedText(zh: "外商投资", en: "foreign-invested")
        case "mixed": LocalizedText(zh: "混合所有制", en: "mixed")
        default: LocalizedText(zh: "“\(raw)”", en: "“\(raw)”")
        }
    }

    static func sensitiveArea(_ raw: String) -> LocalizedText {
        switch raw {
        case "human": LocalizedText(zh: "人类受试者", en: "human subjects")
        case "animal": LocalizedText(zh: "实验动物", en: "animals")
        case "ai": LocalizedText(zh: "人工智能", en: "artificial intelligence")
        case "other": LocalizedText(zh: "其他科技伦理敏感领域", en: "another ethically sensitive area")
        default: LocalizedText(zh: "“\(raw)”", en: "“\(raw)”")
        }
    }

    /// Areas in a fixed order (human, animal, ai, other, then others alphabetically) so sentences are stable.
    static func sensitiveAreaOrder(_ raw: String) -> String {
        switch raw {
        case "human": "0"
        case "animal": "1"
        case "ai": "2"
        case "other": "3"
        default: "4" + raw
        }
    }

    static func years(_ n: Int) -> String { n == 1 ? "1 year" : "\(n) years" }

    /// "a", "a and b", "a, b and c".
    static func englishList(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }
}

// MARK: - JSON form

extension Condition: Codable {
    /// The JSON names of the kinds. Written out so that renaming a Swift case never changes stored rules.
    enum Kind: String, CaseIterable {
        case organisationTypeIn, registeredInBeijing, integrityClear, runningProjectsOfPIBelow, piAgeAtMost
        case yearsSincePhDAtMost, teamIncludesOrganisationType, ethicsApprovalIfSensitive
        case all, any, not
        case professionalTitleAtLeast, papersAtLeast, awardRequired, ownershipIn, nationalityIn

        /// The condition for a kind that takes no value.
        var bare: Condition? {
            switch self {
            case .registeredInBeijing: .registeredInBeijing
            case .integrityClear: .integrityClear
            case .ethicsApprovalIfSensitive: .ethicsApprovalIfSensitive
            default: nil
            }
        }
    }

    var kind: Kind {
        switch self {
        case .organisationTypeIn: .organisationTypeIn
        case .registeredInBeijing: .registeredInBeijing
        case .integrityClear: .integrityClear
        case .runningProjectsOfPIBelow: .runningProjectsOfPIBelow
        case .piAgeAtMost: .piAgeAtMost
        case .yearsSincePhDAtMost: .yearsSincePhDAtMost
        case .teamIncludesOrganisationType: .teamIncludesOrganisationType
        case .ethicsApprovalIfSensitive: .ethicsApprovalIfSensitive
        case .all: .all
        case .any: .any
        case .not: .not
        case .professionalTitleAtLeast: .professionalTitleAtLeast
        case .papersAtLeast: .papersAtLeast
        case .awardRequired: .awardRequired
        case .ownershipIn: .ownershipIn
        case .nationalityIn: .nationalityIn
        }
    }

    struct Key: CodingKey {
        let stringValue: String
        var intValue: Int? { nil }
        init(_ kind: Kind) { stringValue = kind.rawValue }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        if kind.bare != nil {
            var single = encoder.singleValueContainer()
            try single.encode(kind.rawValue)
            return
        }
        var container = encoder.container(keyedBy: Key.self)
        let key = Key(kind)
        switch self {
        case .organisationTypeIn(let v), .ownershipIn(let v), .nationalityIn(let v):
            try container.encode(v, forKey: key)
        case .teamIncludesOrganisationType(let v), .professionalTitleAtLeast(let v), .awardRequired(let v):
            try container.encode(v, forKey: key)
        case .runningProjectsOfPIBelow(let n), .piAgeAtMost(let n), .yearsSincePhDAtMost(let n), .papersAtLeast(let n):
            try container.encode(n, forKey: key)
        case .all(let cs), .any(let cs):
            try container.encode(cs, forKey: key)
        case .not(let c):
            try container.encode(c, forKey: key)
        case .registeredInBeijing, .integrityClear, .ethicsApprovalIfSensitive:
            break // encoded as a bare string above
        }
    }

    public init(from decoder: any Decoder) throws {
        let known = Kind.allCases.map(\.rawValue).joined(separator: ", ")
        if let single = try? decoder.singleValueContainer(), let name = try? single.decode(String.self) {
            guard let kind = Kind(rawValue: name) else {
                throw DecodingError.dataCorruptedError(in: single, debugDescription: "Unknown condition “\(name)”; the conditions are \(known)")
            }
            guard let bare = kind.bare else {
                throw DecodingError.dataCorruptedError(in: single, debugDescription: "The condition “\(name)” needs a value: write {\"\(name)\": …}")
            }
            self = bare
            return
        }
        let container = try decoder.container(keyedBy: Key.self)
        guard container.allKeys.count == 1, let key = container.allKeys.first else {
            throw DecodingError.dataCorrupted(DecodingError.Context(
                codingPath: decoder.codingPath,
                debugDescription: "A condition is a string or an object with exactly one key (found \(container.allKeys.map(\.stringValue)))"))
        }
        guard let kind = Kind(rawValue: key.stringValue) else {
            throw DecodingError.dataCorruptedError(forKey: key, in: container,
                debugDescription: "Unknown condition “\(key.stringValue)”; the conditions are \(known)")
        }
        switch kind {
        case .registeredInBeijing, .integrityClear, .ethicsApprovalIfSensitive:
            // Also accepted: {"integrityClear": true} and {"integrityClear": {}}. `false` is refused
            // rather than guessed at: negation is written {"not": "integrityClear"}.
            if let flag = try? container.decode(Bool.self, forKey: key) {
                guard flag else {
                    throw DecodingError.dataCorruptedError(forKey: key, in: container,
                        debugDescription: "“\(kind.rawValue)”: false is not a condition; write {\"not\": \"\(kind.rawValue)\"}")
                }
            } else {
                let nested = try container.nestedContainer(keyedBy: Key.self, forKey: key)
                guard nested.allKeys.isEmpty else {
                    throw DecodingError.dataCorruptedError(forKey: key, in: container,
                        debugDescription: "“\(kind.rawValue)” takes no value")
                }
            }
            guard let bare = kind.bare else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "“\(kind.rawValue)” needs a value")
            }
            self = bare
        case .organisationTypeIn: self = .organisationTypeIn(try container.decode([String].self, forKey: key))
        case .ownershipIn: self = .ownershipIn(try container.decode([String].self, forKey: key))
        case .nationalityIn: self = .nationalityIn(try container.decode([String].self, forKey: key))
        case .teamIncludesOrganisationType: self = .teamIncludesOrganisationType(try container.decode(String.self, forKey: key))
        case .professionalTitleAtLeast: self = .professionalTitleAtLeast(try container.decode(String.self, forKey: key))
        case .awardRequired: self = .awardRequired(try container.decode(String.self, forKey: key))
        case .runningProjectsOfPIBelow: self = .runningProjectsOfPIBelow(try container.decode(Int.self, forKey: key))
        case .piAgeAtMost: self = .piAgeAtMost(try container.decode(Int.self, forKey: key))
        case .yearsSincePhDAtMost: self = .yearsSincePhDAtMost(try container.decode(Int.self, forKey: key))
        case .papersAtLeast: self = .papersAtLeast(try container.decode(Int.self, forKey: key))
        case .all: self = .all(try container.decode([Condition].self, forKey: key))
        case .any: self = .any(try container.decode([Condition].self, forKey: key))
        case .not: self = .not(try container.decode(Condition.self, forKey: key))
        }
    }
}

extension EligibilityRule: Codable {
    enum CodingKeys: String, CodingKey {
        case id, condition, article, effectiveFrom, effectiveUntil, description
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(condition, forKey: .condition)
        try c.encode(article.code, forKey: .article)
        try c.encode(RuleDate.format(effectiveFrom), forKey: .effectiveFrom)
        try c.encodeIfPresent(effectiveUntil.map(RuleDate.format), forKey: .effectiveUntil)
        try c.encode(description, forKey: .description)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        condition = try c.decode(Condition.self, forKey: .condition)
        if let code = try? c.decode(String.self, forKey: .article) {
            guard let ref = ArticleRef(code: code) else {
                throw DecodingError.dataCorruptedError(forKey: .article, in: c,
                    debugDescription: "“\(code)” is not an article: write e.g. \"45\" or \"50(1)\"")
            }
            article = ref
        } else {
            article = try c.decode(ArticleRef.self, forKey: .article)
        }
        effectiveFrom = try RuleDate.decode(c, .effectiveFrom)
        effectiveUntil = try c.contains(.effectiveUntil) && !c.decodeNil(forKey: .effectiveUntil)
            ? RuleDate.decode(c, .effectiveUntil) : nil
        description = try c.decode(LocalizedText.self, forKey: .description)
    }
}

/// Dates in stored rules: ISO 8601 with the Beijing offset, whatever the encoder's date strategy.
enum RuleDate {
    static let beijing = TimeZone(identifier: "Asia/Shanghai")!

    static func format(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = beijing
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }

    static func parse(_ text: String) -> Date? {
        let full = ISO8601DateFormatter()
        full.formatOptions = [.withInternetDateTime]
        if let date = full.date(from: text) { return date }
        full.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = full.date(from: text) { return date }
        let day = ISO8601DateFormatter()
        day.timeZone = beijing
        day.formatOptions = [.withFullDate]
        return text.count == 10 ? day.date(from: text) : nil
    }

    static func decode(_ c: KeyedDecodingContainer<EligibilityRule.CodingKeys>, _ key: EligibilityRule.CodingKeys) throws -> Date {
        if let text = try? c.decode(String.self, forKey: key) {
            guard let date = parse(text) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: c,
                    debugDescription: "“\(text)” is not a date: write e.g. \"2025-01-01\" or \"2025-01-01T00:00:00+08:00\"")
            }
            return date
        }
        return try c.decode(Date.self, forKey: key) // whatever the decoder's own date strategy reads
    }
}
