import Foundation
import KechuangCore
import Plot
import Talent

/// `/talent/catalogue/:id`: one version of an entry, every version of its code (none overwritten),
/// the openings posted against it, and for the departments the adjust and withdraw forms (Art. 40).
struct CatalogueEntryPage {
    let entry: CatalogueEntry
    let versions: [CatalogueEntry]
    let openings: [Opening]
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    var current: Bool { !entry.withdrawn && versions.first?.id == entry.id }

    func render(_ c: PageContext) -> String {
        var form = values
        if form.isEmpty {
            form = ["field": entry.field.rawValue, "role_zh": entry.roleZh, "role_en": entry.roleEn, "level": entry.level.rawValue,
                    "requirements_zh": entry.requirementsZh, "requirements_en": entry.requirementsEn]
        }
        return Layout(context: c, title: "\(entry.code) \(c(TalentMsg.talEntryTitle))", content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(TalentURL.home.path), .text(c(TalentMsg.talCatalogueTitle)))),
            .h1(.text("\(entry.code) "), Components.localized(zh: entry.roleZh, en: entry.roleEn, c)),
            .p(.strong(.text(entry.withdrawn ? c(TalentMsg.talWithdrawn) : current ? c(TalentMsg.talCurrent) : "\(c(TalentMsg.talVersion)) \(entry.version)"))),
            .dl(
                .dt(.text(c(TalentMsg.talVersion))), .dd(.text(String(entry.version))),
                .dt(.text(c(TalentMsg.talField))), .dd(.text(c.text(entry.field.label))),
                .dt(.text(c(TalentMsg.talLevel))), .dd(.text(c.text(entry.level.label))),
                .dt(.text(c(TalentMsg.talRequirements))), .dd(Components.localized(zh: entry.requirementsZh, en: entry.requirementsEn, c)),
                .dt(.text(c(TalentMsg.talNote))), .dd(Components.zh(entry.note.isEmpty ? "—" : entry.note, c)),
                .dt(.text(c(TalentMsg.talPublishedAt))), .dd(.text(TalentText.time(entry.publishedAt)))),
            .p(.text(c(TalentMsg.talArticle40))),
            .h2(.text(c(TalentMsg.talVersionsTitle))),
            Components.scrollTable(label: c(TalentMsg.talVersionsTitle),
                .thead(.tr(.th(.text(c(TalentMsg.talVersion))), .th(.text(c(TalentMsg.talRole))), .th(.text(c(TalentMsg.talLevel))),
                           .th(.text(c(TalentMsg.talNote))), .th(.text(c(TalentMsg.talPublishedAt))))),
                .tbody(.forEach(versions) { v in
                    .tr(.td(v.id == entry.id ? .text(String(v.version)) : .a(.href(TalentURL.entry(v.id.rawValue).path), .text(String(v.version)))),
                        .td(Components.localized(zh: v.roleZh, en: v.roleEn, c)),
                        .td(.text(v.withdrawn ? c(TalentMsg.talWithdrawn) : c.text(v.level.label))),
                        .td(Components.zh(v.note, c)), .td(.text(TalentText.time(v.publishedAt))))
                })),
            .h2(.text(c(TalentMsg.talOpeningsForEntry))),
            .if(openings.isEmpty, .p(.text(c(TalentMsg.talNoOpenings))), else: .ul(.forEach(openings) { o in
                .li(.a(.href(TalentURL.opening(o.id.rawValue).path), Components.localized(zh: o.titleZh, en: o.titleEn, c)))
            })),
            .if(c.can(.manageTalentCatalogue) && current, .group(
                .h2(.text(c(TalentMsg.talAdjustTitle))),
                Components.form(action: TalentURL.adjust(entry.id.rawValue).path, c,
                    TalentText.entryFields(form, code: false, errors, c),
                    Components.submit(c(TalentMsg.talAdjustButton))),
                .h2(.text(c(TalentMsg.talWithdrawTitle))),
                Components.form(action: TalentURL.withdraw(entry.id.rawValue).path, c,
                    Components.textField(.init(name: "withdraw_note", label: c(TalentMsg.talNote), hint: c(TalentMsg.talNoteHint)), errors: errors, c),
                    Components.submit(c(TalentMsg.talWithdrawButton), secondary: true))))
        )).render()
    }
}
