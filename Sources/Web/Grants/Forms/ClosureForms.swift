import Foundation
import Grants
import Integrity
import KechuangCore

/// Reading the closure forms (and the API bodies, which use the same field names): a field that
/// cannot be read is reported by name, never guessed.
enum ClosureForms {
    static func unreadable(_ field: String, zh: String, en: String) -> FieldError {
        FieldError(field: field, rule: "\(field).format", message: LocalizedText(zh: zh, en: en))
    }

    static func day(_ values: [String: String], _ field: String, _ errors: inout [FieldError]) -> BeijingDay? {
        let raw = (values[field] ?? "").trimmingCharacters(in: .whitespaces)
        guard !raw.isEmpty else { return nil }
        guard let day = BeijingDay(parsing: raw) else {
            errors.append(unreadable(field, zh: "日期格式：2026-01-31", en: "Date format: 2026-01-31"))
            return nil
        }
        return day
    }

    static func int(_ values: [String: String], _ field: String, _ errors: inout [FieldError]) -> Int? {
        let raw = (values[field] ?? "").trimmingCharacters(in: .whitespaces)
        guard !raw.isEmpty else { return nil }
        guard let value = Int(raw), (0...9999).contains(value) else {
            errors.append(unreadable(field, zh: "请填写整数", en: "Enter a whole number"))
            return nil
        }
        return value
    }

    static func output(_ values: [String: String]) -> (OutputInput, [FieldError]) {
        var errors: [FieldError] = []
        let input = OutputInput(
            kind: OutputKind(rawValue: values["kind"] ?? ""), title: values["title"] ?? "", identifier: values["identifier"] ?? "",
            year: int(values, "year", &errors), rights: ResultRights(rawValue: values["rights"] ?? ""),
            rightsHolders: values["rights_holders"] ?? "", rightsGrantedOn: day(values, "rights_granted_on", &errors),
            useYears: int(values, "use_years", &errors))
        return (input, errors)
    }

    /// `name, email` per line (either comma, or a tab).
    static func team(_ raw: String) -> [ProjectMember] {
        raw.split(whereSeparator: \.isNewline).compactMap { line in
            let parts = line.split(whereSeparator: { ",，\t".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
            guard !parts.isEmpty, !(parts.count == 1 && parts[0].isEmpty) else { return nil }
            return ProjectMember(name: parts[0], email: parts.count > 1 ? parts[1] : "", organisationID: nil)
        }
    }

    /// The change form; the new PI's e-mail is resolved by the caller (`newPI`).
    static func change(_ values: [String: String], newPI: UUID?) -> (ChangeInput, [FieldError]) {
        var errors: [FieldError] = []
        let input = ChangeInput(kind: ChangeKind(rawValue: values["kind"] ?? ""), reason: values["reason"] ?? "",
                                newEndDate: day(values, "new_end_date", &errors), newPrincipalInvestigatorID: newPI,
                                team: team(values["team"] ?? ""))
        return (input, errors)
    }

    static func decision(_ values: [String: String]) -> AcceptanceDecision {
        let misconduct = FindingKind(rawValue: values["misconduct"] ?? "")
        return AcceptanceDecision(outcome: AcceptanceOutcome(rawValue: values["outcome"] ?? ""), finding: values["finding"] ?? "",
                                  misconduct: misconduct, misconductDescription: values["misconduct_description"] ?? "")
    }

    /// `indicator_<id>` fields of the report form.
    static func report(_ values: [String: String], indicators: [Indicator]) -> (ReportInput, [FieldError]) {
        var errors: [FieldError] = []
        var actuals: [UUID: Double] = [:]
        for indicator in indicators {
            let field = "indicator_\(indicator.id.uuidString.lowercased())"
            let raw = (values[field] ?? "").trimmingCharacters(in: .whitespaces)
            guard !raw.isEmpty else { continue }
            if let value = Double(raw), value.isFinite { actuals[indicator.id] = value } else {
                errors.append(unreadable(field, zh: "请填写数字", en: "Enter a number"))
            }
        }
        return (ReportInput(summary: values["summary"] ?? "", actuals: actuals), errors)
    }
}
