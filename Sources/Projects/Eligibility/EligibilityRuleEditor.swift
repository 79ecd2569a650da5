import Foundation
import KechuangCore

// The guided editor's side of eligibility rules: the kinds of condition an officer may choose, the
// text fields of one rule as a form sends them, and the way back from those fields to rules (or to
// errors naming the field). The forbidden kinds (Art. 50(1), 5, 72(2)) are not among the kinds, so
// the form cannot express them; a crafted request naming one is refused citing the article.

/// A kind of condition the guided editor offers: every permitted kind that is not a combination.
public enum GuidedConditionKind: String, CaseIterable, Sendable {
    case registeredInBeijing, integrityClear, organisationTypeIn, teamIncludesOrganisationType
    case piAgeAtMost, yearsSincePhDAtMost, runningProjectsOfPIBelow, ethicsApprovalIfSensitive

    /// What a kind asks the officer to fill in besides the common fields.
    public enum Parameter: Sendable, Equatable {
        case none
        /// A whole number (`EligibilityRuleFields.number`).
        case number
        /// One or more organisation types (check boxes, `EligibilityRuleFields.types`).
        case organisationTypes
        /// Exactly one organisation type (a select, the first of `EligibilityRuleFields.types`).
        case organisationType
    }

    public var parameter: Parameter {
        switch self {
        case .registeredInBeijing, .integrityClear, .ethicsApprovalIfSensitive: .none
        case .organisationTypeIn: .organisationTypes
        case .teamIncludesOrganisationType: .organisationType
        case .piAgeAtMost, .yearsSincePhDAtMost, .runningProjectsOfPIBelow: .number
        }
    }

    /// The name of the kind, as the select and the rule's legend show it.
    public var label: LocalizedText {
        switch self {
        case .registeredInBeijing: LocalizedText(zh: "申报单位在北京市注册", en: "Applicant organisation registered in Beijing")
        case .integrityClear: LocalizedText(zh: "无科研失信限制", en: "No restriction for research misconduct")
        case .organisationTypeIn: LocalizedText(zh: "申报单位类型", en: "Type of the applicant organisation")
        case .teamIncludesOrganisationType: LocalizedText(zh: "联合体须包括的机构类型", en: "Organisation type the consortium must include")
        case .piAgeAtMost: LocalizedText(zh: "项目负责人年龄上限", en: "Age limit of the principal investigator")
        case .yearsSincePhDAtMost: LocalizedText(zh: "获得博士学位年限上限", en: "Limit on the years since the principal investigator's PhD")
        case .runningProjectsOfPIBelow: LocalizedText(zh: "项目负责人在研项目数上限", en: "Limit on the principal investigator's running projects")
        case .ethicsApprovalIfSensitive: LocalizedText(zh: "敏感领域研究须经伦理审查", en: "Ethics approval for research in sensitive areas")
        }
    }

    /// The label and hint of the parameter field, for the kinds that have one.
    public var parameterLabel: (label: LocalizedText, hint: LocalizedText)? {
        switch self {
        case .piAgeAtMost:
            (LocalizedText(zh: "最高年龄（周岁）", en: "Maximum age (years)"),
             LocalizedText(zh: "按申报截止日所在年份计算，例如 35", en: "Counted at the year of the closing date, for example 35"))
        case .yearsSincePhDAtMost:
            (LocalizedText(zh: "获得博士学位最多几年", en: "Most years since the PhD"),
             LocalizedText(zh: "按申报截止日所在年份计算，例如 5", en: "Counted at the year of the closing date, for example 5"))
        case .runningProjectsOfPIBelow:
            (LocalizedText(zh: "在研项目须少于（项）", en: "Running projects must be fewer than"),
             LocalizedText(zh: "填 1 表示项目负责人不得有在研项目", en: "1 means the principal investigator may lead no running project"))
        case .organisationTypeIn:
            (LocalizedText(zh: "申报单位可以是", en: "The applicant organisation may be"),
             LocalizedText(zh: "选择一种或多种", en: "Select one or more"))
        case .teamIncludesOrganisationType:
            (LocalizedText(zh: "联合体至少包括一家", en: "The consortium includes at least one"),
             LocalizedText(zh: "牵头单位也计入联合体", en: "The lead organisation counts as a member"))
        case .registeredInBeijing, .integrityClear, .ethicsApprovalIfSensitive:
            nil
        }
    }

    /// The article a new rule of this kind cites; nil for a condition that is the call's own.
    public var defaultArticle: ArticleRef? {
        switch self {
        case .integrityClear: ArticleRef(60)
        case .ethicsApprovalIfSensitive: ArticleRef(61)
        case .teamIncludesOrganisationType: ArticleRef(3)
        case .piAgeAtMost, .yearsSincePhDAtMost: ArticleRef(45)
        case .registeredInBeijing, .organisationTypeIn, .runningProjectsOfPIBelow: nil
        }
    }

    /// The condition a new rule of this kind starts with.
    var initialCondition: Condition {
        switch self {
        case .registeredInBeijing: .registeredInBeijing
        case .integrityClear: .integrityClear
        case .ethicsApprovalIfSensitive: .ethicsApprovalIfSensitive
        case .organisationTypeIn: .organisationTypeIn([])
        case .teamIncludesOrganisationType: .teamIncludesOrganisationType("enterprise")
        case .piAgeAtMost: .piAgeAtMost(35)
        case .yearsSincePhDAtMost: .yearsSincePhDAtMost(5)
        case .runningProjectsOfPIBelow: .runningProjectsOfPIBelow(1)
        }
    }

    /// The kind of a condition the fields can show, nil for a combination or a forbidden condition.
    init?(_ condition: Condition) {
        switch condition {
        case .registeredInBeijing: self = .registeredInBeijing
        case .integrityClear: self = .integrityClear
        case .ethicsApprovalIfSensitive: self = .ethicsApprovalIfSensitive
        case .organisationTypeIn: self = .organisationTypeIn
        case .teamIncludesOrganisationType: self = .teamIncludesOrganisationType
        case .piAgeAtMost: self = .piAgeAtMost
        case .yearsSincePhDAtMost: self = .yearsSincePhDAtMost
        case .runningProjectsOfPIBelow: self = .runningProjectsOfPIBelow
        case .all, .any, .not, .professionalTitleAtLeast, .papersAtLeast, .awardRequired, .ownershipIn, .nationalityIn: return nil
        }
    }
}

/// One rule as the guided editor's form holds it: every value as typed.
public struct EligibilityRuleFields: Sendable, Equatable {
    /// A `GuidedConditionKind` raw value; empty when `kept` holds the condition.
    public var kind: String
    public var id: String
    public var number: String
    public var types: [String]
    /// An article code (`45`, `50(1)`), empty for a condition of the call's own.
    public var article: String
    /// `2025-01-01` (Beijing midnight) or an ISO 8601 instant; empty means the regulation's entry into force.
    public var effectiveFrom: String
    /// Empty when open-ended.
    public var effectiveUntil: String
    /// Empty: the rule's own sentence is used.
    public var descriptionZh: String
    public var descriptionEn: String
    /// The JSON of a condition the fields cannot show (a combination of conditions), kept as it is.
    public var kept: String

    public init(kind: String = "", id: String = "", number: String = "", types: [String] = [], article: String = "",
                effectiveFrom: String = "", effectiveUntil: String = "", descriptionZh: String = "", descriptionEn: String = "",
                kept: String = "") {
        self.kind = kind
        self.id = id
        self.number = number
        self.types = types
        self.article = article
        self.effectiveFrom = effectiveFrom
        self.effectiveUntil = effectiveUntil
        self.descriptionZh = descriptionZh
        self.descriptionEn = descriptionEn
        self.kept = kept
    }

    /// The parts of a rule's fields, as they are named in the form: `rule_3_number`.
    public enum Part: String, CaseIterable, Sendable {
        case kind, id, number, types, article, from, until, description_zh, description_en, kept, remove
    }

    /// The form name of a part of the rule at `index` (also its field-error name).
    public static func name(_ index: Int, _ part: Part) -> String { "rule_\(index)_\(part.rawValue)" }

    /// The fields of a stored rule.
    public init(_ rule: EligibilityRule) {
        // A description that is the rule's own sentence is left blank, so that it follows the rule when the rule changes.
        let requirement = rule.condition.requirement
        self.init(id: rule.id, article: rule.article?.code ?? "", effectiveFrom: Self.dateText(rule.effectiveFrom),
                  effectiveUntil: rule.effectiveUntil.map(Self.dateText) ?? "",
                  descriptionZh: rule.description.zh == requirement.zh ? "" : rule.description.zh,
                  descriptionEn: rule.description.en == Eligibility.capitalized(requirement.en) ? "" : rule.description.en)
        switch rule.condition {
        case .organisationTypeIn(let list): types = list
        case .teamIncludesOrganisationType(let type): types = [type]
        case .piAgeAtMost(let n), .yearsSincePhDAtMost(let n), .runningProjectsOfPIBelow(let n): number = String(n)
        default: break
        }
        if let kind = GuidedConditionKind(rule.condition) {
            self.kind = kind.rawValue
        } else {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            kept = (try? encoder.encode(rule.condition)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
    }

    /// A new rule of `kind`, with an identifier no other rule in `existing` has.
    public static func new(_ kind: GuidedConditionKind, among existing: [EligibilityRuleFields]) -> EligibilityRuleFields {
        let taken = Set(existing.map { $0.id.trimmingCharacters(in: .whitespaces) })
        let base = kind.rawValue
        var id = base
        var n = 2
        while taken.contains(id) {
            id = "\(base)-\(n)"
            n += 1
        }
        return EligibilityRuleFields(EligibilityRule(id: id, condition: kind.initialCondition, article: kind.defaultArticle,
                                                     description: LocalizedText(zh: "", en: "")))
    }

    /// `2025-01-01` for a Beijing midnight (how the form asks for dates), the full instant otherwise.
    static func dateText(_ date: Date) -> String {
        let day = BeijingDay(containing: date)
        return day.start == date ? day.description : RuleDate.format(date)
    }
}

extension EligibilityRule {
    /// The sentence the rule produces, citing its article: zh "项目负责人年龄不超过35周岁（第四十五条）",
    /// en "The principal investigator is at most 35 years old (Art. 45)". A rule of the call's own
    /// says so instead of citing an article.
    public var statement: LocalizedText {
        let requirement = condition.requirement
        return LocalizedText(
            zh: "\(requirement.zh)（\(article?.chinese ?? "本指南的条件")）",
            en: "\(Eligibility.capitalized(requirement.en)) (\(article?.english ?? "a condition of this call"))")
    }
}

/// From the guided editor's fields to rules, with every problem as an error on the field to correct.
public enum EligibilityRuleEditor {
    /// More rows than this are not offered (a call has a handful of rules).
    public static let maximumRules = 30

    /// The rules of the fields that could be read, and an error for each problem, on the field that
    /// has it (`rule_2_number`, `rule_0_types`, `rule_1_kind`, …); the rules are usable only when
    /// there are no errors. Checks what `Eligibility.violations` checks, and what the fields add
    /// (a number that is not a number, an article that is not one, a date that is not a date).
    public static func rules(from rows: [EligibilityRuleFields]) -> (rules: [EligibilityRule], errors: [FieldError]) {
        var rules: [EligibilityRule] = []
        var rowOfRule: [Int] = []
        var errors: [FieldError] = []
        for (index, row) in rows.enumerated() {
            let read = rule(from: row, at: index)
            errors += read.errors
            if let rule = read.rule {
                rules.append(rule)
                rowOfRule.append(index)
            }
        }
        for error in Eligibility.violations(of: rules) {
            errors.append(onField(error, rowOfRule: rowOfRule, rows: rows))
        }
        return (rules, errors)
    }

    /// One row: the rule when every field could be read, otherwise the errors (the checks on
    /// whole rules — forbidden conditions, bounds — are `rules(from:)`'s).
    public static func rule(from row: EligibilityRuleFields, at index: Int) -> (rule: EligibilityRule?, errors: [FieldError]) {
        func field(_ part: EligibilityRuleFields.Part) -> String { EligibilityRuleFields.name(index, part) }
        var errors: [FieldError] = []
        let condition = Self.condition(from: row, at: index, errors: &errors)
        let articleText = row.article.trimmingCharacters(in: .whitespaces)
        let article = articleText.isEmpty ? nil : ArticleRef(code: articleText)
        if !articleText.isEmpty, article == nil {
            errors.append(FieldError(field: field(.article), rule: "eligibility.form.article", message: LocalizedText(
                zh: "请按“45”或“50(1)”的格式填写条款，本指南自身的条件请留空",
                en: "Enter the article like 45 or 50(1), or leave it blank for a condition of this call's own")))
        }
        let fromText = row.effectiveFrom.trimmingCharacters(in: .whitespaces)
        let from = fromText.isEmpty ? Date.regulationInForce : RuleDate.parse(fromText)
        if from == nil {
            errors.append(FieldError(field: field(.from), rule: "eligibility.form.date", message: LocalizedText(
                zh: "生效日期格式应为 2025-01-01", en: "Enter the date the rule comes into force like 2025-01-01")))
        }
        let untilText = row.effectiveUntil.trimmingCharacters(in: .whitespaces)
        let until = untilText.isEmpty ? nil : RuleDate.parse(untilText)
        if !untilText.isEmpty, until == nil {
            errors.append(FieldError(field: field(.until), rule: "eligibility.form.date", message: LocalizedText(
                zh: "失效日期格式应为 2026-01-01，长期有效请留空", en: "Enter the end date like 2026-01-01, or leave it blank if the rule does not end")))
        }
        guard errors.isEmpty, let condition, let from else { return (nil, errors) }
        var rule = EligibilityRule(id: row.id.trimmingCharacters(in: .whitespaces), condition: condition, article: article,
                                   effectiveFrom: from, effectiveUntil: until, description: LocalizedText(zh: "", en: ""))
        // A description left blank is the rule's own sentence, without the citation (applicants see that next to it).
        let requirement = condition.requirement
        let zh = row.descriptionZh.trimmingCharacters(in: .whitespacesAndNewlines)
        let en = row.descriptionEn.trimmingCharacters(in: .whitespacesAndNewlines)
        rule.description = LocalizedText(zh: zh.isEmpty ? requirement.zh : zh, en: en.isEmpty ? Eligibility.capitalized(requirement.en) : en)
        return (rule, [])
    }

    static func condition(from row: EligibilityRuleFields, at index: Int, errors: inout [FieldError]) -> Condition? {
        func field(_ part: EligibilityRuleFields.Part) -> String { EligibilityRuleFields.name(index, part) }
        guard let kind = GuidedConditionKind(rawValue: row.kind) else {
            if row.kind.isEmpty, !row.kept.isEmpty {
                if let kept = try? JSONDecoder().decode(Condition.self, from: Data(row.kept.utf8)) { return kept }
                errors.append(FieldError(field: field(.remove), rule: "eligibility.form.kept", message: LocalizedText(
                    zh: "无法读取此规则的条件，请删除后重新添加", en: "The condition of this rule cannot be read: remove the rule and add it again")))
                return nil
            }
            errors.append(refusedKind(row.kind, field: field(.kind)))
            return nil
        }
        let types = row.types.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        switch kind.parameter {
        case .none:
            return kind.initialCondition
        case .number:
            guard let n = Int(row.number.trimmingCharacters(in: .whitespaces)) else {
                errors.append(FieldError(field: field(.number), rule: "eligibility.form.number", message: LocalizedText(
                    zh: "请填写整数，例如 35", en: "Enter a whole number, like 35")))
                return nil
            }
            switch kind {
            case .piAgeAtMost: return .piAgeAtMost(n)
            case .yearsSincePhDAtMost: return .yearsSincePhDAtMost(n)
            default: return .runningProjectsOfPIBelow(n)
            }
        case .organisationTypes:
            guard !types.isEmpty else {
                errors.append(FieldError(field: field(.types), rule: "eligibility.form.types", message: LocalizedText(
                    zh: "请至少选择一种机构类型", en: "Select at least one organisation type")))
                return nil
            }
            return .organisationTypeIn(types)
        case .organisationType:
            guard let type = types.first, types.count == 1 else {
                errors.append(FieldError(field: field(.types), rule: "eligibility.form.types", message: LocalizedText(
                    zh: "请选择一种机构类型", en: "Select an organisation type")))
                return nil
            }
            return .teamIncludesOrganisationType(type)
        }
    }

    /// A kind the editor does not offer: refused citing the article when it is a forbidden one.
    static func refusedKind(_ raw: String, field: String) -> FieldError {
        let sample: Condition? = switch Condition.Kind(rawValue: raw) {
        case .professionalTitleAtLeast?: .professionalTitleAtLeast("")
        case .papersAtLeast?: .papersAtLeast(0)
        case .awardRequired?: .awardRequired("")
        case .ownershipIn?: .ownershipIn([])
        case .nationalityIn?: .nationalityIn([])
        default: nil
        }
        if let use = sample?.forbiddenUses.first {
            return FieldError(field: field, rule: use.ruleID, message: LocalizedText(
                zh: "条例不允许以此类条件限制申报，编辑器不提供这种条件", en: "The regulation forbids conditions of this kind, so the editor does not offer them"),
                basis: .article(use.article))
        }
        return FieldError(field: field, rule: "eligibility.form.kind", message: LocalizedText(
            zh: "请从列表中选择条件类型", en: "Choose the kind of condition from the list"))
    }

    /// An error of `Eligibility.violations` (`rules[2].condition`) moved onto the form field of its row.
    static func onField(_ error: FieldError, rowOfRule: [Int], rows: [EligibilityRuleFields]) -> FieldError {
        let parts = error.field.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, parts[0].hasPrefix("rules["), let i = Int(parts[0].dropFirst(6).dropLast()), rowOfRule.indices.contains(i) else {
            return error
        }
        let index = rowOfRule[i]
        let row = rows[index]
        let part: EligibilityRuleFields.Part = switch parts[1] {
        case "id": .id
        case "article": .article
        case "effectiveUntil": .until
        case "description": row.descriptionZh.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? .description_zh : .description_en
        default:
            switch GuidedConditionKind(rawValue: row.kind)?.parameter {
            case .number?: .number
            case .organisationTypes?, .organisationType?: .types
            case .none?: .kind
            case nil: .remove
            }
        }
        return FieldError(field: EligibilityRuleFields.name(index, part), rule: error.rule, message: error.message, basis: error.basis)
    }

    /// The rows a form sent, from its fields in order (`rule_<n>_<part>`, repeated for check boxes),
    /// by ascending row number; at most `maximumRules`.
    public static func rows(from pairs: [(name: String, value: String)]) -> [EligibilityRuleFields] {
        var rows: [Int: EligibilityRuleFields] = [:]
        for (name, value) in pairs {
            let parts = name.split(separator: "_", maxSplits: 2).map(String.init)
            guard parts.count == 3, parts[0] == "rule", let index = Int(parts[1]), (0..<1000).contains(index),
                  let part = EligibilityRuleFields.Part(rawValue: parts[2]) else { continue }
            var row = rows[index] ?? EligibilityRuleFields()
            switch part {
            case .kind: row.kind = value
            case .id: row.id = value
            case .number: row.number = value
            case .types: row.types.append(value)
            case .article: row.article = value
            case .from: row.effectiveFrom = value
            case .until: row.effectiveUntil = value
            case .description_zh: row.descriptionZh = value
            case .description_en: row.descriptionEn = value
            case .kept: row.kept = value
            case .remove: break
            }
            rows[index] = row
        }
        return rows.keys.sorted().prefix(maximumRules).compactMap { rows[$0] }
    }
}
