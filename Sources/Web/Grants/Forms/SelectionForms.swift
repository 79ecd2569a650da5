import Foundation
import Grants
import KechuangCore
import Projects
import Vapor

/// An expert's recommendation.
struct NominationForm: Content {
    var statement: String?
}

/// The officer's directed commission; the PI is named by e-mail and looked up here.
struct CommissionForm: Content {
    var call_id: String?
    var organisation_id: String?
    var pi_email: String?
    var title_zh: String?
    var title_en: String?
    var summary: String?
    var amount: String?
    var reason: String?

    init() {}

    func input(_ req: Request) async throws -> CommissionInput {
        let email = (pi_email ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let pi = email.isEmpty ? nil : try await req.people.find(email: email)?.id
        return CommissionInput(callID: call_id.flatMap(UUID.init(uuidString:)), organisationID: organisation_id.flatMap(UUID.init(uuidString:)),
                               principalInvestigatorID: pi, titleZh: title_zh ?? "", titleEn: title_en ?? "", summary: summary ?? "",
                               amount: amount.flatMap(Money.parse), reason: reason ?? "")
    }
}

/// A programme's acceptance scheme for one research type: the panel and up to `rows` indicators,
/// each row `key_i`, `zh_i`, `en_i`, `weight_i`; empty rows are dropped.
struct SchemeForm: Content {
    static let rows = 6
    var research_type: String?
    var reviewer_kind: String?
    var reviewers_per_project: String?
    var pass_mark: String?
    var values: [String: String] = [:]

    init(from decoder: any Decoder) throws {
        let all = try [String: String](from: decoder)
        research_type = all["research_type"]
        reviewer_kind = all["reviewer_kind"]
        reviewers_per_project = all["reviewers_per_project"]
        pass_mark = all["pass_mark"]
        values = all
    }

    init(_ scheme: AcceptanceScheme) {
        research_type = scheme.category.rawValue
        reviewer_kind = scheme.reviewerKind.rawValue
        reviewers_per_project = String(scheme.reviewersPerProject)
        pass_mark = String(scheme.passMark)
        for (i, criterion) in scheme.criteria.prefix(Self.rows).enumerated() {
            values["key_\(i)"] = criterion.key
            values["zh_\(i)"] = criterion.zh
            values["en_\(i)"] = criterion.en
            values["weight_\(i)"] = String(criterion.weight)
        }
    }

    func value(_ key: String) -> String { values[key] ?? "" }

    static func trimmed(_ s: String) -> String { s.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// The scheme as typed; a number that is not one fails the scheme's own rules (out of range).
    func scheme(programme: UUID, type: ResearchType) throws -> AcceptanceScheme {
        guard let kind = reviewer_kind.flatMap(AcceptanceReviewerKind.init(rawValue:)) else {
            throw DomainError.validation([FieldError(field: "reviewer_kind", rule: "acceptance.scheme.reviewer_kind",
                message: LocalizedText(zh: "请选择评价主体", en: "Choose who evaluates"), basis: .art(31))])
        }
        var criteria: [AcceptanceCriterion] = []
        for i in 0..<Self.rows {
            let key = Self.trimmed(value("key_\(i)")), zh = Self.trimmed(value("zh_\(i)")), en = Self.trimmed(value("en_\(i)"))
            let weight = Self.trimmed(value("weight_\(i)"))
            if key.isEmpty && zh.isEmpty && en.isEmpty && weight.isEmpty { continue }
            // An unreadable weight counts as 0, which the scheme's rule refuses (weights are positive).
            criteria.append(AcceptanceCriterion(key: key, zh: zh, en: en, weight: Int(weight) ?? 0))
        }
        return AcceptanceScheme(programmeID: programme, category: type, reviewerKind: kind, criteria: criteria,
                                reviewersPerProject: Int(Self.trimmed(reviewers_per_project ?? "")) ?? 0,
                                passMark: Int(Self.trimmed(pass_mark ?? "")) ?? -1)
    }
}
