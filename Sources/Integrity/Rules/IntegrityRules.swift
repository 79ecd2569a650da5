import Foundation
import KechuangCore

/// The rules of integrity records, as data. Each cites the article it implements.
public enum IntegrityRules {
    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    /// Always: what any record, even a draft, must satisfy.
    public static let record = RuleBook<IntegrityRecordInput>([
        Rule(id: "integrity.subject.required", basis: .art(60), field: "subject",
             message: LocalizedText(zh: "请选择记录对象（个人或单位）", en: "Select whom the record is about (a person or an organisation)")) { $0.subject == nil },
        Rule(id: "integrity.finding.required", basis: .art(60), field: "finding",
             message: LocalizedText(zh: "请选择认定的行为类型", en: "Select the finding")) { $0.finding == nil },
        Rule(id: "integrity.description.required", basis: .art(60), field: "description",
             message: LocalizedText(zh: "请填写事实描述", en: "Describe the facts")) { blank($0.description) },
        Rule(id: "integrity.period.order", basis: .art(60), field: "restricted_until",
             message: LocalizedText(zh: "限制期限的结束日期须晚于开始日期", en: "The restriction must end after it starts")) { input in
            guard let from = input.restrictedFrom, let until = input.restrictedUntil else { return false }
            return until <= from
        },
        Rule(id: "integrity.publication.order", basis: .art(60), field: "publish_until",
             message: LocalizedText(zh: "公开期限的结束日期须晚于开始日期", en: "The publication period must end after it starts")) { input in
            guard let from = input.publishFrom, let until = input.publishUntil else { return false }
            return until <= from
        },
        // A project that failed after diligent work is not misconduct and restricts nothing.
        Rule(id: "integrity.diligent_failure.no_restriction", basis: .art(48), field: "scope",
             message: LocalizedText(zh: "尽职免责（容错）结论不是科研失信，不得设定限制范围（第四十八条、第六十四条）",
                                    en: "A diligent-failure closure is not misconduct and restricts nothing: clear the restriction scope (Art. 48, 64)")) {
            $0.finding == .diligentFailure && !$0.scope.isEmpty
        },
    ])

    /// When the decision is entered: who decided, under which document, when, on which basis; and
    /// for misconduct, what is restricted and for how long.
    public static let decision = RuleBook<IntegrityRecordInput>([
        Rule(id: "integrity.deciding_body.required", basis: .art(60), field: "deciding_body",
             message: LocalizedText(zh: "请填写作出决定的机关", en: "Enter the body that decided")) { blank($0.decidingBody) },
        Rule(id: "integrity.document_number.required", basis: .art(60), field: "document_number",
             message: LocalizedText(zh: "请填写决定文号", en: "Enter the decision's document number")) { blank($0.documentNumber) },
        Rule(id: "integrity.decision_date.required", basis: .art(60), field: "decision_date",
             message: LocalizedText(zh: "请填写决定日期", en: "Enter the date of the decision")) { $0.decisionDate == nil },
        Rule(id: "integrity.legal_basis.required", basis: .art(60), field: "legal_basis",
             message: LocalizedText(zh: "请填写处理依据", en: "Enter the legal basis of the decision")) { blank($0.legalBasis) },
        Rule(id: "integrity.scope.required", basis: .art(60), field: "scope",
             message: LocalizedText(zh: "科研失信行为须选择至少一项限制范围", en: "Select at least one restricted activity for a misconduct finding")) {
            ($0.finding?.isMisconduct ?? false) && $0.scope.isEmpty
        },
        Rule(id: "integrity.period.from.required", basis: .art(60), field: "restricted_from",
             message: LocalizedText(zh: "请填写限制期限的开始日期", en: "Enter the date the restriction starts")) {
            ($0.finding?.isMisconduct ?? false) && $0.restrictedFrom == nil
        },
        Rule(id: "integrity.period.until.required", basis: .art(60), field: "restricted_until",
             message: LocalizedText(zh: "请填写限制期限的结束日期", en: "Enter the date the restriction ends")) {
            ($0.finding?.isMisconduct ?? false) && $0.restrictedUntil == nil
        },
        Rule(id: "integrity.publication.period.required", basis: .art(60), field: "publish_from",
             message: LocalizedText(zh: "决定公开的，请填写公开期限", en: "When the record is to be published, enter the publication period")) {
            $0.publish && ($0.publishFrom == nil || $0.publishUntil == nil)
        },
    ])

    /// When the record is published: the deciding body decided to publish it.
    public static let publication = RuleBook<IntegrityRecordInput>([
        Rule(id: "integrity.publication.decided", basis: .art(60), field: "publish",
             message: LocalizedText(zh: "作出决定时未决定公开，不能公开", en: "The decision did not provide for publication, so the record cannot be published")) {
            !$0.publish
        },
    ])

    /// Appeals and credit repair requests say why.
    static let requestText = RuleBook<String>([
        Rule(id: "integrity.request.text.required", basis: .art(60), field: "text",
             message: LocalizedText(zh: "请写明理由并说明证据", en: "State your grounds and the evidence")) { blank($0) },
    ])

    public static var citations: [CitedRule] {
        record.citations(module: "INT") + decision.citations(module: "INT") + publication.citations(module: "INT") + EthicsRules.citations
    }
}
