import Foundation
import KechuangCore

/// The checks of a reporting form (Art. 63: data collected with care), as data. Each line is
/// checked on its own; the error names the line's field (`value_RPT-RD`, `note_RPT-RD`) and the rule.
public enum CollectionRules {
    /// What a rule of one line sees.
    public struct LineFacts: Sendable {
        public let indicator: Indicator
        public let raw: String
        /// nil when the text is not a number in the indicator's unit.
        public let value: Double?
        public let unitProblem: Bool
        public let note: String
        /// The figure in force for the year before, if any.
        public let previous: Double?

        public var change: Double? {
            guard let value, let previous, previous != 0 else { return nil }
            return abs(value - previous) / abs(previous)
        }
    }

    static func blank(_ s: String) -> Bool { s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }

    /// Parses `1,234.5`, `1 234.5 亿元`, `2.5%`: thousands separators and spaces ignored, and the
    /// indicator's own unit (Chinese or English) allowed after the number. Anything else after the
    /// number is a unit problem; no number at all is nil.
    public static func parse(_ raw: String, unit: IndicatorUnit) -> (value: Double?, unitProblem: Bool) {
        let folded = FullWidth.toASCII(raw).replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespaces)
        let number = folded.prefix { $0.isNumber || $0 == "." || $0 == "-" }
        let rest = folded.dropFirst(number.count).trimmingCharacters(in: .whitespaces)
        guard let value = Double(number), value.isFinite else { return (nil, false) }
        if rest.isEmpty || rest == unit.label.zh || rest.lowercased() == unit.label.en.lowercased() { return (value, false) }
        return (value, true)
    }

    static let basis = LegalBasis.art(63)

    /// The rules of one line of `indicator` (messages carry its unit, range and threshold).
    public static func line(_ indicator: Indicator) -> RuleBook<LineFacts> {
        let unit = indicator.unit.label
        let range = indicator.range ?? 0...Double.greatestFiniteMagnitude
        let low = ExportNumber.text(range.lowerBound), high = ExportNumber.text(range.upperBound)
        let threshold = Int(((indicator.changeNeedingNote ?? 1) * 100).rounded())
        return RuleBook([
            Rule(id: "report.value.required", basis: basis, field: "value",
                 message: LocalizedText(zh: "请填写\(indicator.name.zh)", en: "Enter \(indicator.name.en)")) { blank($0.raw) },
            Rule(id: "report.value.number", basis: basis, field: "value",
                 message: LocalizedText(zh: "\(indicator.name.zh)须为数字（单位：\(unit.zh)）", en: "\(indicator.name.en) must be a number (in \(unit.en))")) {
                !blank($0.raw) && $0.value == nil
            },
            Rule(id: "report.value.unit", basis: basis, field: "value",
                 message: LocalizedText(zh: "\(indicator.name.zh)的单位是\(unit.zh)，请换算后填写", en: "\(indicator.name.en) is in \(unit.en): convert the figure before entering it")) {
                $0.value != nil && $0.unitProblem
            },
            Rule(id: "report.value.range", basis: basis, field: "value",
                 message: LocalizedText(zh: "\(indicator.name.zh)应在 \(low) 至 \(high) \(unit.zh) 之间", en: "\(indicator.name.en) must be between \(low) and \(high) \(unit.en)")) {
                guard let v = $0.value, !$0.unitProblem else { return false }
                return !range.contains(v)
            },
            Rule(id: "report.change.note", basis: basis, field: "note",
                 message: LocalizedText(zh: "\(indicator.name.zh)较上年变动超过 \(threshold)%，请在说明中写明原因",
                                        en: "\(indicator.name.en) changes by more than \(threshold)% on the year before: explain why in the note")) {
                guard let change = $0.change, let limit = $0.indicator.changeNeedingNote else { return false }
                return change > limit && blank($0.note)
            },
        ])
    }

    /// The reporting year: a past or the current year.
    public static func year(_ year: Int, now: Date) -> [FieldError] {
        let current = BeijingDay(containing: now).year
        guard (2000...current).contains(year) else {
            return [FieldError(field: "year", rule: "report.year.range",
                               message: LocalizedText(zh: "报告年度应在 2000 年至 \(current) 年之间", en: "The year must be between 2000 and \(current)"), basis: basis)]
        }
        return []
    }

    /// The rules of the forms, for the article pages (messages of the first reported indicator).
    public static var citations: [CitedRule] {
        guard let first = IndicatorCatalogue.reported.first else { return [] }
        return line(first).citations(module: "MON")
    }
}

/// Number text for messages, without a locale: `100000`, `0.2`.
enum ExportNumber {
    static func text(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
}
