import Foundation
import Identity
import KechuangCore
import Monitoring
import Plot

/// `/international/manage`: department staff see drafts and published entries, register, edit
/// (`?edit=project:<id>`) and publish them.
struct InternationalManagePage {
    let view: InternationalView
    var form = ""
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func value(_ key: String, _ which: String) -> String { form == which ? values[key] ?? "" : "" }
    func errs(_ which: String) -> [FieldError] { form == which ? errors : [] }

    func hidden(_ which: String) -> Node<HTML.FormContext> {
        .if(form == which && !(values["id"] ?? "").isEmpty, .group(
            .input(.type(.hidden), .name("id"), .value(values["id"] ?? "")),
            .input(.type(.hidden), .name("version"), .value(values["version"] ?? ""))))
    }

    func actions(_ kind: String, _ id: UUID, _ state: RegistryState, _ c: PageContext) -> Node<HTML.TableRowContext> {
        .td(.text(c.text(state.label)), .text(" · "),
            .a(.href("\(InternationalURL.manage.path)?edit=\(kind):\(id.uuidString.lowercased())"), .text(c(InternationalMsg.icEdit))))
    }

    /// The drafts, as `kind:id` options of the publish form.
    func drafts(_ c: PageContext) -> [(String, String)] {
        let v = view
        return v.projects.filter { $0.state == .draft }.map { ("project:\($0.id.rawValue.uuidString.lowercased())", Components.localizedText(zh: $0.titleZh, en: $0.titleEn, c)) }
            + v.organisations.filter { $0.state == .draft }.map { ("organisation:\($0.id.rawValue.uuidString.lowercased())", Components.localizedText(zh: $0.nameZh, en: $0.nameEn, c)) }
            + v.bigScience.filter { $0.state == .draft }.map { ("big_science:\($0.id.rawValue.uuidString.lowercased())", Components.localizedText(zh: $0.nameZh, en: $0.nameEn, c)) }
    }

    func field(_ name: String, _ label: InternationalMsg, _ which: String, hint: InternationalMsg? = nil, width: String? = nil, _ c: PageContext) -> Node<HTML.FormContext> {
        Components.textField(.init(name: name, label: c(label), hint: hint.map { c($0) }, value: value(name, which), width: width, form: which), errors: errs(which), c)
    }

    func render(_ c: PageContext) -> String {
        let v = view
        let orgOptions = v.all.map { ($0.id.rawValue.uuidString.lowercased(), $0.name(in: c.language)) }
        let chosen = Set(value("participant_ids", "big_science").split(separator: ",").map(String.init))
        let editing = !(values["id"] ?? "").isEmpty
        return Layout(context: c, title: c(InternationalMsg.icManageTitle), content: .div(
            Components.errorSummary(errors, c, form: form),
            .p(.a(.href(InternationalURL.registry.path), .text(c(InternationalMsg.icTitle)))),
            .h1(.text(c(InternationalMsg.icManageTitle))),
            .p(.class("lead"), .text(c(InternationalMsg.icManageIntro))),
            .if(editing, .p(.strong(.text(c(InternationalMsg.icEditing))))),
            .if(!drafts(c).isEmpty, .group(
                .h2(.text(c(InternationalMsg.icPublish))),
                Components.form(action: InternationalURL.publish.path, c,
                    Components.selectField(name: "entry", form: "publish", label: c(InternationalMsg.icDraftEntry), options: drafts(c),
                                           selected: value("entry", "publish"), errors: errs("publish"), c),
                    Components.submit(c(InternationalMsg.icPublish))))),
            .h2(.text(c(InternationalMsg.icProjects))),
            .if(!v.projects.isEmpty, Components.scrollTable(label: c(InternationalMsg.icProjects),
                .thead(.tr(.group(v.projectHead(c)), .th(.text(c(InternationalMsg.icState))))),
                .tbody(.forEach(v.projects) { p in .tr(.group(v.projectCells(p, c)), actions("project", p.id.rawValue, p.state, c)) }))),
            .h3(.text(c(InternationalMsg.icNewProject))),
            Components.form(action: InternationalURL.projects.path, c,
                hidden("project"),
                field("title_zh", .icTitleZh, "project", c), field("title_en", .icTitleEn, "project", c),
                Components.selectField(name: "lead_organisation_id", form: "project", label: c(InternationalMsg.icLead), options: orgOptions,
                                       selected: value("lead_organisation_id", "project"), errors: errs("project"), c),
                field("grant_project_number", .icGrantProject, "project", hint: .icGrantProjectHint, c),
                field("field_zh", .icFieldZh, "project", c), field("field_en", .icFieldEn, "project", c),
                field("starts_on", .icStartsOn, "project", hint: .icDateHint, width: "width-10", c),
                field("ends_on", .icEndsOn, "project", hint: .icDateHint, width: "width-10", c),
                Components.selectField(name: "basis", form: "project", label: c(InternationalMsg.icBasis), options: Components.options(CooperationBasis.self, \.label, c),
                                       selected: value("basis", "project"), errors: errs("project"), c),
                Components.textArea("partners", c(InternationalMsg.icPartners), c(InternationalMsg.icPartnersHint), value("partners", "project"), errs("project"), c, form: "project"),
                Components.submit(c(InternationalMsg.icSave))),
            .h2(.text(c(InternationalMsg.icOrganisations))),
            .if(!v.organisations.isEmpty, Components.scrollTable(label: c(InternationalMsg.icOrganisations),
                .thead(.tr(.group(v.organisationHead(c)), .th(.text(c(InternationalMsg.icState))))),
                .tbody(.forEach(v.organisations) { o in .tr(.group(v.organisationCells(o, c)), actions("organisation", o.id.rawValue, o.state, c)) }))),
            .h3(.text(c(InternationalMsg.icNewOrganisation))),
            Components.form(action: InternationalURL.organisations.path, c,
                hidden("organisation"),
                field("name_zh", .icNameZh, "organisation", c), field("name_en", .icNameEn, "organisation", c),
                Components.selectField(name: "kind", form: "organisation", label: c(InternationalMsg.icKind), options: Components.options(IntlOrganisationKind.self, \.label, c),
                                       selected: value("kind", "organisation"), errors: errs("organisation"), c),
                field("registered_on", .icRegisteredOn, "organisation", hint: .icDateHint, width: "width-10", c),
                Components.selectField(name: "host_organisation_id", form: "organisation", label: c(InternationalMsg.icHost), options: orgOptions,
                                       selected: value("host_organisation_id", "organisation"), errors: errs("organisation"), c),
                field("fields_zh", .icFieldsZh, "organisation", c), field("fields_en", .icFieldsEn, "organisation", c),
                field("website", .icWebsite, "organisation", c),
                Components.submit(c(InternationalMsg.icSave))),
            .h2(.text(c(InternationalMsg.icBigScience))),
            .if(!v.bigScience.isEmpty, Components.scrollTable(label: c(InternationalMsg.icBigScience),
                .thead(.tr(.group(v.bigScienceHead(c)), .th(.text(c(InternationalMsg.icState))))),
                .tbody(.forEach(v.bigScience) { b in .tr(.group(v.bigScienceCells(b, c)), actions("big_science", b.id.rawValue, b.state, c)) }))),
            .h3(.text(c(InternationalMsg.icNewBigScience))),
            Components.form(action: InternationalURL.bigScience.path, c,
                hidden("big_science"),
                field("name_zh", .icNameZh, "big_science", c), field("name_en", .icNameEn, "big_science", c),
                Components.selectField(name: "role", form: "big_science", label: c(InternationalMsg.icRole), options: Components.options(BigScienceRole.self, \.label, c),
                                       selected: value("role", "big_science"), errors: errs("big_science"), c),
                .fieldset(.class(errs("big_science").contains { $0.field == "participant_ids" } ? "field field-error" : "field"),
                    .id(Components.fieldID("participant_ids", in: "big_science")),
                    .element(named: "legend", nodes: [.text(c(InternationalMsg.icParticipants))]),
                    .forEach(errs("big_science").filter { $0.field == "participant_ids" }) { error in
                        .p(.class("error-message"), .text(Components.message(error, c)))
                    },
                    .forEach(v.all) { org in
                        let id = org.id.rawValue.uuidString.lowercased()
                        let label = org.name(in: c.language)
                        return .div(.class("checkbox"),
                            .input(.id(Components.fieldID("participant_ids-" + id, in: "big_science")), .type(.checkbox), .name("participant_ids[]"), .value(id), .checked(chosen.contains(id))),
                            .label(.for(Components.fieldID("participant_ids-" + id, in: "big_science")), Components.lang(of: label, c), .text(label)))
                    }),
                field("start_year", .icStartYear, "big_science", width: "width-5", c),
                Components.submit(c(InternationalMsg.icSave)))
        )).render()
    }
}
