import Foundation
import Integrity
import KechuangCore

/// Decoding the ethics registry's forms (pages and API share it): a date that cannot be read is a
/// field error naming the field, never a made-up day.
enum EthicsForm {
    static func day(_ values: [String: String], _ key: String, _ errors: inout [FieldError]) -> BeijingDay? {
        let raw = (values[key] ?? "").trimmingCharacters(in: .whitespaces)
        guard !raw.isEmpty else { return nil }
        guard let day = BeijingDay(parsing: raw) else {
            errors.append(FieldError(field: key, rule: "ethics.date.format", message: EthicsMsg.ethDateInvalid.text))
            return nil
        }
        return day
    }

    /// `scope_human=yes` … from the page; `scopes=human,ai` from the API.
    static func scopes(_ values: [String: String]) -> Set<EthicsScope> {
        var set = Set(EthicsScope.allCases.filter { values["scope_\($0.rawValue)"] == "yes" })
        for raw in (values["scopes"] ?? "").split(separator: ",") {
            if let scope = EthicsScope(rawValue: raw.trimmingCharacters(in: .whitespaces)) { set.insert(scope) }
        }
        return set
    }

    /// One member a line: `name, expertise` (a full-width comma works too).
    static func members(_ text: String) -> [EthicsCommitteeMember] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let parts = line.split(maxSplits: 1, whereSeparator: { $0 == "," || $0 == "，" }).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = parts.first, !name.isEmpty else { return nil }
            return EthicsCommitteeMember(name: name, expertise: parts.count > 1 ? parts[1] : "")
        }
    }

    static func committee(_ values: [String: String]) throws -> EthicsCommitteeInput {
        var errors: [FieldError] = []
        let date = day(values, "registration_date", &errors)
        if !errors.isEmpty { throw DomainError.validation(errors) }
        return EthicsCommitteeInput(
            organisationID: values["organisation_id"].flatMap(UUID.init(uuidString:)), nameZh: values["name_zh"] ?? "", nameEn: values["name_en"] ?? "",
            registrationNumber: values["registration_number"] ?? "", registrationDate: date, scopes: scopes(values), members: members(values["members"] ?? ""))
    }

    static func approval(_ values: [String: String]) throws -> EthicsApprovalInput {
        var errors: [FieldError] = []
        let decided = day(values, "decision_date", &errors)
        let from = day(values, "valid_from", &errors)
        let until = day(values, "valid_until", &errors)
        if !errors.isEmpty { throw DomainError.validation(errors) }
        var highRisk = Set(HighRiskActivities.knownCodes.filter { values["high_risk_\($0)"] == "yes" })
        for raw in (values["high_risk"] ?? "").split(separator: ",") { highRisk.insert(raw.trimmingCharacters(in: .whitespaces)) }
        return EthicsApprovalInput(
            committeeID: values["committee_id"].flatMap(UUID.init(uuidString:)), approvalNumber: values["approval_number"] ?? "",
            projectTitle: values["project_title"] ?? "", decisionDate: decided, scopes: scopes(values), validFrom: from, validUntil: until,
            highRiskActivities: highRisk)
    }

    static func expertReview(_ values: [String: String]) throws -> EthicsExpertReview {
        var errors: [FieldError] = []
        let on = day(values, "reviewed_on", &errors)
        if on == nil && errors.isEmpty {
            errors.append(FieldError(field: "reviewed_on", rule: "ethics.expert_review.date.required", message: EthicsMsg.ethDateInvalid.text, basis: .art(61)))
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        return EthicsExpertReview(reviewedOn: on ?? BeijingDay(containing: Date()), body: values["body"] ?? "", approved: values["outcome"] == "approved",
                                  note: values["note"] ?? "")
    }
}
