import Foundation
import KechuangCore

/// Certification's rules (Art. 34, 60), as data; the criteria of each kind are `CertificationCriteria`.
public enum CertificationRules {
    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    public static let minimumReason = 10

    public static let application = RuleBook<CertificationInput>([
        Rule(id: "certification.kind", basis: .art(34, 2), field: "kind",
             message: LocalizedText(zh: "请选择认定类别", en: "Choose what is to be recognised")) { $0.kind == nil },
        Rule(id: "certification.organisation", basis: .art(34, 2), field: "organisation_id",
             message: LocalizedText(zh: "请选择申请单位", en: "Choose the applying organisation")) { $0.organisationID == nil },
        Rule(id: "certification.name", basis: .art(34, 2), field: "name",
             message: LocalizedText(zh: "请填写技术、产品、服务或装备的名称", en: "Enter the name of the technology, product, service or equipment")) { blank($0.name) },
        Rule(id: "certification.description", basis: .art(34, 2), field: "description",
             message: LocalizedText(zh: "请说明其创新之处与用途", en: "Describe what is new about it and what it is for")) { blank($0.description) },
    ])

    public static let reason = CitedRule(id: "certification.decision.reason", module: "MKT", article: ArticleRef(34, paragraph: 2),
        message: LocalizedText(zh: "认定或不予认定须写明理由（不少于 10 个字）", en: "A recognition decision needs its reason (at least 10 characters)"), effectiveFrom: .regulationInForce)
    public static let revocation = CitedRule(id: "certification.revocation.reason", module: "MKT", article: ArticleRef(34, paragraph: 2),
        message: LocalizedText(zh: "撤销认定须写明理由（不少于 10 个字）", en: "Revoking a recognition needs its reason (at least 10 characters)"), effectiveFrom: .regulationInForce)
    public static let procurement = CitedRule(id: "certification.integrity.procurement", module: "MKT", article: ArticleRef(60),
        message: LocalizedText(zh: "受政府采购限制的单位不予认定（首购、订购须经认定）", en: "An organisation restricted from government procurement is not recognised (first purchase follows recognition)"),
        effectiveFrom: .regulationInForce)

    public static var citations: [CitedRule] {
        application.citations(module: "MKT") + [reason, revocation, procurement]
            + CertificationCriteria.all.compactMap { c in
                guard case .article(let ref) = c.basis else { return nil }
                return CitedRule(id: "certification.criterion.\(c.id)", module: "MKT", article: ref, message: c.text, effectiveFrom: .regulationInForce)
            }
    }
}
