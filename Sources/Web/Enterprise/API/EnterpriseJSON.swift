import Enterprise
import Foundation
import KechuangCore
import Vapor

struct ConditionJSON: Content {
    struct Band: Codable { let revenue_up_to: Int?; let threshold: Double }
    let metric: String, comparison: String, threshold: Double, bands: [Band]?
    init(_ c: Condition) {
        metric = c.metric.rawValue
        comparison = c.comparison.rawValue
        threshold = c.threshold
        bands = c.bands?.map { Band(revenue_up_to: $0.revenueUpTo, threshold: $0.threshold) }
    }
}

struct CriterionJSON: Content {
    let id: String, label_zh: String, label_en: String, any_of: [ConditionJSON]
    let source_document: String?, source_zh: String?, source_en: String?, article: String
    init(_ c: Criterion) {
        id = c.id
        label_zh = c.label.zh
        label_en = c.label.en
        any_of = c.anyOf.map(ConditionJSON.init)
        source_document = c.source?.documentID
        source_zh = c.source?.text(.zh)
        source_en = c.source?.text(.en)
        article = c.basis.code
    }
}

struct TierJSON: Content {
    let tier: String, label_zh: String, label_en: String, version: String, criteria: [CriterionJSON]
    init(_ s: TierRuleSet) {
        tier = s.tier.rawValue
        label_zh = s.tier.label.zh
        label_en = s.tier.label.en
        version = s.version
        criteria = s.criteria.map(CriterionJSON.init)
    }
}

struct ResultJSON: Content {
    let criterion: CriterionJSON, met: Bool, actual: Double?, required: Double, gap: Double?, explanation_zh: String, explanation_en: String
    init(_ r: CriterionResult) {
        criterion = CriterionJSON(r.criterion)
        met = r.met
        actual = r.actual
        required = r.required
        gap = r.gap
        explanation_zh = r.explanation(.zh)
        explanation_en = r.explanation(.en)
    }
}

struct MatchJSON: Content {
    let id: UUID, benefit_id: UUID, title_zh: String, title_en: String, year: Int, state: String, article: String, reasons: [ResultJSON]
    init(_ m: BenefitMatch, _ b: Benefit) {
        id = m.id.rawValue
        benefit_id = b.id.rawValue
        title_zh = b.titleZh
        title_en = b.titleEn
        year = m.year
        state = m.state.rawValue
        article = b.basis.code
        reasons = m.reasons.map(ResultJSON.init)
    }
}

struct EnterpriseStatusJSON: Content {
    let organisation_id: UUID, name_zh: String, uscc: String
    let year: Int?, state: String?, tier: String?, next_tier: String?, missing: [ResultJSON], benefits: [MatchJSON]
}

struct FinanceProductJSON: Content {
    let id: UUID, provider_id: UUID, kind: String, name_zh: String, name_en: String, description_zh: String, article: String, criteria: [CriterionJSON]
    init(_ p: FinanceProduct) {
        id = p.id.rawValue
        provider_id = p.providerID
        kind = p.kind.rawValue
        name_zh = p.nameZh
        name_en = p.nameEn
        description_zh = p.descriptionZh
        article = p.kind.basis.code
        criteria = p.criteria.map(CriterionJSON.init)
    }
}

struct MatchingRunJSON: Content { let year: Int, benefits: Int, profiles: Int, new_matches: Int }

struct RedemptionJSON: Content {
    let id: UUID, voucher_id: UUID, provider_id: UUID, service: String, amount_fen: Int, redeemed_on: String, instrument_id: UUID?, state: String, version: Int
    init(_ r: Redemption) {
        id = r.id.rawValue
        voucher_id = r.voucherID.rawValue
        provider_id = r.providerID.rawValue
        service = r.service.rawValue
        amount_fen = r.amountFen
        redeemed_on = r.redeemedOn.description
        instrument_id = r.instrumentID
        state = r.state.rawValue
        version = r.version
    }
}

struct MatchingBody: Content { let year: Int? }
struct RedemptionBody: Content { let provider_id: UUID?; let service: String?; let amount_fen: Int?; let instrument_id: UUID?; let description: String? }
