import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Storage

/// `/admin/integrity/:id`: the record, its workflow actions, appeals, repairs and history.
struct IntegrityRecordPage {
    let record: IntegrityRecord
    let appeals: [IntegrityRequest]
    let repairs: [IntegrityRequest]
    let history: [AuditEntry]
    let now: Date
    /// The edit form, while the record is a draft.
    let form: IntegrityRecordFormPage?
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let r = record
        let actions = IntegrityWorkflow.actions(for: .officer, in: r.state, finding: r.finding)
        let pendingAppeal = appeals.first { $0.outcome == .pending }
        let pendingRepair = repairs.first { $0.outcome == .pending }
        return Layout(context: c, title: "\(c(IntegrityMsg.intRecordTitle)) · \(r.subjectName)", content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(IntegrityURL.adminIntegrity.path), .text(c(IntegrityMsg.intAdminTitle)))),
            .h1(.text("\(c(IntegrityMsg.intRecordTitle)) · "), Components.zh(r.subjectName, c)),
            IntegrityText.details(r, now: now, c),
            .if(!r.finding.isMisconduct, .p(.text(c(IntegrityMsg.intDiligentNote)))),
            .if(actions.contains(.decide), .section(
                .class("card"),
                .h2(.text(c(IntegrityMsg.intDecide))),
                .p(.class("hint"), .text(c(IntegrityMsg.intDecideHint))),
                Components.form(action: IntegrityURL.adminIntegrityDecide(r.id.rawValue).path, c,
                    .input(.type(.hidden), .name("version"), .value(String(r.version))),
                    Components.submit(c(IntegrityMsg.intDecide)))
            )),
            .if(actions.contains(.publish) && r.publish, .section(
                .class("card"),
                .h2(.text(c(IntegrityMsg.intPublishAction))),
                .p(.class("hint"), .text("\(c(IntegrityMsg.intPublishHint)) \(IntegrityText.range(r.publishFrom, r.publishUntil))")),
                Components.form(action: IntegrityURL.adminIntegrityPublish(r.id.rawValue).path, c,
                    .input(.type(.hidden), .name("version"), .value(String(r.version))),
                    Components.submit(c(IntegrityMsg.intPublishAction)))
            )),
            .unwrap(pendingAppeal) { a in
                .section(
                    .class("card"),
                    .h2(.text(c(IntegrityMsg.intPendingAppeal))),
                    .p(Components.zh(a.filedBy.label, c), .text(" · \(c.format(a.filedAt))")),
                    .blockquote(Components.lang(of: a.text, c), .text(a.text)),
                    .if(actions.contains(.upholdAppeal), Components.form(action: IntegrityURL.adminIntegrityAppeal(r.id.rawValue).path, c,
                        Components.textArea("note", c(IntegrityMsg.intNote), c(IntegrityMsg.intNoteHint), "", [], c),
                        .button(.type(.submit), .name("decision"), .value("uphold"), .class("button"), .text(c(IntegrityMsg.intUphold))),
                        .text(" "),
                        .button(.type(.submit), .name("decision"), .value("dismiss"), .class("button button-secondary"), .text(c(IntegrityMsg.intDismiss)))))
                )
            },
            .unwrap(pendingRepair) { p in
                .section(
                    .class("card"),
                    .h2(.text(c(IntegrityMsg.intPendingRepair))),
                    .p(Components.zh(p.filedBy.label, c), .text(" · \(c.format(p.filedAt))")),
                    .blockquote(Components.lang(of: p.text, c), .text(p.text)),
                    .if(actions.contains(.grantRepair), Components.form(action: IntegrityURL.adminIntegrityRepair(r.id.rawValue).path, c,
                        Components.textArea("note", c(IntegrityMsg.intNote), c(IntegrityMsg.intNoteHint), "", [], c),
                        .button(.type(.submit), .name("decision"), .value("grant"), .class("button"), .text(c(IntegrityMsg.intGrant))),
                        .text(" "),
                        .button(.type(.submit), .name("decision"), .value("refuse"), .class("button button-secondary"), .text(c(IntegrityMsg.intRefuse)))))
                )
            },
            .unwrap(form) { form in .section(.h2(.text(c(IntegrityMsg.intEditDraft))), form.form(c)) },
            .if(!appeals.isEmpty, .group(.h2(.text(c(IntegrityMsg.intAppeals))), IntegrityText.appealRows(appeals, c))),
            .if(!repairs.isEmpty, .group(.h2(.text(c(IntegrityMsg.intRepairs))), IntegrityText.repairRows(repairs, c))),
            .h2(.text(c(IntegrityMsg.intHistory))),
            Components.scrollTable(label: c(IntegrityMsg.intHistory), class: "audit",
                .thead(.tr(.th(.text(c(IdentityMsg.auditTime))), .th(.text(c(IdentityMsg.auditActor))), .th(.text(c(IdentityMsg.auditAction))), .th(.text(c(IdentityMsg.auditSummary))),
                           .th(.text(c(IdentityMsg.auditBasis))))),
                .tbody(.forEach(history) { e in
                    .tr(.td(.text(c.format(e.at))), .td(Components.zh(e.actorLabel, c)), .td(.code(.text(e.action))),
                        .td(Components.lang(of: e.summary, c), .text(e.summary)),
                        .td(.text(e.basis?.text(in: c.language) ?? "—")))
                })
            )
        )).render()
    }
}
