import Foundation
import KechuangCore
import Projects
import Review

/// The expert profile form's fields: the values a GET shows, and the profile a POST types in (one
/// availability window, past affiliation or declared conflict a line).
enum ExpertProfileForm {
    static func values(_ p: ExpertProfile) -> [String: String] {
        [
            "disciplines": p.disciplines.joined(separator: ", "), "keywords": p.keywords, "expertise": p.expertise,
            "lang_zh": p.languages.contains("zh") ? "yes" : "", "lang_en": p.languages.contains("en") ? "yes" : "",
            "max_load": String(p.maxLoad), "version": String(p.version),
            "availability": p.availability.map { "\(day($0.from)) \(day($0.until))" }.joined(separator: "\n"),
            "past_affiliations": p.pastAffiliations.map { "\($0.organisationName), \($0.fromYear), \($0.untilYear)" }.joined(separator: "\n"),
            "declared_conflicts": p.declaredConflicts.map { conflict in
                let target: String = switch conflict.target {
                case .person(let email): email
                case .organisation(let id): id.uuidString.lowercased()
                }
                return "\(target), \(conflict.reason)" + (conflict.expires.map { ", \(day($0))" } ?? "")
            }.joined(separator: "\n"),
        ]
    }

    static func day(_ d: Date) -> String { String(BeijingTime.format(d).prefix(10)) }

    static func date(_ raw: String) -> Date? { BeijingTime.parse(raw.trimmingCharacters(in: .whitespaces) + " 00:00") }

    static func lines(_ raw: String?) -> [String] {
        (raw ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func parts(_ line: String) -> [String] {
        line.split(whereSeparator: { $0 == "," || $0 == "，" }).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The profile typed into the form; lines that do not parse are reported with their number.
    static func profile(from v: [String: String], base: ExpertProfile, organisations: [UUID: String]) -> (ExpertProfile, [FieldError]) {
        var p = base
        var errors: [FieldError] = []
        func lineError(_ field: String, _ n: Int) {
            errors.append(FieldError(field: field, rule: "expert.\(field).line", message: LocalizedText(zh: "第 \(n) 行格式有误", en: "Line \(n) is not in the expected form")))
        }
        p.disciplines = (v["disciplines"] ?? "").split(whereSeparator: { ", ，;；".contains($0) }).map { $0.uppercased() }
        p.keywords = v["keywords"] ?? ""
        p.expertise = v["expertise"] ?? ""
        p.languages = (v["lang_zh"] == "yes" ? ["zh"] : []) + (v["lang_en"] == "yes" ? ["en"] : [])
        if let load = Int(v["max_load"]?.trimmingCharacters(in: .whitespaces) ?? "") { p.maxLoad = load } else {
            errors.append(FieldError(field: "max_load", rule: "expert.max_load.number", message: LocalizedText(zh: "请输入整数", en: "Enter a whole number")))
        }
        p.availability = []
        for (n, line) in lines(v["availability"]).enumerated() {
            let days = line.split(whereSeparator: { $0 == " " || $0 == "至" || $0 == "—" }).compactMap { date(String($0)) }
            if days.count == 2 { p.availability.append(AvailabilityWindow(from: days[0], until: days[1].addingTimeInterval(86_400))) } else { lineError("availability", n + 1) }
        }
        let byName = Dictionary(organisations.map { ($0.value, $0.key) }, uniquingKeysWith: { a, _ in a })
        p.pastAffiliations = []
        for (n, line) in lines(v["past_affiliations"]).enumerated() {
            let f = parts(line)
            if f.count == 3, let org = byName[f[0]], let from = Int(f[1]), let until = Int(f[2]) {
                p.pastAffiliations.append(PastAffiliation(organisationID: org, organisationName: f[0], fromYear: from, untilYear: until))
            } else { lineError("past_affiliations", n + 1) }
        }
        p.declaredConflicts = []
        for (n, line) in lines(v["declared_conflicts"]).enumerated() {
            let f = parts(line)
            guard f.count >= 2 else { lineError("declared_conflicts", n + 1); continue }
            let expires = f.count > 2 ? date(f[2]) : nil
            if f.count > 2 && expires == nil { lineError("declared_conflicts", n + 1); continue }
            if f[0].contains("@") {
                p.declaredConflicts.append(DeclaredConflict(target: .person(email: f[0].lowercased()), reason: f[1], expires: expires))
            } else if let org = byName[f[0]] ?? UUID(uuidString: f[0]) {
                p.declaredConflicts.append(DeclaredConflict(target: .organisation(org), reason: f[1], expires: expires))
            } else { lineError("declared_conflicts", n + 1) }
        }
        return (p, errors)
    }
}
