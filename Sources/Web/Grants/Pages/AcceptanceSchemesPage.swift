import Foundation
import Grants
import KechuangCore
import Plot
import Projects

/// `/admin/programmes/:id/acceptance-schemes?type=`: a programme's acceptance scheme per research
/// type (Art. 31) — the three in a table, and the form of the one being edited.
struct AcceptanceSchemesPage {
    typealias M = GrantsMsg
    let programme: Programme
    let schemes: [AcceptanceScheme]
    let editing: ResearchType
    var form: SchemeForm? = nil
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let current = schemes.first { $0.category == editing } ?? AcceptanceScheme.standard(editing)
        let values = form ?? SchemeForm(current)
        let path = GrantsURL.acceptanceSchemes(programme.id).path
        return Layout(context: c, title: c(M.schTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(M.schTitle))),
            .p(.class("lead"), .text(c(M.schProgramme)), Components.localized(zh: programme.nameZh, en: programme.nameEn, c)),
            .p(.text(c(M.schIntro))),
            .h2(.text(c(M.schCurrent))),
            Components.scrollTable(label: c(M.schCurrent),
                .caption(.text(c(M.schCurrent))),
                .thead(.tr(.th(.text(c(M.schType))), .th(.text(c(M.schReviewerKind))), .th(.text(c(M.schReviewers))), .th(.text(c(M.schPassMark))),
                           .th(.text(c(M.schCriteria))))),
                .tbody(.forEach(schemes) { s in
                    .tr(.td(.a(.href(path + "?type=\(s.category.rawValue)"), .text(c.text(s.category.label)))),
                        .td(.text(c.text(s.reviewerKind.label))), .td(.text(String(s.reviewersPerProject))), .td(.text(String(s.passMark))),
                        .td(.text(s.criteria.map { "\(c.language == .zh ? $0.zh : $0.en) \($0.weight)" }.joined(separator: c.language == .zh ? "；" : "; "))))
                })),
            .h2(.text(c(M.schSave) + (c.language == .zh ? "：" : ": ") + c.text(editing.label))),
            Components.form(action: path, c,
                .input(.type(.hidden), .name("research_type"), .value(editing.rawValue)),
                Components.selectField(name: "reviewer_kind", label: c(M.schReviewerKind), options: Components.options(AcceptanceReviewerKind.self, \.label, c),
                                       selected: values.reviewer_kind, errors: errors, c),
                Components.textField(.init(name: "reviewers_per_project", label: c(M.schReviewers), value: values.reviewers_per_project ?? "", width: "input-4"),
                                     errors: errors, c),
                Components.textField(.init(name: "pass_mark", label: c(M.schPassMark), value: values.pass_mark ?? "", width: "input-4"), errors: errors, c),
                criteria(values, c),
                Components.submit(c(M.schSave)))
        )).render()
    }

    /// The indicator rows, in a fieldset with the id the `criteria` error links to.
    private func criteria(_ values: SchemeForm, _ c: PageContext) -> Node<HTML.FormContext> {
        let error = errors.filter { $0.field == "criteria" }
        return .fieldset(.id(Components.fieldID("criteria")), .class(error.isEmpty ? "field" : "field field-error"),
            .element(named: "legend", nodes: [.text(c(M.schCriteria))]),
            .p(.class("hint"), .text(c(M.schCriteriaHint))),
            .if(!error.isEmpty, .p(.class("error-message"), .text(error.map { Components.message($0, c) }.joined(separator: " ")))),
            .forEach(0..<SchemeForm.rows) { i in
                .div(.class("field-row"),
                     .p(.strong(.text("\(c(M.schIndicator)) \(i + 1)"))),
                     Components.textField(.init(name: "key_\(i)", label: c(M.schKey), value: values.value("key_\(i)"), width: "input-10"), errors: errors, c),
                     Components.textField(.init(name: "zh_\(i)", label: c(M.schNameZh), value: values.value("zh_\(i)")), errors: errors, c),
                     Components.textField(.init(name: "en_\(i)", label: c(M.schNameEn), value: values.value("en_\(i)")), errors: errors, c),
                     Components.textField(.init(name: "weight_\(i)", label: c(M.schWeight), value: values.value("weight_\(i)"), width: "input-4"), errors: errors, c))
            })
    }
}
