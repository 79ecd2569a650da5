import Foundation
import KechuangCore
import Projects
import Vapor

/// What the call editor's guided rule editor sent: its rows (`rule_<n>_<part>`) and the button
/// pressed. "Add a rule" and "Remove" show the form again with the rows changed and save nothing,
/// so the editor works without JavaScript. A form without the editor's marker (an older client
/// posting `eligibility_rules` as JSON) is not the editor's: `init` returns nil.
struct EligibilityRuleEditorForm {
    static let marker = "rules_editor"
    static let actionName = "rules_action"
    static let newKindName = "rule_new_kind"
    static let save = "save"
    static let add = "add"
    static let removePrefix = "remove-"

    enum Action: Equatable {
        case save
        case add
        case remove(Int)
    }

    var rows: [EligibilityRuleFields]
    var action: Action
    /// The kind chosen next to "Add a rule" (kept when the form is shown again).
    var newKind: String

    init?(_ req: Request) {
        guard req.headers.contentType == .urlEncodedForm, let body = req.body.string else { return nil }
        let pairs = Self.pairs(body)
        guard pairs.contains(where: { $0.name == Self.marker }) else { return nil }
        rows = EligibilityRuleEditor.rows(from: pairs)
        newKind = pairs.last { $0.name == Self.newKindName }?.value ?? ""
        let pressed = pairs.last { $0.name == Self.actionName }?.value ?? Self.save
        if pressed == Self.add {
            action = .add
        } else if pressed.hasPrefix(Self.removePrefix), let index = Int(pressed.dropFirst(Self.removePrefix.count)) {
            action = .remove(index)
        } else {
            action = .save
        }
    }

    /// The rows after "Add a rule" or "Remove", and the error when no kind was chosen to add.
    func edited() -> (rows: [EligibilityRuleFields], errors: [FieldError]) {
        switch action {
        case .save:
            return (rows, [])
        case .remove(let index):
            var rows = rows
            if rows.indices.contains(index) { rows.remove(at: index) }
            return (rows, [])
        case .add:
            guard let kind = GuidedConditionKind(rawValue: newKind) else {
                return (rows, [FieldError(field: Self.newKindName, rule: "eligibility.form.new_kind", message: LocalizedText(
                    zh: "请选择要添加的条件类型", en: "Choose the kind of condition to add"))])
            }
            guard rows.count < EligibilityRuleEditor.maximumRules else {
                return (rows, [FieldError(field: Self.newKindName, rule: "eligibility.form.too_many", message: LocalizedText(
                    zh: "一个指南最多设置 \(EligibilityRuleEditor.maximumRules) 条规则",
                    en: "A call can have at most \(EligibilityRuleEditor.maximumRules) rules"))])
            }
            return (rows + [EligibilityRuleFields.new(kind, among: rows)], [])
        }
    }

    /// The rules as the service takes them: the API's JSON (empty text for no rules).
    static func json(_ rules: [EligibilityRule]) throws -> String {
        guard !rules.isEmpty else { return "" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(rules), as: UTF8.self)
    }

    /// The rows of rules given as JSON text (a stored call, or a form sent by an older client);
    /// none when the text is not readable (its error is then on `eligibility_rules`).
    static func rows(fromJSON text: String) -> [EligibilityRuleFields] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty, let rules = try? JSONDecoder().decode([EligibilityRule].self, from: Data(trimmed.utf8)) else { return [] }
        return rules.map(EligibilityRuleFields.init)
    }

    /// `a=1&b=x+y` in order, repeated names kept (check boxes); `+` is a space, `%XX` decoded.
    static func pairs(_ body: String) -> [(name: String, value: String)] {
        body.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                let spaced = s.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }
}
