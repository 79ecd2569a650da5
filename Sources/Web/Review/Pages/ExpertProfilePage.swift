import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Projects
import Review

struct ExpertProfilePage {
    let profile: ExpertProfile
    let values: [String: String]
    var errors: [FieldError] = []

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

    func render(_ c: PageContext) -> String {
        func value(_ k: String) -> String { values[k] ?? "" }
        return Layout(context: c, title: c(ReviewMsg.expertTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(ReviewMsg.expertTitle))),
            .p(.text(c(ReviewMsg.expertIntro))),
            .if(!profile.active && profile.version > 0, .p(.class("warning"), .text(c(ReviewMsg.expertInactive)))),
            Components.form(action: ReviewURL.expertProfile.path, c,
                .input(.type(.hidden), .name("version"), .value(value("version"))),
                Components.textField(.init(name: "disciplines", label: c(ReviewMsg.expertDisciplines), hint: c(ReviewMsg.expertDisciplinesHint), value: value("disciplines")), errors: errors, c),
                Components.textField(.init(name: "keywords", label: c(ReviewMsg.expertKeywords), hint: c(.appKeywordsHint), value: value("keywords")), errors: errors, c),
                CallFormPage.textArea("expertise", c(ReviewMsg.expertExpertise), nil, value("expertise"), errors, c),
                .fieldset(.element(named: "legend", nodes: [.text(c(ReviewMsg.expertLanguages))]),
                    Components.checkbox(name: "lang_zh", value: "yes", label: "中文", checked: value("lang_zh") == "yes"),
                    Components.checkbox(name: "lang_en", value: "yes", label: "English", checked: value("lang_en") == "yes")),
                Components.textField(.init(name: "max_load", label: c(ReviewMsg.expertMaxLoad), value: value("max_load"), type: .number, width: "input-short"), errors: errors, c),
                CallFormPage.textArea("availability", c(ReviewMsg.expertAvailability), c(ReviewMsg.expertAvailabilityHint), value("availability"), errors, c),
                CallFormPage.textArea("past_affiliations", c(ReviewMsg.expertPast), c(ReviewMsg.expertPastHint), value("past_affiliations"), errors, c),
                CallFormPage.textArea("declared_conflicts", c(ReviewMsg.expertDeclared), c(ReviewMsg.expertDeclaredHint), value("declared_conflicts"), errors, c),
                Components.submit(c(.save)))
        )).render()
    }
}
