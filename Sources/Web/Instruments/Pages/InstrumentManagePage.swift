import Foundation
import Instruments
import KechuangCore
import Plot

/// `/instruments/manage`: what a manager's instruments wait for — approvals and usage to record —
/// and the instruments they keep.
struct InstrumentManagePage {
    let kept: [Instrument]
    let approvals: [Booking]
    let usage: [Booking]
    let names: [Instrument.ID: String]
    let month: String
    var errors: [FieldError] = []
    var failedBooking: UUID? = nil

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(InstrumentsMsg.insManageTitle), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(InstrumentsURL.search.path), .text(c(InstrumentsMsg.insSearchTitle)))),
            .h1(.text(c(InstrumentsMsg.insManageTitle))),
            .p(.class("lead"), .text(c(InstrumentsMsg.insManageIntro))),
            .div(.id(Components.fieldID("booking"))),
            .h2(.text(c(InstrumentsMsg.insApprovals))),
            .if(approvals.isEmpty, .p(.text(c(InstrumentsMsg.insNoApprovals))), else: Components.scrollTable(label: c(InstrumentsMsg.insApprovals),
                .thead(.tr(.th(.text(c(InstrumentsMsg.insNameZh))), .th(.text(c(InstrumentsMsg.insSlot))), .th(.text(c(InstrumentsMsg.insUser))),
                           .th(.text(c(InstrumentsMsg.insPurpose))), .th(.text(c(InstrumentsMsg.insApproval))))),
                .tbody(.forEach(approvals) { b in
                    .tr(.td(Components.zh(names[b.instrumentID] ?? "", c)), .td(.text(b.slotText)),
                        .td(Components.zh(b.personName, c), .text(Components.parenthesised(c(b.external ? InstrumentsMsg.insExternal : .insInternal), c))), .td(Components.zh(b.purpose, c)),
                        .td(Components.form(action: InstrumentsURL.decide(b.id.rawValue).path, c,
                            Components.textField(.init(name: "note", label: c(InstrumentsMsg.insNote)), errors: [], c),
                            .button(.type(.submit), .name("decision"), .value("approve"), .class("button"), .text(c(InstrumentsMsg.insApprove))),
                            .button(.type(.submit), .name("decision"), .value("reject"), .class("button button-secondary"), .text(c(InstrumentsMsg.insReject))))))
                })
            )),
            .h2(.text(c(InstrumentsMsg.insUsageTitle))),
            .if(usage.isEmpty, .p(.text(c(InstrumentsMsg.insNoUsage))), else: Components.scrollTable(label: c(InstrumentsMsg.insUsageTitle),
                .thead(.tr(.th(.text(c(InstrumentsMsg.insNameZh))), .th(.text(c(InstrumentsMsg.insSlot))), .th(.text(c(InstrumentsMsg.insUser))),
                           .th(.text(c(InstrumentsMsg.insRecordUsage))))),
                .tbody(.forEach(usage) { b in
                    let errs = failedBooking == b.id.rawValue ? errors : []
                    return .tr(.td(Components.zh(names[b.instrumentID] ?? "", c)), .td(.text(b.slotText)),
                        .td(Components.zh(b.personName, c), .text(Components.parenthesised(c(b.external ? InstrumentsMsg.insExternal : .insInternal), c))),
                        .td(Components.form(action: InstrumentsURL.usage(b.id.rawValue).path, c,
                            Components.textField(.init(name: "started_at", label: c(InstrumentsMsg.insActualStart), hint: c(InstrumentsMsg.insTimeHint),
                                                       value: BeijingTime.format(b.startsAt), width: "width-20"), errors: errs, c),
                            Components.textField(.init(name: "ended_at", label: c(InstrumentsMsg.insActualEnd), value: BeijingTime.format(b.endsAt), width: "width-20"), errors: errs, c),
                            .if(b.kind == .sample, Components.textField(.init(name: "samples", label: c(InstrumentsMsg.insSamples), value: b.samples.map(String.init) ?? "",
                                                                               width: "width-5"), errors: errs, c)),
                            Components.selectField(name: "outcome", label: c(InstrumentsMsg.insOutcome), options: Components.options(UsageOutcome.self, \.label, c),
                                                   selected: UsageOutcome.completed.rawValue, errors: errs, c),
                            Components.textField(.init(name: "note", label: c(InstrumentsMsg.insNote)), errors: errs, c),
                            Components.submit(c(InstrumentsMsg.insRecordUsage)))))
                })
            )),
            .h2(.text(c(InstrumentsMsg.insBillsTitle))),
            .form(.method(.get), .action(InstrumentsURL.bills.path),
                Components.textField(.init(name: "month", label: c(InstrumentsMsg.insMonth), hint: c(InstrumentsMsg.insMonthHint), value: month, width: "width-10"), errors: [], c),
                Components.submit(c(InstrumentsMsg.insShow), secondary: true)),
            .h2(.text(c(InstrumentsMsg.insKept))),
            .ul(.forEach(kept) { i in
                .li(.a(.href(InstrumentsURL.instrument(i.id.rawValue).path), Components.zh(i.name(in: c.language), c)),
                    .text(i.published ? "" : Components.parenthesised(c(InstrumentsMsg.insUnpublished), c)))
            })
        )).render()
    }
}
