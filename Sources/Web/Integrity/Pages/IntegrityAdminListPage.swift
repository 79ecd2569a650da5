import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Storage

/// `/admin/integrity`: every record, newest first, filterable by state.
struct IntegrityAdminListPage {
    let records: [IntegrityRecord]
    let state: IntegrityRecordState?
    let now: Date

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(IntegrityMsg.intAdminTitle), content: .div(
            .h1(.text(c(IntegrityMsg.intAdminTitle))),
            .p(.text(c(IntegrityMsg.intAdminIntro))),
            .p(.a(.class("button"), .href(IntegrityURL.adminIntegrityNew.path), .text(c(IntegrityMsg.intNewRecord)))),
            .form(
                .class("filters"), .method(.get), .action(IntegrityURL.adminIntegrity.path),
                .div(
                    .class("field"),
                    .label(.for("field-state"), .text(c(IntegrityMsg.intState))),
                    .select(
                        .id("field-state"), .attribute(named: "name", value: "state"),
                        Components.option(value: "", label: c(IntegrityMsg.intAllStates), selected: state == nil),
                        .forEach(IntegrityRecordState.allCases) { s in
                            Components.option(value: s.rawValue, label: c.text(s.label), selected: s == state)
                        }
                    )
                ),
                Components.submit(c(IntegrityMsg.intFilter), secondary: true)
            ),
            .if(records.isEmpty, .p(.text(c(IntegrityMsg.intAdminNone))), else: Components.scrollTable(label: c(IntegrityMsg.intAdminTitle),
                .thead(.tr(
                    .th(.text(c(IntegrityMsg.intSubject))), .th(.text(c(IntegrityMsg.intFinding))), .th(.text(c(IntegrityMsg.intDocumentNumber))),
                    .th(.text(c(IntegrityMsg.intScope))), .th(.text(c(IntegrityMsg.intPeriod))), .th(.text(c(IntegrityMsg.intPhase))),
                    .th(.text(c(IntegrityMsg.intState)))
                )),
                .tbody(.forEach(records) { r in
                    .tr(
                        .td(.a(.href(IntegrityURL.adminIntegrityRecord(r.id.rawValue).path), IntegrityText.subjectNode(r, c))),
                        .td(.text(c.text(r.finding.label))), .td(Components.lang(of: r.documentNumber, c), IntegrityText.value(r.documentNumber)),
                        .td(.text(IntegrityText.scope(r, c))), .td(.text(IntegrityText.period(r))), .td(.text(c.text(r.phase(at: now).label))),
                        .td(.text(c.text(r.state.label)))
                    )
                })
            ))
        )).render()
    }
}
