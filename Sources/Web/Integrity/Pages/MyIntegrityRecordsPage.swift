import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Storage

/// `/integrity/mine`: records about the signed-in person (and the organisations whose research
/// office they are), with appeal and credit repair.
struct MyIntegrityRecordsPage {
    let records: [IntegrityRecord]
    let appeals: [UUID: [IntegrityRequest]]
    let repairs: [UUID: [IntegrityRequest]]
    let now: Date
    var errors: [FieldError] = []
    var failedID: UUID? = nil
    /// `appeal` or `repair`: the form a refused request came from.
    var failedForm = ""

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(IntegrityMsg.intMineTitle), content: .div(
            Components.errorSummary(errors, c, form: failedID.map(Self.formName)),
            .h1(.text(c(IntegrityMsg.intMineTitle))),
            .p(.text(c(IntegrityMsg.intMineIntro))),
            .if(records.isEmpty, .p(.text(c(IntegrityMsg.intMineNone)))),
            .forEach(records) { r in record(r, c) }
        )).render()
    }

    /// Each record has its own appeal and repair forms, so their fields' ids carry the record's id.
    static func formName(_ id: UUID) -> String { "record-" + id.uuidString.lowercased() }

    private func record(_ r: IntegrityRecord, _ c: PageContext) -> Node<HTML.BodyContext> {
        let actions = IntegrityWorkflow.actions(for: .subject, in: r.state, finding: r.finding)
        let recordAppeals = appeals[r.id.rawValue] ?? [], recordRepairs = repairs[r.id.rawValue] ?? []
        let appealPending = recordAppeals.contains { $0.outcome == .pending }
        let repairPending = recordRepairs.contains { $0.outcome == .pending }
        let fieldErrors = r.id.rawValue == failedID ? errors : []
        return .section(
            .class("card"), .id("record-\(r.id.uuidString.lowercased())"),
            .h2(Components.zh(r.documentNumber, c), .text(" · \(c.text(r.finding.label))")),
            IntegrityText.details(r, now: now, c),
            .if(!r.finding.isMisconduct, .p(.text(c(IntegrityMsg.intDiligentNote)))),
            .if(!recordAppeals.isEmpty, .group(.h3(.text(c(IntegrityMsg.intAppeals))), IntegrityText.appealRows(recordAppeals, c))),
            .if(!recordRepairs.isEmpty, .group(.h3(.text(c(IntegrityMsg.intRepairs))), IntegrityText.repairRows(recordRepairs, c))),
            .if(appealPending, .p(.strong(.text(c(IntegrityMsg.intAppealPending))))),
            .if(repairPending, .p(.strong(.text(c(IntegrityMsg.intRepairPending))))),
            .if(actions.contains(.fileAppeal) && !appealPending, Components.form(action: IntegrityURL.integrityAppeal(r.id.rawValue).path, c,
                Components.textArea("grounds", c(IntegrityMsg.intAppeal), c(IntegrityMsg.intAppealHint), "",
                                      failedForm == "appeal" ? fieldErrors : [], c, form: Self.formName(r.id.rawValue)),
                Components.submit(c(IntegrityMsg.intAppeal)))),
            .if(actions.contains(.requestRepair) && !repairPending, Components.form(action: IntegrityURL.integrityRepair(r.id.rawValue).path, c,
                Components.textArea("evidence", c(IntegrityMsg.intRepair), c(IntegrityMsg.intRepairHint), "",
                                      failedForm == "repair" ? fieldErrors : [], c, form: Self.formName(r.id.rawValue)),
                Components.submit(c(IntegrityMsg.intRepair), secondary: true)))
        )
    }
}
