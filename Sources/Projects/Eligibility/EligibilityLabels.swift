import Identity
import KechuangCore

/// Labels for the values that appear in sentences, from Identity's own enums (lower-cased in
/// English, as they stand mid-sentence); an unknown value is shown as written.
enum Labels {
    static func organisationType(_ raw: String) -> LocalizedText {
        guard let label = OrganisationType(rawValue: raw)?.label else { return LocalizedText(zh: "“\(raw)”", en: "“\(raw)”") }
        // "University" → "university", but "S&T service provider" keeps its acronym.
        let keepsCase = label.en.dropFirst().first.map { !$0.isLowercase } ?? true
        return LocalizedText(zh: label.zh, en: keepsCase ? label.en : label.en.prefix(1).lowercased() + label.en.dropFirst())
    }

    static func district(_ raw: String) -> LocalizedText {
        guard let district = District(rawValue: raw), district != .outsideBeijing else {
            return LocalizedText(zh: "“\(raw)”", en: "“\(raw)”")
        }
        return LocalizedText(zh: district.label.zh, en: "\(district.label.en) District")
    }

    static func ownership(_ raw: String) -> LocalizedText {
        switch raw {
        case "state": LocalizedText(zh: "国有", en: "state-owned")
        case "private": LocalizedText(zh: "民营", en: "private")
        case "foreign_invested": LocalizedText(zh: "外商投资", en: "foreign-invested")
        case "mixed": LocalizedText(zh: "混合所有制", en: "mixed")
        default: LocalizedText(zh: "“\(raw)”", en: "“\(raw)”")
        }
    }

    static func sensitiveArea(_ raw: String) -> LocalizedText {
        switch raw {
        case "human": LocalizedText(zh: "人类受试者", en: "human subjects")
        case "animal": LocalizedText(zh: "实验动物", en: "animals")
        case "ai": LocalizedText(zh: "人工智能", en: "artificial intelligence")
        case "other": LocalizedText(zh: "其他科技伦理敏感领域", en: "another ethically sensitive area")
        default: LocalizedText(zh: "“\(raw)”", en: "“\(raw)”")
        }
    }

    /// Areas in a fixed order (human, animal, ai, other, then others alphabetically) so sentences are stable.
    static func sensitiveAreaOrder(_ raw: String) -> String {
        switch raw {
        case "human": "0"
        case "animal": "1"
        case "ai": "2"
        case "other": "3"
        default: "4" + raw
        }
    }

    static func years(_ n: Int) -> String { n == 1 ? "1 year" : "\(n) years" }

    /// "a", "a and b", "a, b and c".
    static func englishList(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }
}
