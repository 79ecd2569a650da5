import Foundation
import Grants
import KechuangCore
import Plot

/// `/projects/:id/closure/outputs`: the project's outputs with their identifiers, owner and the
/// rights granted to the researchers (Art. 32, 33, 59); the PI registers one.
struct OutputsPage {
    typealias M = GrantsClosureMsg
    let project: Project
    let outputs: [ProjectOutput]
    let mayEdit: Bool
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(M.gcOutputs), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(M.gcOutputs))),
            GrantsClosureComponents.heading(project, c),
            GrantsClosureComponents.nav(project, current: GrantsClosureURL.outputs(project.id.rawValue).path, c),
            .if(outputs.isEmpty, .p(.text(c(M.gcNoOutputs))), else: OutputsTable(outputs: outputs).render(c)),
            .if(mayEdit, form(c))
        )).render()
    }

    func form(_ c: PageContext) -> Node<HTML.BodyContext> {
        func v(_ k: String) -> String { values[k] ?? "" }
        return .div(
            .h2(.text(c(M.gcRegisterOutput))),
            Components.form(action: GrantsClosureURL.outputs(project.id.rawValue).path, c,
                Components.selectField(name: "kind", label: c(M.gcKind), options: Components.options(OutputKind.self, \.label, c), selected: v("kind"), errors: errors, c),
                Components.textField(.init(name: "title", label: c(M.gcTitle), value: v("title")), errors: errors, c),
                Components.textField(.init(name: "identifier", label: c(M.gcIdentifier), hint: c(M.gcIdentifierHint), value: v("identifier")), errors: errors, c),
                Components.textField(.init(name: "year", label: c(M.gcYear), value: v("year"), width: "width-5"), errors: errors, c),
                Components.selectField(name: "rights", label: c(M.gcRights), options: Components.options(ResultRights.self, \.label, c),
                                       selected: v("rights").isEmpty ? ResultRights.institutionRetains.rawValue : v("rights"), errors: errors, c),
                Components.textField(.init(name: "rights_holders", label: c(M.gcHolders), hint: c(M.gcHoldersHint), value: v("rights_holders")), errors: errors, c),
                Components.textField(.init(name: "rights_granted_on", label: c(M.gcGrantedOn), hint: c(.dateHint), value: v("rights_granted_on"), width: "width-10"), errors: errors, c),
                Components.textField(.init(name: "use_years", label: c(M.gcUseYears), value: v("use_years"), width: "width-5"), errors: errors, c),
                Components.submit(c(M.gcRegisterOutput))))
    }
}

/// The outputs table: the project's page and the public register print the same columns.
struct OutputsTable {
    typealias M = GrantsClosureMsg
    let outputs: [ProjectOutput]

    func render(_ c: PageContext) -> Node<HTML.BodyContext> {
        .table(.caption(.text(c(M.gcOutputs))),
               GrantsClosureComponents.th([c(M.gcKind), c(M.gcTitle), c(M.gcIdentifier), c(M.gcYear), c(M.gcOwner), c(M.gcRights)]),
               .tbody(.forEach(outputs) { o in
                   .tr(.td(.text(c.text(o.kind.label))), .td(GrantsMoneyComponents.typed(o.title, c)), .td(.code(.text(o.identifier))), .td(.text(String(o.year))),
                       .td(GrantsMoneyComponents.typed(o.ownerName, c)),
                       .td(.text(c.text(o.rights.label)), .if(o.rights.grantsResearchers, .group(.br(),
                           GrantsMoneyComponents.typed(o.rightsHolders.joined(separator: c.language == .zh ? "、" : ", "), c),
                           .text(" " + (o.rightsGrantedOn?.description ?? "") + (o.useYears.map { c.language == .zh ? "，\($0) 年" : ", \($0) years" } ?? ""))))))
               }))
    }
}
