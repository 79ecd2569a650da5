import Enterprise
import Foundation
import Identity
import KechuangCore

/// Reads the set-up forms into the domain's inputs. A field that cannot be read is an error on
/// that field, naming it and citing the article; the domain adds its own rules.
enum SetupForms {
    static let conditionRows = 3
    typealias Values = [String: String]

    static func text(_ v: Values, _ name: String, max: Int = 500) -> String {
        String((v[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(max))
    }

    static func number(_ v: Values, _ name: String, _ label: LocalizedText, _ basis: ArticleRef, _ errors: inout [FieldError]) -> Int {
        guard let n = EnterpriseForm.int(v[name]) else {
            errors.append(FieldError(field: name, rule: "\(name).number", message: LocalizedText(zh: "请用数字填写\(label.zh)", en: "Enter \(label.en) as a number"), basis: .article(basis)))
            return 0
        }
        return n
    }

    static func fen(_ v: Values, _ name: String, _ label: LocalizedText, _ basis: ArticleRef, _ errors: inout [FieldError]) -> Int {
        guard let n = EnterpriseForm.fen(v[name]) else {
            errors.append(FieldError(field: name, rule: "\(name).amount", message: LocalizedText(zh: "请用数字填写\(label.zh)（元）", en: "Enter \(label.en) in yuan, as a number"), basis: .article(basis)))
            return 0
        }
        return n
    }

    /// Up to three conditions, each one criterion the profile must meet: `c1_metric`, `c1_comparison`, `c1_threshold`.
    static func conditions(_ v: Values, prefix: String, basis: ArticleRef, _ errors: inout [FieldError]) -> [Criterion] {
        var out: [Criterion] = []
        for i in 1...conditionRows {
            let metricRaw = text(v, "c\(i)_metric"), thresholdRaw = text(v, "c\(i)_threshold")
            if metricRaw.isEmpty {
                if !thresholdRaw.isEmpty {
                    errors.append(FieldError(field: "c\(i)_metric", rule: "condition.metric", message: LocalizedText(
                        zh: "条件\(i)：请选择指标", en: "Condition \(i): choose the figure"), basis: .article(basis)))
                }
                continue
            }
            guard let metric = Metric(rawValue: metricRaw) else {
                errors.append(FieldError(field: "c\(i)_metric", rule: "condition.metric", message: LocalizedText(zh: "条件\(i)：请选择指标", en: "Condition \(i): choose the figure"), basis: .article(basis)))
                continue
            }
            let comparison = Comparison(rawValue: text(v, "c\(i)_comparison")) ?? .atLeast
            let normalised = (thresholdRaw.applyingTransform(.fullwidthToHalfwidth, reverse: false) ?? thresholdRaw).filter { !",， _".contains($0) }
            guard let threshold = Double(normalised), threshold.isFinite, threshold >= 0 else {
                errors.append(FieldError(field: "c\(i)_threshold", rule: "condition.threshold", message: LocalizedText(
                    zh: "条件\(i)：请用不小于0的数字填写阈值", en: "Condition \(i): enter the threshold as a number of 0 or more"), basis: .article(basis)))
                continue
            }
            let label = LocalizedText(zh: "\(metric.label.zh) \(comparison.symbol) \(metric.format(threshold, .zh))",
                                      en: "\(metric.label.en) \(comparison.symbol) \(metric.format(threshold, .en))")
            out.append(Criterion(id: "\(prefix).c\(i)", label: label, anyOf: [Condition(metric, comparison, threshold)], source: nil, basis: basis))
        }
        return out
    }

    /// The form's condition rows from stored criteria (the first condition of each).
    static func conditionValues(_ criteria: [Criterion]) -> Values {
        var v: Values = [:]
        for (i, c) in criteria.prefix(conditionRows).enumerated() {
            guard let first = c.anyOf.first else { continue }
            v["c\(i + 1)_metric"] = first.metric.rawValue
            v["c\(i + 1)_comparison"] = first.comparison.rawValue
            v["c\(i + 1)_threshold"] = first.threshold.rounded() == first.threshold ? String(Int(first.threshold)) : String(first.threshold)
        }
        return v
    }

    static func benefit(_ v: Values) throws -> (BenefitMatching.BenefitInput, active: Bool) {
        let basis = ArticleRef(23, paragraph: 3)
        var errors: [FieldError] = []
        let year = number(v, "year", LocalizedText(zh: "年度", en: "the year"), basis, &errors)
        let criteria = conditions(v, prefix: "benefit", basis: basis, &errors)
        if !errors.isEmpty { throw DomainError.validation(errors) }
        return (.init(titleZh: text(v, "title_zh", max: 200), titleEn: text(v, "title_en", max: 200), summaryZh: text(v, "summary_zh", max: 2000),
                      summaryEn: text(v, "summary_en", max: 2000), year: year, criteria: criteria, source: nil, basis: basis), v["active"] == EnterpriseForm.yes)
    }

    static func benefitValues(_ b: Benefit) -> Values {
        ["year": String(b.year), "title_zh": b.titleZh, "title_en": b.titleEn, "summary_zh": b.summaryZh, "summary_en": b.summaryEn,
         "active": b.active ? EnterpriseForm.yes : ""].merging(conditionValues(b.criteria)) { a, _ in a }
    }

    static func programme(_ v: Values) throws -> Vouchers.ProgrammeInput {
        let basis = ArticleRef(23, paragraph: 3)
        var errors: [FieldError] = []
        let year = number(v, "year", LocalizedText(zh: "年度", en: "the year"), basis, &errors)
        let face = fen(v, "face_value", LocalizedText(zh: "券面额", en: "the voucher value"), basis, &errors)
        let cap = fen(v, "cap", LocalizedText(zh: "每家企业上限", en: "the cap per enterprise"), basis, &errors)
        let budget = fen(v, "budget", LocalizedText(zh: "年度总额", en: "the year's budget"), basis, &errors)
        let expires = BeijingDay(parsing: text(v, "expires_on"))
        if expires == nil {
            errors.append(FieldError(field: "expires_on", rule: "expires_on.day", message: LocalizedText(
                zh: "请按 2026-12-31 的格式填写有效期", en: "Enter the expiry as a date like 2026-12-31"), basis: .article(basis)))
        }
        let eligibility = conditions(v, prefix: "voucher.eligible", basis: basis, &errors)
        if !errors.isEmpty { throw DomainError.validation(errors) }
        return .init(year: year, nameZh: text(v, "name_zh", max: 200), nameEn: text(v, "name_en", max: 200), faceValueFen: face, capPerEnterpriseFen: cap,
                     budgetFen: budget, expiresOn: expires ?? BeijingDay(containing: .regulationInForce), eligibility: eligibility)
    }

    static func programmeValues(_ p: VoucherProgramme) -> Values {
        ["year": String(p.year), "name_zh": p.nameZh, "name_en": p.nameEn, "face_value": EnterpriseForm.yuan(p.faceValueFen),
         "cap": EnterpriseForm.yuan(p.capPerEnterpriseFen), "budget": EnterpriseForm.yuan(p.budgetFen), "expires_on": p.expiresOn.description]
            .merging(conditionValues(p.eligibility)) { a, _ in a }
    }

    static func services(_ v: Values) -> [VoucherService] { VoucherService.allCases.filter { v["service_\($0.rawValue)"] == EnterpriseForm.yes } }

    static func shareholders(_ v: Values) -> [String] {
        text(v, "shareholders", max: 2000).split(whereSeparator: { ",，、;；".contains($0) }).map { String($0.prefix(100)) }
    }

    static func providerValues(_ p: VoucherProvider, uscc: String) -> Values {
        var v: Values = ["organisation_uscc": uscc, "legal_representative": p.legalRepresentative, "shareholders": p.shareholders.joined(separator: "，"),
                         "active": p.active ? EnterpriseForm.yes : ""]
        for s in p.services { v["service_\(s.rawValue)"] = EnterpriseForm.yes }
        return v
    }

    static func registry(_ v: Values, organisationID: UUID, members: [UUID]) throws -> Registries.EntryInput {
        var errors: [FieldError] = []
        let kind = RegistryKind(rawValue: text(v, "kind"))
        if kind == nil {
            errors.append(FieldError(field: "kind", rule: "registry.kind", message: LocalizedText(zh: "请选择名录类别", en: "Choose the registry"), basis: .art(23, 2)))
        }
        let year = number(v, "recognised_year", LocalizedText(zh: "认定年度", en: "the year recognised"), kind?.basis ?? ArticleRef(23, paragraph: 2), &errors)
        if !errors.isEmpty { throw DomainError.validation(errors) }
        return .init(kind: kind ?? .newRDInstitution, organisationID: organisationID, nameZh: text(v, "name_zh", max: 200), nameEn: text(v, "name_en", max: 200),
                     field: text(v, "field", max: 200), recognisedYear: year, members: members)
    }

    static func registryValues(_ e: RegistryEntry, uscc: String) -> Values {
        ["kind": e.kind.rawValue, "organisation_uscc": uscc, "name_zh": e.nameZh, "name_en": e.nameEn, "field": e.field, "recognised_year": String(e.recognisedYear)]
    }

    static func product(_ v: Values, providerID: UUID) throws -> Registries.ProductInput {
        var errors: [FieldError] = []
        let kind = FinanceKind(rawValue: text(v, "kind"))
        if kind == nil {
            errors.append(FieldError(field: "kind", rule: "finance.kind", message: LocalizedText(zh: "请选择产品类别", en: "Choose the kind of product"), basis: .art(53)))
        }
        let basis = kind?.basis ?? ArticleRef(53)
        let criteria = conditions(v, prefix: "finance", basis: basis, &errors)
        if !errors.isEmpty { throw DomainError.validation(errors) }
        return .init(providerID: providerID, kind: kind ?? .creditLoan, nameZh: text(v, "name_zh", max: 200), nameEn: text(v, "name_en", max: 200),
                     descriptionZh: text(v, "description_zh", max: 2000), criteria: criteria)
    }

    static func productValues(_ p: FinanceProduct, uscc: String) -> Values {
        ["kind": p.kind.rawValue, "organisation_uscc": uscc, "name_zh": p.nameZh, "name_en": p.nameEn, "description_zh": p.descriptionZh]
            .merging(conditionValues(p.criteria)) { a, _ in a }
    }
}
