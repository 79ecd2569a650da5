import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Storage

/// `/institution/integrity`: an organisation's own integrity rules and handling (Art. 60(2)).
struct InstitutionIntegrityPage {
    let organisations: [Organisation]
    let entries: [InstitutionIntegrityEntry]
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let names = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id.rawValue, $0.name(in: c.language)) })
        return Layout(context: c, title: c(IntegrityMsg.intInstitutionTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(IntegrityMsg.intInstitutionTitle))),
            .p(.text(c(IntegrityMsg.intInstitutionIntro))),
            .if(organisations.isEmpty, .p(.text(c(IntegrityMsg.intInstitutionNotOffice))), else: .group(
                .if(entries.isEmpty, .p(.text(c(IntegrityMsg.intInstitutionNone)))),
                .forEach(entries) { e in
                    .section(
                        .class("card"),
                        .h2(Components.lang(of: e.title, c), .text(e.title)),
                        .p(.class("meta"), .text("\(c.text(e.kind.label)) · \(BeijingDay.format(e.date)) · "), Components.zh(names[e.organisationID] ?? "", c)),
                        .p(Components.lang(of: e.body, c), .text(e.body))
                    )
                },
                .h2(.text(c(IntegrityMsg.intEntryAdd))),
                Components.form(action: IntegrityURL.institutionIntegrity.path, c,
                    .if(organisations.count > 1, Components.selectField(
                        name: "organisation_id", label: c(IntegrityMsg.intEntryOrganisation),
                        options: organisations.map { ($0.id.uuidString.lowercased(), $0.name(in: c.language)) },
                        selected: values["organisation_id"], errors: errors, c),
                        else: .input(.type(.hidden), .name("organisation_id"), .value(organisations.first?.id.uuidString.lowercased() ?? ""))),
                    Components.selectField(name: "kind", label: c(IntegrityMsg.intEntryKind), options: Components.options(InstitutionEntryKind.self, \.label, c),
                                           selected: values["kind"], errors: errors, c),
                    Components.textField(.init(name: "title", label: c(IntegrityMsg.intEntryTitle), value: values["title"] ?? ""), errors: errors, c),
                    Components.textField(.init(name: "date", label: c(IntegrityMsg.intEntryDate), hint: c(IntegrityMsg.intDateHint),
                                               value: values["date"] ?? "", width: "width-10"), errors: errors, c),
                    Components.textArea("body", c(IntegrityMsg.intEntryBody), nil, values["body"] ?? "", errors, c),
                    Components.submit(c(IntegrityMsg.intEntryAdd)))
            ))
        )).render()
    }
}
