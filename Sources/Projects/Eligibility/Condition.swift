import Foundation
import KechuangCore

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
