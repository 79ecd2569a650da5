import Foundation
import Identity
import KechuangCore
import Plot
import Talent

/// `/talent/openings`: search the open openings (words through the search engine, facets), and
/// for research offices the form that posts one against a catalogue entry (Art. 40).
struct OpeningsPage {
    let query: [String: String]
    let rows: [Opening]
    let names: [UUID: String]
    let entries: [CatalogueEntry]
    /// Organisations the person may post for.
    let postFor: [(String, String)]
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        func q(_ k: String) -> String { query[k] ?? "" }
        let entryOptions = entries.map { ($0.id.uuidString.lowercased(), "\($0.code) \($0.role(in: c.language))") }
        return Layout(context: c, title: c(TalentMsg.talOpeningsTitle), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(TalentURL.home.path), .text(c(TalentMsg.talTitle)))),
            .h1(.text(c(TalentMsg.talOpeningsTitle))),
            .p(.class("lead"), .text(c(TalentMsg.talOpeningsIntro))),
            .form(.method(.get), .action(TalentURL.openings.path), .attribute(named: "role", value: "search"),
                Components.textField(.init(name: "q", label: c(TalentMsg.talSearchLabel), hint: c(TalentMsg.talSearchHint), value: q("q"), type: .search, form: "search"), errors: [], c),
                Components.selectField(name: "field", form: "search", label: c(TalentMsg.talField), options: TalentText.fieldOptions(c), selected: q("field"), errors: [], c),
                Components.selectField(name: "district", form: "search", label: c(TalentMsg.talDistrict), options: TalentText.districtOptions(c), selected: q("district"), errors: [], c),
                Components.submit(c(TalentMsg.talSearchButton))),
            .h2(.text(c(TalentMsg.talResults) + Components.parenthesised(String(rows.count), c))),
            .if(rows.isEmpty, .p(.text(c(TalentMsg.talNoOpenings))), else: Components.scrollTable(label: c(TalentMsg.talResults),
                .thead(.tr(.th(.text(c(TalentMsg.talOpeningTitle))), .th(.text(c(TalentMsg.talOrganisation))), .th(.text(c(TalentMsg.talField))),
                           .th(.text(c(TalentMsg.talEntry))), .th(.text(c(TalentMsg.talDistrict))), .th(.text(c(TalentMsg.talClosesOn))))),
                .tbody(.forEach(rows) { o in
                    .tr(.td(.a(.href(TalentURL.opening(o.id.rawValue).path), Components.localized(zh: o.titleZh, en: o.titleEn, c))),
                        .td(Components.zh(names[o.organisationID] ?? "", c)), .td(.text(c.text(o.field.label))),
                        .td(.a(.href(TalentURL.entry(o.entryID.rawValue).path), .text(o.entryCode))),
                        .td(.text(c.text(o.district.label))), .td(.text(o.closesOn?.description ?? "—")))
                }))),
            .if(!postFor.isEmpty, .group(
                .h2(.text(c(TalentMsg.talPostTitle))),
                Components.form(action: TalentURL.openings.path, c,
                    Components.selectField(name: "organisation_id", label: c(TalentMsg.talOrganisation), options: postFor, selected: values["organisation_id"], errors: errors, c),
                    Components.selectField(name: "entry_id", label: c(TalentMsg.talEntry), options: entryOptions, selected: values["entry_id"], errors: errors, c),
                    Components.textField(.init(name: "title_zh", label: c(TalentMsg.talTitleZh), value: values["title_zh"] ?? ""), errors: errors, c),
                    Components.textField(.init(name: "title_en", label: c(TalentMsg.talTitleEn), value: values["title_en"] ?? ""), errors: errors, c),
                    Components.textArea("description", c(TalentMsg.talDescription), nil, values["description"] ?? "", errors, c),
                    Components.selectField(name: "district", label: c(TalentMsg.talDistrict), options: TalentText.districtOptions(c), selected: values["district"], errors: errors, c),
                    Components.textField(.init(name: "closes_on", label: c(TalentMsg.talClosesOn), hint: c(TalentMsg.talClosesHint), value: values["closes_on"] ?? "", width: "width-10"),
                                         errors: errors, c),
                    Components.submit(c(TalentMsg.talPostButton)))))
        )).render()
    }
}

/// `/talent/openings/:id`: one opening with its catalogue entry.
struct OpeningPage {
    let opening: Opening
    let organisation: String
    let entry: CatalogueEntry?
    let mayClose: Bool

    func render(_ c: PageContext) -> String {
        let o = opening
        return Layout(context: c, title: Components.localizedText(zh: o.titleZh, en: o.titleEn, c), content: .div(
            .p(.a(.href(TalentURL.openings.path), .text(c(TalentMsg.talOpeningsTitle)))),
            .h1(Components.localized(zh: o.titleZh, en: o.titleEn, c)),
            .dl(
                .dt(.text(c(TalentMsg.talOrganisation))), .dd(Components.zh(organisation, c)),
                .dt(.text(c(TalentMsg.talStatus))), .dd(.text(c.text(o.status.label))),
                .dt(.text(c(TalentMsg.talField))), .dd(.text(c.text(o.field.label))),
                .dt(.text(c(TalentMsg.talEntry))), .dd(.a(.href(TalentURL.entry(o.entryID.rawValue).path), .text(o.entryCode)),
                                                      .unwrap(entry) { e in .group(.text(" "), Components.localized(zh: e.roleZh, en: e.roleEn, c)) }),
                .dt(.text(c(TalentMsg.talDistrict))), .dd(.text(c.text(o.district.label))),
                .dt(.text(c(TalentMsg.talClosesOn))), .dd(.text(o.closesOn?.description ?? "—"))),
            .h2(.text(c(TalentMsg.talDescription))),
            .p(Components.zh(o.description, c)),
            .unwrap(entry) { e in .group(.h2(.text(c(TalentMsg.talRequirements))), .p(Components.localized(zh: e.requirementsZh, en: e.requirementsEn, c))) },
            .if(mayClose && o.status == .open, Components.form(action: TalentURL.closeOpening(o.id.rawValue).path, c,
                                                               Components.submit(c(TalentMsg.talCloseButton), secondary: true)))
        )).render()
    }
}
