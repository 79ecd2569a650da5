import Foundation
import Grants
import KechuangCore
import Projects

/// Form and JSON decoding of money inputs: strings in, typed inputs out; a value that cannot be
/// read becomes nil and its rule reports it (never a default).
enum ExpenditureForm {
    static func text(_ v: [String: String], _ k: String) -> String { (v[k] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    /// A whole number of yuan, or nil (and a field error when something unreadable was typed).
    static func amount(_ raw: String?, field: String, _ errors: inout [FieldError]) -> Int? {
        let raw = (raw ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !raw.isEmpty else { return nil }
        guard let value = Money.parse(raw) else {
            errors.append(FieldError(field: field, rule: "money.amount.format", message: GrantsMoneyMsg.gmAmountInvalid.text))
            return nil
        }
        return value
    }

    static func day(_ raw: String?, field: String, _ errors: inout [FieldError]) -> BeijingDay? {
        let raw = (raw ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !raw.isEmpty else { return nil }
        guard let day = BeijingDay(parsing: raw) else {
            errors.append(FieldError(field: field, rule: "money.date.format", message: GrantsMoneyMsg.gmDateInvalid.text))
            return nil
        }
        return day
    }

    /// The line's fields, plus every field error that is about reading, merged with the rules' errors.
    static func expenditure(_ v: [String: String]) -> (ExpenditureInput, [FieldError]) {
        var errors: [FieldError] = []
        let input = ExpenditureInput(
            category: ExpenditureCategory(rawValue: text(v, "category")), amount: amount(v["amount"], field: "amount", &errors),
            date: day(v["date"], field: "date", &errors), payeeKind: PayeeKind(rawValue: text(v, "payee_kind")),
            payee: text(v, "payee"), description: text(v, "description"))
        return (input, errors)
    }

    static func adjustment(_ v: [String: String]) -> (BudgetAdjustmentInput, [FieldError]) {
        var errors: [FieldError] = []
        let from = text(v, "from_category"), to = text(v, "to_category")
        let input = BudgetAdjustmentInput(kind: BudgetAdjustmentKind(rawValue: text(v, "kind")), fromCategory: from.isEmpty ? nil : from,
                                          toCategory: to.isEmpty ? nil : to, amount: amount(v["amount"], field: "amount", &errors), reason: text(v, "reason"))
        return (input, errors)
    }

    static func subTask(_ v: [String: String]) -> (SubTaskInput, [FieldError]) {
        var errors: [FieldError] = []
        let input = SubTaskInput(title: text(v, "title"), leaderName: text(v, "leader_name"), leaderEmail: text(v, "leader_email"),
                                 budget: amount(v["budget"], field: "budget", &errors))
        return (input, errors)
    }

    /// Reading errors first; a field with a reading error does not also get the "required" error.
    static func merged(_ reading: [FieldError], _ rules: [FieldError]) -> [FieldError] {
        reading + rules.filter { rule in !reading.contains { $0.field == rule.field } }
    }
}

/// The inspection form's fields (`target` is `project:<id>` or `institution:<id>`; a checkbox per scope).
enum InspectionForm {
    static func input(_ v: [String: String]) -> (InspectionInput, [FieldError]) {
        var errors: [FieldError] = []
        let rawTarget = ExpenditureForm.text(v, "target")
        var target: InspectionTarget?
        if !rawTarget.isEmpty {
            let parts = rawTarget.split(separator: ":", maxSplits: 1).map(String.init)
            if parts.count == 2, let id = UUID(uuidString: parts[1]), let t = InspectionTarget(kind: parts[0], id: id) {
                target = t
            } else {
                errors.append(FieldError(field: "target", rule: "inspection.target.format", message: GrantsMoneyMsg.gmTargetInvalid.text, basis: .art(50, 3)))
            }
        }
        let scopes = Set(InspectionScope.allCases.filter { v["scope_\($0.rawValue)"] == "yes" })
        let input = InspectionInput(
            kind: InspectionKind(rawValue: ExpenditureForm.text(v, "kind")), body: InspectionBody(rawValue: ExpenditureForm.text(v, "body")),
            bodyName: ExpenditureForm.text(v, "body_name"), target: target, scopes: scopes,
            periodStart: ExpenditureForm.day(v["period_start"], field: "period_start", &errors),
            periodEnd: ExpenditureForm.day(v["period_end"], field: "period_end", &errors), title: ExpenditureForm.text(v, "title"))
        return (input, errors)
    }
}
