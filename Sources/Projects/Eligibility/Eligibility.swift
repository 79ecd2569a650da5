import Foundation
import Identity
import KechuangCore

/// Checking a call's rules when they are saved (`validate`) and applying them to an application
/// (`evaluate`).
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
            if let article = rule.article, !(1...articleCount).contains(article.article) {
                errors.append(FieldError(field: "\(prefix).article", rule: "eligibility.invalid.article", message: LocalizedText(
                    zh: "条例只有第一条至第七十六条，请核对规则所依据的条款（现为 \(article.code)）",
                    en: "The regulation has Articles 1 to 76: check the article this rule implements (now \(article.code))")))
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
        // A rule of the call's own (no article) says so instead of citing one.
        let head = rule.statement
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
