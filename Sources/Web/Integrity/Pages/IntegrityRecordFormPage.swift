import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Storage

/// The record form: a new record, or a draft being edited on its record page.
struct IntegrityRecordFormPage {
    let record: IntegrityRecord?
    let values: [String: String]
    let people: [Person]
    let organisations: [Organisation]
    var errors: [FieldError] = []

    private func value(_ key: String) -> String { values[key] ?? "" }

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(IntegrityMsg.intNewRecord), content: .div(
            .class("narrow"),
            Components.errorSummary(errors, c),
            .p(.a(.href(IntegrityURL.adminIntegrity.path), .text(c(IntegrityMsg.intAdminTitle)))),
            .h1(.text(c(IntegrityMsg.intNewRecord))),
            form(c)
        )).render()
    }

    func form(_ c: PageContext) -> Node<HTML.BodyContext> {
        let subjects: [(String, [(String, String)])] = [
            (c(IntegrityMsg.intSubjectPeople), people.map { (IntegrityForm.subjectValue(.person($0.id)), "\($0.name) <\($0.email)>") }),
            (c(IntegrityMsg.intSubjectOrganisations), organisations.map { (IntegrityForm.subjectValue(.organisation($0.id.rawValue)), $0.name(in: c.language)) }),
        ]
        let action = record.map { IntegrityURL.adminIntegrityRecord($0.id.rawValue).path } ?? IntegrityURL.adminIntegrity.path
        func date(_ name: String, _ label: IntegrityMsg, hint: IntegrityMsg = .intDateHint) -> Node<HTML.FormContext> {
            Components.textField(.init(name: name, label: c(label), hint: c(hint), value: value(name), width: "width-10"), errors: errors, c)
        }
        return Components.form(action: action, c,
            .unwrap(record) { .input(.type(.hidden), .name("version"), .value(String($0.version))) },
            Components.selectField(name: "subject", label: c(IntegrityMsg.intSubject), hint: c(IntegrityMsg.intSubjectHint), groups: subjects,
                                   selected: value("subject"), errors: errors, c),
            Components.selectField(name: "finding", label: c(IntegrityMsg.intFinding), hint: c(IntegrityMsg.intFindingHint),
                                   options: Components.options(FindingKind.self, \.label, c), selected: value("finding"), errors: errors, c),
            Components.textArea("description", c(IntegrityMsg.intDescription), c(IntegrityMsg.intDescriptionHint), value("description"), errors, c),
            Components.textField(.init(name: "deciding_body", label: c(IntegrityMsg.intDecidingBody), hint: c(IntegrityMsg.intDecidingBodyHint),
                                       value: value("deciding_body")), errors: errors, c),
            Components.textField(.init(name: "document_number", label: c(IntegrityMsg.intDocumentNumber), hint: c(IntegrityMsg.intDocumentNumberHint),
                                       value: value("document_number"), width: "width-20"), errors: errors, c),
            date("decision_date", .intDecisionDate),
            Components.textField(.init(name: "legal_basis", label: c(IntegrityMsg.intLegalBasis), hint: c(IntegrityMsg.intLegalBasisHint),
                                       value: value("legal_basis")), errors: errors, c),
            .fieldset(
                .id(Components.fieldID("scope")),
                .attribute(named: "class", value: errors.contains { $0.field == "scope" } ? "field-error" : nil),
                .element(named: "legend", nodes: [.text(c(IntegrityMsg.intScope))]),
                .p(.class("hint"), .text(c(IntegrityMsg.intScopeHint))),
                .if(errors.contains { $0.field == "scope" }, .p(.class("error-message"),
                    .text(errors.filter { $0.field == "scope" }.map { Components.message($0, c) }.joined(separator: " ")))),
                .forEach(RestrictedAction.allCases) { a in
                    Components.checkbox(name: "scope_\(a.rawValue)", value: IntegrityForm.yes, label: c.text(a.label),
                                        checked: value("scope_\(a.rawValue)") == IntegrityForm.yes)
                }
            ),
            date("restricted_from", .intRestrictedFrom),
            date("restricted_until", .intRestrictedUntil, hint: .intUntilHint),
            .fieldset(
                .id(Components.fieldID("publish")),
                .element(named: "legend", nodes: [.text(c(IntegrityMsg.intPublication))]),
                .if(errors.contains { $0.field == "publish" }, .p(.class("error-message"),
                    .text(errors.filter { $0.field == "publish" }.map { Components.message($0, c) }.joined(separator: " ")))),
                Components.checkbox(name: "publish", value: IntegrityForm.yes, label: c(IntegrityMsg.intPublish), checked: value("publish") == IntegrityForm.yes),
                date("publish_from", .intPublishFrom),
                date("publish_until", .intPublishUntil)
            ),
            Components.submit(c(IntegrityMsg.intSaveDraft))
        )
    }
}
