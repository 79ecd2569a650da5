import Foundation
import KechuangCore
import Projects
import Vapor

/// A programme as the officers' form sends it.
struct ProgrammeForm: Content {
    var code: String?
    var name_zh: String?
    var name_en: String?
    var kind: String?
}

/// A call as the officers' form (and the API's JSON body, same field names) sends it.
struct CallForm: Content {
    var programme_id: String?
    var title_zh: String?
    var title_en: String?
    var guideline_zh: String?
    var guideline_en: String?
    var opens_at: String?
    var closes_at: String?
    var total_budget: AmountText?
    var typical_award: AmountText?
    var budget_mode: String?
    var selection_mode: String?
    var eligibility_rules: String?
    var negative_list: String?
    var required_documents: String?
    var form_sections: String?
    var version: Int?

    var input: CallInput {
        CallInput(programmeID: programme_id ?? "", titleZh: title_zh ?? "", titleEn: title_en ?? "", guidelineZh: guideline_zh ?? "",
                  guidelineEn: guideline_en ?? "", opensAt: opens_at ?? "", closesAt: closes_at ?? "", totalBudget: total_budget?.text ?? "",
                  typicalAward: typical_award?.text ?? "", budgetMode: budget_mode ?? "", selectionMode: selection_mode ?? "",
                  eligibilityRules: eligibility_rules ?? "", negativeList: negative_list ?? "",
                  requiredDocuments: required_documents ?? "", formSections: form_sections ?? "")
    }

    /// The form filled in from a stored call (what the edit page shows first).
    static func input(from call: Call) -> CallInput {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let rules = call.eligibilityRules.isEmpty ? "" : String(decoding: (try? encoder.encode(call.eligibilityRules)) ?? Data(), as: UTF8.self)
        return CallInput(programmeID: call.programmeID.uuidString.lowercased(), titleZh: call.titleZh, titleEn: call.titleEn,
                         guidelineZh: call.guidelineZh, guidelineEn: call.guidelineEn, opensAt: BeijingTime.format(call.opensAt),
                         closesAt: BeijingTime.format(call.closesAt), totalBudget: String(call.totalBudget), typicalAward: String(call.typicalAward),
                         budgetMode: call.budgetMode.rawValue, selectionMode: call.selectionMode.rawValue, eligibilityRules: rules,
                         negativeList: call.negativeList.joined(separator: ", "), requiredDocuments: call.requiredDocuments.joined(separator: "\n"),
                         formSections: call.formSections.joined(separator: "\n"))
    }
}

/// An amount of yuan as the API sends it (a JSON integer) or as a form or an older client types
/// it (text, e.g. `5,000`). Both become the text the service parses and bounds once
/// (`Money.parse`, `Money.range`); a JSON number past Int64 becomes text that fails there with
/// a field error naming the field.
struct AmountText: Codable, Sendable {
    let text: String

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let n = try? c.decode(Int.self) {
            text = String(n)
        } else if let s = try? c.decode(String.self) {
            text = s
        } else {
            text = String(describing: try c.decode(Double.self))
        }
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(text)
    }
}
