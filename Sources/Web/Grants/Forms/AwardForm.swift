import Foundation
import Grants
import KechuangCore
import Vapor

/// The funding decision form: `decision` is `fund` or `not_fund`; each needs its confirmation box.
struct AwardForm: Content {
    var decision: String?
    var awarded_amount: String?
    var start_date: String?
    var end_date: String?
    var funding_kind: String?
    var research_type: String?
    var reason: String?
    var down_selection_milestone: String?
    var confirm: String?
    /// The not-fund form's own fields (the page holds both forms, so their ids differ).
    var not_fund_reason: String?
    var not_fund_confirm: String?

    var input: AwardInput {
        AwardInput(awardedAmount: awarded_amount ?? "", startDate: start_date ?? "", endDate: end_date ?? "", fundingKind: funding_kind ?? "",
                   researchType: research_type ?? "", reason: reason ?? "", downSelectionMilestone: down_selection_milestone ?? "")
    }

    var notFund: Bool { decision == "not_fund" }
    var confirmed: Bool { (notFund ? not_fund_confirm : confirm) == "yes" }

    var confirmError: FieldError {
        FieldError(field: notFund ? "not_fund_confirm" : "confirm", rule: "award.confirm.required", message: GrantsMsg.fundConfirmRequired.text)
    }

    /// The service names the reason `reason`; on the not-fund form the field is `not_fund_reason`.
    func renamed(_ errors: [FieldError]) -> [FieldError] {
        guard notFund else { return errors }
        return errors.map { $0.field == "reason" ? FieldError(field: "not_fund_reason", rule: $0.rule, message: $0.message, basis: $0.basis) : $0 }
    }
}

/// The task agreement form: the texts and one line per indicator, milestone, year and tranche.
struct AgreementForm: Content {
    var objectives_zh: String?
    var objectives_en: String?
    var deliverables_zh: String?
    var deliverables_en: String?
    var indicators: String?
    var milestones: String?
    var budget_by_year: String?
    var tranches: String?
    var version: Int?

    var input: AgreementInput {
        AgreementInput(objectivesZh: objectives_zh ?? "", objectivesEn: objectives_en ?? "", deliverablesZh: deliverables_zh ?? "",
                       deliverablesEn: deliverables_en ?? "", indicators: indicators ?? "", milestones: milestones ?? "",
                       budgetByYear: budget_by_year ?? "", tranches: tranches ?? "", version: version ?? 0)
    }
}

/// Signing: the party and the digest of the text the signer saw.
struct SignForm: Content {
    var party: String?
    var sha256: String?
}
