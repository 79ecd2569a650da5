import Foundation
import Identity
import Integrity
import KechuangCore
import Monitoring
import Plot

/// What the awards pages show of a nomination: public fields only (names, never ID numbers,
/// e-mail addresses or phone numbers).
struct AwardRow {
    let nomination: AwardNomination
    let scheme: AwardScheme
    let unitName: LocalizedText

    func category(_ c: PageContext) -> String {
        scheme.category(nomination.categoryCode).map { c.language == .en ? $0.nameEn : $0.nameZh } ?? nomination.categoryCode
    }
}

enum AwardsView {
    static func schemeName(_ s: AwardScheme, _ c: PageContext) -> String { "\(s.year) " + (c.language == .en ? s.nameEn : s.nameZh) }

    static func rowCells(_ r: AwardRow, _ c: PageContext) -> [Node<HTML.TableRowContext>] {
        [.td(.text(r.category(c))),
         .td(.span(Components.lang(of: r.nomination.nomineeName, c), .text(r.nomination.nomineeName))),
         .td(.text(c.text(r.nomination.nominee.label))),
         .td(Components.localized(zh: r.unitName.zh, en: r.unitName.en, c)),
         .td(Components.localized(zh: r.nomination.achievementZh, en: r.nomination.achievementEn.isEmpty ? nil : r.nomination.achievementEn, c))]
    }

    static func headCells(_ c: PageContext) -> [Node<HTML.TableRowContext>] {
        [.th(.text(c(AwardsMsg.awCategory))), .th(.text(c(AwardsMsg.awNominee))), .th(.text(c(AwardsMsg.awNomineeKind))),
         .th(.text(c(AwardsMsg.awNominatingUnit))), .th(.text(c(AwardsMsg.awAchievement)))]
    }
}

/// `/awards`: the winners of every scheme (public).
struct AwardsWinnersPage {
    let schemes: [AwardScheme]
    let winners: [AwardRow]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(AwardsMsg.awTitle), content: .div(
            .h1(.text(c(AwardsMsg.awTitle))),
            .p(.class("lead"), .text(c(AwardsMsg.awIntro))),
            .if(c.can(.manageAwards), .p(.a(.href(AwardsURL.manage.path), .text(c(AwardsMsg.awManageLink))))),
            .if(c.can(.nominateForAwards), .p(.a(.href(AwardsURL.nominate.path), .text(c(AwardsMsg.awNominateLink))))),
            .if(winners.isEmpty, .p(.text(c(AwardsMsg.awNone)))),
            .forEach(schemes.filter { s in winners.contains { $0.scheme.id == s.id } }) { s in
                .section(
                    .h2(.text(AwardsView.schemeName(s, c))),
                    Components.scrollTable(label: AwardsView.schemeName(s, c),
                        .thead(.tr(.group(AwardsView.headCells(c)))),
                        .tbody(.forEach(winners.filter { $0.scheme.id == s.id }) { .tr(.group(AwardsView.rowCells($0, c))) })))
            }
        )).render()
    }
}

/// `/awards/manage`: department staff set up schemes and decide nominations.
struct AwardsManagePage {
    let schemes: [AwardScheme]
    let rows: [AwardRow]
    var form = ""
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        func value(_ key: String, _ which: String) -> String { form == which ? values[key] ?? "" : "" }
        func errs(_ which: String) -> [FieldError] { form == which ? errors : [] }
        let pending = rows.filter { $0.nomination.state == .nominated }
        return Layout(context: c, title: c(AwardsMsg.awManageTitle), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(AwardsURL.winners.path), .text(c(AwardsMsg.awTitle)))),
            .h1(.text(c(AwardsMsg.awManageTitle))),
            .p(.class("lead"), .text(c(AwardsMsg.awManageIntro))),
            .if(schemes.isEmpty, .p(.text(c(AwardsMsg.awNoSchemes)))),
            .forEach(schemes) { s in
                let here = rows.filter { $0.scheme.id == s.id }
                return .section(
                    .h2(.text(AwardsView.schemeName(s, c))),
                    .if(here.isEmpty, .p(.text(c(AwardsMsg.awNoNominations))), else: Components.scrollTable(label: AwardsView.schemeName(s, c),
                        .thead(.tr(.group(AwardsView.headCells(c)), .th(.text(c(AwardsMsg.awState))))),
                        .tbody(.forEach(here) { r in .tr(.group(AwardsView.rowCells(r, c)), .td(.text(c.text(r.nomination.state.label)))) }))))
            },
            .if(!pending.isEmpty, .group(
                .h2(.text(c(AwardsMsg.awDecide))),
                Components.form(action: AwardsURL.decisions.path, c,
                    Components.selectField(name: "nomination_id", label: c(AwardsMsg.awNominations),
                                           options: pending.map { ($0.nomination.id.rawValue.uuidString.lowercased(),
                                                                   "\(AwardsView.schemeName($0.scheme, c)) · \($0.category(c)) · \($0.nomination.nomineeName)") },
                                           selected: value("nomination_id", "decision"), errors: errs("decision"), c),
                    Components.selectField(name: "decision", label: c(AwardsMsg.awDecide),
                                           options: [("award", c(AwardsMsg.awAward)), ("not_award", c(AwardsMsg.awNotAward))],
                                           selected: value("decision", "decision"), errors: errs("decision"), c),
                    Components.textArea("note", c(AwardsMsg.awNote), nil, value("note", "decision"), errs("decision"), c),
                    Components.submit(c(AwardsMsg.awDecide))))),
            .h2(.text(c(AwardsMsg.awNewScheme))),
            Components.form(action: AwardsURL.schemes.path, c,
                Components.textField(.init(name: "name_zh", label: c(AwardsMsg.awNameZh), value: value("name_zh", "scheme")), errors: errs("scheme"), c),
                Components.textField(.init(name: "name_en", label: c(AwardsMsg.awNameEn), value: value("name_en", "scheme")), errors: errs("scheme"), c),
                Components.textField(.init(name: "year", label: c(AwardsMsg.awYear), value: value("year", "scheme"), width: "width-5"), errors: errs("scheme"), c),
                Components.textArea("categories", c(AwardsMsg.awCategories), c(AwardsMsg.awCategoriesHint), value("categories", "scheme"), errs("scheme"), c),
                Components.submit(c(AwardsMsg.awCreate)))
        )).render()
    }
}

/// `/awards/nominate`: a research office nominates a person or an organisation for its unit.
struct AwardsNominatePage {
    let schemes: [AwardScheme]
    let people: [Person]
    let organisations: [Organisation]
    let units: [Organisation]
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let categories = schemes.flatMap { s in
            s.categories.map { ("\(s.id.rawValue.uuidString.lowercased()):\($0.code)", "\(AwardsView.schemeName(s, c)) · " + (c.language == .en ? $0.nameEn : $0.nameZh)) }
        }
        let nominees: [(String, [(String, String)])] = [
            (c(AwardsMsg.awPerson), people.map { ("person:\($0.id.uuidString.lowercased())", $0.name) }),
            (c(AwardsMsg.awOrganisation), organisations.map { ("organisation:\($0.id.rawValue.uuidString.lowercased())", $0.name(in: c.language)) }),
        ]
        return Layout(context: c, title: c(AwardsMsg.awNominateTitle), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(AwardsURL.winners.path), .text(c(AwardsMsg.awTitle)))),
            .h1(.text(c(AwardsMsg.awNominateTitle))),
            .p(.class("lead"), .text(c(AwardsMsg.awNominateIntro))),
            .if(units.isEmpty, .p(.text(c(AwardsMsg.awNotOffice)))),
            .if(schemes.isEmpty, .p(.text(c(AwardsMsg.awNoSchemes)))),
            .if(!units.isEmpty && !schemes.isEmpty, Components.form(action: AwardsURL.nominations.path, c,
                Components.selectField(name: "category", label: c(AwardsMsg.awCategory), options: categories, selected: values["category"], errors: errors, c),
                Components.selectField(name: "nominee", label: c(AwardsMsg.awNominee), hint: c(AwardsMsg.awIntegrityNote), groups: nominees,
                                       selected: values["nominee"], errors: errors, c),
                Components.selectField(name: "nominating_unit_id", label: c(AwardsMsg.awNominatingUnit),
                                       options: units.map { ($0.id.rawValue.uuidString.lowercased(), $0.name(in: c.language)) },
                                       selected: values["nominating_unit_id"] ?? (units.count == 1 ? units[0].id.rawValue.uuidString.lowercased() : nil),
                                       errors: errors, c),
                Components.textArea("achievement_zh", c(AwardsMsg.awAchievementZh), nil, values["achievement_zh"] ?? "", errors, c),
                Components.textArea("achievement_en", c(AwardsMsg.awAchievementEn), nil, values["achievement_en"] ?? "", errors, c),
                Components.submit(c(AwardsMsg.awSubmit))))
        )).render()
    }
}
