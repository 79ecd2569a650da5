import Foundation
import KechuangCore

// Conditions the regulation forbids (Art. 50(1), 5, 72(2)) and conditions that cannot mean anything,
// found anywhere in a condition tree.

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
