import Foundation
import Identity
import KechuangCore
import Talent

/// Decoding of the Talent forms and queries: views only render.
enum TalentForm {
    static func trimmed(_ v: [String: String], _ k: String) -> String { (v[k] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    static func int(_ raw: String?) -> Int? { raw.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    static func entry(_ v: [String: String], note: String? = nil) -> CatalogueEntryInput {
        CatalogueEntryInput(code: trimmed(v, "code"), field: v["field"].flatMap(TalentField.init(rawValue:)), roleZh: trimmed(v, "role_zh"),
                            roleEn: trimmed(v, "role_en"), level: v["level"].flatMap(TalentLevel.init(rawValue:)),
                            requirementsZh: trimmed(v, "requirements_zh"), requirementsEn: trimmed(v, "requirements_en"), note: note ?? trimmed(v, "note"))
    }

    static func opening(_ v: [String: String]) throws -> OpeningInput {
        var closes: BeijingDay?
        let raw = trimmed(v, "closes_on")
        if !raw.isEmpty {
            guard let day = BeijingDay(parsing: raw) else {
                throw DomainError.validation([FieldError(field: "closes_on", rule: "opening.closes.format",
                                                         message: LocalizedText(zh: "请按 2027-03-31 的格式填写日期", en: "Write the day as e.g. 2027-03-31"))])
            }
            closes = day
        }
        return OpeningInput(organisationID: v["organisation_id"].flatMap(UUID.init(uuidString:)), entryID: v["entry_id"].flatMap(UUID.init(uuidString:)),
                            titleZh: trimmed(v, "title_zh"), titleEn: trimmed(v, "title_en"), description: trimmed(v, "description"),
                            district: v["district"].flatMap(District.init(rawValue:)), closesOn: closes)
    }

    static func achievement(_ v: [String: String]) -> AchievementInput {
        AchievementInput(kind: v["kind"].flatMap(AchievementKind.init(rawValue:)), title: trimmed(v, "title"), year: int(v["year"]),
                         evidence: trimmed(v, "evidence"), contribution: trimmed(v, "contribution"))
    }

    /// The document codes ticked on the one-stop form (`doc_<code>=yes`).
    static func documents(_ v: [String: String]) -> [String] {
        v.filter { $0.key.hasPrefix("doc_") && $0.value == "yes" }.map { String($0.key.dropFirst(4)) }.sorted()
    }

    /// The calculator's facts from the query; numbers outside their range are field errors.
    static func points(_ q: [String: String]) -> (PointsAssessment.Facts, [FieldError]) {
        var facts: PointsAssessment.Facts = [:]
        var errors: [FieldError] = []
        let numbers: [(String, PointsAssessment.Measure, ClosedRange<Int>, LocalizedText)] = [
            ("salary", .salary, 0...100_000, LocalizedText(zh: "年收入填写 0–100000 之间的整数（万元）", en: "Salary is a whole number of 10,000 yuan, 0 to 100,000")),
            ("years_in_beijing", .yearsInBeijing, 0...60, LocalizedText(zh: "工作年限填写 0–60 之间的整数", en: "Years are a whole number, 0 to 60")),
            ("chinese", .chinese, 0...6, LocalizedText(zh: "HSK 等级填写 0–6", en: "The HSK level is 0 to 6")),
            ("age", .age, 16...100, LocalizedText(zh: "年龄填写 16–100 之间的整数", en: "Age is a whole number, 16 to 100")),
            ("degree", .degree, 0...3, LocalizedText(zh: "请选择最高学位", en: "Select the highest degree")),
        ]
        for (name, measure, range, message) in numbers {
            let raw = (q[name] ?? "").trimmingCharacters(in: .whitespaces)
            guard !raw.isEmpty else { continue }
            guard let n = Int(raw), range.contains(n) else {
                errors.append(FieldError(field: name, rule: "points.\(name).range", message: message, basis: .art(72)))
                continue
            }
            facts[measure] = n
        }
        for (name, measure) in [("catalogue_match", PointsAssessment.Measure.catalogueMatch), ("innovation_employer", .innovationEmployer),
                                ("achievement_in_use", .achievementInUse)] {
            facts[measure] = q[name] == "1" || q[name] == "true" ? 1 : 0
        }
        return (facts, errors)
    }
}
