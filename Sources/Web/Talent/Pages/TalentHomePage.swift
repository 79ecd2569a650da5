import Foundation
import KechuangCore
import Plot
import Talent

/// `/talent`: the module's entry, the urgently-needed talent catalogue in force (Art. 40) and, for
/// the departments, the form that publishes a new entry.
struct TalentHomePage {
    let entries: [CatalogueEntry]
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(TalentMsg.talTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(TalentMsg.talTitle))),
            .p(.class("lead"), .text(c(TalentMsg.talIntro))),
            TalentText.links(c),
            .h2(.text(c(TalentMsg.talCatalogueTitle))),
            .p(.text(c(TalentMsg.talCatalogueIntro))),
            .if(entries.isEmpty, .p(.text(c(TalentMsg.talNoEntries))), else: Components.scrollTable(label: c(TalentMsg.talCatalogueTitle),
                .thead(.tr(.th(.text(c(TalentMsg.talCode))), .th(.text(c(TalentMsg.talField))), .th(.text(c(TalentMsg.talRole))),
                           .th(.text(c(TalentMsg.talLevel))), .th(.text(c(TalentMsg.talVersion))), .th(.text(c(TalentMsg.talPublishedAt))))),
                .tbody(.forEach(entries) { e in
                    .tr(.td(.a(.href(TalentURL.entry(e.id.rawValue).path), .text(e.code))), .td(.text(c.text(e.field.label))),
                        .td(Components.localized(zh: e.roleZh, en: e.roleEn, c)), .td(.text(c.text(e.level.label))),
                        .td(.text(String(e.version))), .td(.text(TalentText.time(e.publishedAt))))
                }))),
            .if(c.can(.manageTalentCatalogue), .group(
                .h2(.text(c(TalentMsg.talPublishTitle))),
                Components.form(action: TalentURL.catalogue.path, c,
                    TalentText.entryFields(values, code: true, errors, c),
                    Components.submit(c(TalentMsg.talPublishButton)))))
        )).render()
    }
}
