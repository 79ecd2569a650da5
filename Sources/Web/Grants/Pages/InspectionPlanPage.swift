import Foundation
import Grants
import KechuangCore
import Plot

/// `/inspections`: the one inspection plan (Art. 50(3)). Bodies see every entry; a research office
/// sees the entries concerning its institution — its one yearly plan — and can subscribe to it.
struct InspectionPlanPage {
    let inspections: [Inspection]
    let year: Int
    let mayEnter: Bool

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(GrantsMoneyMsg.gmInspectionsTitle), content: .div(
            .h1(.text(c(GrantsMoneyMsg.gmInspectionsTitle) + " · \(year)")),
            .p(.text(c(GrantsMoneyMsg.gmInspectionsIntro))),
            .if(mayEnter, .p(.a(.class("button"), .href(GrantsMoneyURL.inspectionNew.path), .text(c(GrantsMoneyMsg.gmInspectionNew))))),
            .nav(.attribute(named: "aria-label", value: c(GrantsMoneyMsg.gmYears)), .ul(.class("inline"),
                .li(.a(.href(SiteURL.Link(path: GrantsMoneyURL.inspections.path, query: ["year": String(year - 1)]).string), .text(String(year - 1)))),
                .li(.a(.href(SiteURL.Link(path: GrantsMoneyURL.inspections.path, query: ["year": String(year + 1)]).string), .text(String(year + 1)))))),
            .if(inspections.isEmpty, .p(.text(c(GrantsMoneyMsg.gmNoInspections))), else: .table(
                .caption(.text(c(GrantsMoneyMsg.gmInspectionsTitle) + " · \(year)")),
                .thead(.tr(.forEach([GrantsMoneyMsg.gmPeriod, .gmInspectionTarget, .gmScope, .gmInspectionKind, .gmInspectionBody, .gmFindings]) {
                    .th(.attribute(named: "scope", value: "col"), .text(c($0)))
                })),
                .tbody(.forEach(inspections) { i in
                    .tr(.td(.a(.href(GrantsMoneyURL.inspection(i.id.rawValue).path), .text("\(i.periodStart) – \(i.periodEnd)"))),
                        .td(GrantsMoneyComponents.typed(i.targetName, c)),
                        .td(.text(i.orderedScopes.map { c.text($0.label) }.joined(separator: c.language == .zh ? "、" : ", "))),
                        .td(.text(c.text(i.kind.label))),
                        .td(.text(c.text(i.body.label) + GrantsMoneyComponents.colon(c)), GrantsMoneyComponents.typed(i.bodyName, c)),
                        .td(.text(c(i.hasFindings ? GrantsMoneyMsg.gmFindingsShared : GrantsMoneyMsg.gmFindingsNone))))
                })
            )),
            .p(.a(.href(SiteURL.Link(path: GrantsMoneyURL.inspectionCalendar.path, query: ["year": String(year)]).string),
                  .text(c(GrantsMoneyMsg.gmCalendarLink))))
        )).render()
    }
}

/// `/inspections/:id`: one entry, its findings (shared with every later body), and the other
/// entries about the same target.
struct InspectionPage {
    let inspection: Inspection
    let history: [Inspection]
    let mayChange: Bool
    var findings: String = ""
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let i = inspection
        return Layout(context: c, title: c(GrantsMoneyMsg.gmInspectionTitle), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(GrantsMoneyURL.inspections.path), .text(c(GrantsMoneyMsg.gmInspectionsTitle)))),
            .h1(.text(c(GrantsMoneyMsg.gmInspectionTitle))),
            .p(.class("lead"), GrantsMoneyComponents.typed(i.title, c)),
            .element(named: "dl", nodes: [.class("summary"),
                .element(named: "dt", text: c(GrantsMoneyMsg.gmInspectionTarget)), .element(named: "dd", nodes: [GrantsMoneyComponents.typed(i.targetName, c)]),
                .element(named: "dt", text: c(GrantsMoneyMsg.gmScope)),
                .element(named: "dd", text: i.orderedScopes.map { c.text($0.label) }.joined(separator: c.language == .zh ? "、" : ", ")),
                .element(named: "dt", text: c(GrantsMoneyMsg.gmInspectionKind)), .element(named: "dd", text: c.text(i.kind.label)),
                .element(named: "dt", text: c(GrantsMoneyMsg.gmInspectionBody)),
                .element(named: "dd", nodes: [.text(c.text(i.body.label) + GrantsMoneyComponents.colon(c)), GrantsMoneyComponents.typed(i.bodyName, c)]),
                .element(named: "dt", text: c(GrantsMoneyMsg.gmPeriod)), .element(named: "dd", text: "\(i.periodStart) – \(i.periodEnd)"),
                .element(named: "dt", text: c(GrantsMoneyMsg.gmEnteredBy)), .element(named: "dd", nodes: [GrantsMoneyComponents.typed(i.enteredBy, c)]),
            ]),
            .h2(.text(c(GrantsMoneyMsg.gmFindings))),
            .if(i.hasFindings, .div(.p(GrantsMoneyComponents.typed(i.findings, c)),
                                    .p(.class("meta"), .text(c(GrantsMoneyMsg.gmFindingsBy) + GrantsMoneyComponents.colon(c)),
                                       GrantsMoneyComponents.typed(i.findingsRecordedBy ?? "", c), .text(" · " + BeijingDay.format(i.findingsRecordedAt)))),
                else: .p(.text(c(GrantsMoneyMsg.gmFindingsNone)))),
            .if(mayChange, Components.form(action: GrantsMoneyURL.inspectionFindings(i.id.rawValue).path, c,
                GrantsMoneyComponents.hidden("version", String(i.version)),
                Components.textArea("findings", c(GrantsMoneyMsg.gmFindings), c(GrantsMoneyMsg.gmFindingsHint), findings.isEmpty ? i.findings : findings, errors, c),
                Components.submit(c(GrantsMoneyMsg.gmRecordFindings)))),
            .h2(.text(c(GrantsMoneyMsg.gmSameTarget))),
            .if(history.filter { $0.id != i.id }.isEmpty, .p(.text(c(GrantsMoneyMsg.gmNoInspections))), else: .ul(.forEach(history.filter { $0.id != i.id }) { h in
                .li(.a(.href(GrantsMoneyURL.inspection(h.id.rawValue).path), .text("\(h.periodStart) – \(h.periodEnd)")),
                    .text(" · " + c.text(h.body.label) + " · " + h.orderedScopes.map { c.text($0.label) }.joined(separator: ", ")),
                    .if(h.hasFindings, .group(.text(" · "), GrantsMoneyComponents.typed(h.findings, c))))
            }))
        )).render()
    }
}

/// `/inspections/new`: enter an inspection. Refused, citing Art. 50(3), when it repeats an entry
/// already on the plan — the message names that entry and links to it.
struct InspectionFormPage {
    let projects: [Project]
    let organisations: [(UUID, String)]
    var values: [String: String] = [:]
    var errors: [FieldError] = []
    /// The entry the new one repeats, when refused.
    var existing: Inspection? = nil

    func render(_ c: PageContext) -> String {
        func v(_ k: String) -> String { values[k] ?? "" }
        let targets = projects.map { ("project:\($0.id.uuidString.lowercased())", GrantsMoneyComponents.projectName($0, c)) }
            + organisations.map { ("institution:\($0.0.uuidString.lowercased())", $0.1) }
        return Layout(context: c, title: c(GrantsMoneyMsg.gmInspectionNew), content: .div(
            .class("narrow"),
            Components.errorSummary(errors, c),
            .unwrap(existing) { e in .p(.class("notice"), .a(.href(GrantsMoneyURL.inspection(e.id.rawValue).path), .text(c(GrantsMoneyMsg.gmSeeExisting)))) },
            .p(.a(.href(GrantsMoneyURL.inspections.path), .text(c(GrantsMoneyMsg.gmInspectionsTitle)))),
            .h1(.text(c(GrantsMoneyMsg.gmInspectionNew))),
            .p(.text(c(GrantsMoneyMsg.gmInspectionsIntro))),
            Components.form(action: GrantsMoneyURL.inspections.path, c,
                Components.selectField(name: "target", label: c(GrantsMoneyMsg.gmInspectionTarget), options: targets, selected: v("target"), errors: errors, c),
                .fieldset(
                    .id(Components.fieldID("scope")),
                    .element(named: "legend", nodes: [.text(c(GrantsMoneyMsg.gmScope))]),
                    .if(errors.contains { $0.field == "scope" }, .p(.class("error-message"),
                        .text(errors.filter { $0.field == "scope" }.map { Components.message($0, c) }.joined(separator: " ")))),
                    .forEach(InspectionScope.allCases) { s in
                        Components.checkbox(name: "scope_\(s.rawValue)", value: "yes", label: c.text(s.label), checked: v("scope_\(s.rawValue)") == "yes")
                    }
                ),
                Components.selectField(name: "kind", label: c(GrantsMoneyMsg.gmInspectionKind), options: Components.options(InspectionKind.self, \.label, c),
                                       selected: v("kind"), errors: errors, c),
                Components.selectField(name: "body", label: c(GrantsMoneyMsg.gmInspectionBody), options: Components.options(InspectionBody.self, \.label, c),
                                       selected: v("body"), errors: errors, c),
                Components.textField(.init(name: "body_name", label: c(GrantsMoneyMsg.gmBodyName), hint: c(GrantsMoneyMsg.gmBodyNameHint), value: v("body_name")),
                                     errors: errors, c),
                Components.textField(.init(name: "period_start", label: c(GrantsMoneyMsg.gmPeriodStart), hint: c(GrantsMoneyMsg.gmDateHint),
                                           value: v("period_start"), width: "width-10"), errors: errors, c),
                Components.textField(.init(name: "period_end", label: c(GrantsMoneyMsg.gmPeriodEnd), hint: c(GrantsMoneyMsg.gmDateHint),
                                           value: v("period_end"), width: "width-10"), errors: errors, c),
                Components.textField(.init(name: "title", label: c(GrantsMoneyMsg.gmInspectionSubject), value: v("title")), errors: errors, c),
                Components.submit(c(GrantsMoneyMsg.gmInspectionNew)))
        )).render()
    }
}
