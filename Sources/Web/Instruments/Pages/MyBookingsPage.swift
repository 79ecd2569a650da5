import Foundation
import Instruments
import KechuangCore
import Plot

/// `/instruments/bookings`: a person's bookings, cancellation, feedback, waiting list and bill.
struct MyBookingsPage {
    let bookings: [Booking]
    let names: [Instrument.ID: String]
    let unrated: Set<Booking.ID>
    let waitlist: [WaitlistEntry]
    let month: String
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(InstrumentsMsg.insMineTitle), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(InstrumentsURL.search.path), .text(c(InstrumentsMsg.insSearchTitle)))),
            .h1(.text(c(InstrumentsMsg.insMineTitle))),
            .div(.id(Components.fieldID("booking"))),
            .if(bookings.isEmpty, .p(.text(c(InstrumentsMsg.insMineNone))), else: Components.scrollTable(label: c(InstrumentsMsg.insMineTitle),
                .thead(.tr(.th(.text(c(InstrumentsMsg.insNameZh))), .th(.text(c(InstrumentsMsg.insSlot))), .th(.text(c(InstrumentsMsg.insState))),
                           .th(.text(c(InstrumentsMsg.insCancel))), .th(.text(c(InstrumentsMsg.insFeedbackGive))))),
                .tbody(.forEach(bookings) { b in
                    .tr(.td(.a(.href(InstrumentsURL.instrument(b.instrumentID.rawValue).path), Components.zh(names[b.instrumentID] ?? "", c))),
                        .td(.text(b.slotText + (b.samples.map { c.language == .zh ? "（\($0) 个样品）" : " (\($0) samples)" } ?? ""))),
                        .td(.text(c.text(b.state.label))),
                        .td(.if(b.state.isActive, Components.form(action: InstrumentsURL.cancel(b.id.rawValue).path, c,
                                                                   Components.submit(c(InstrumentsMsg.insCancel), secondary: true)))),
                        .td(.if(unrated.contains(b.id), Components.form(action: InstrumentsURL.feedback(b.id.rawValue).path, c,
                            Components.selectField(name: "rating", form: Self.formName(b), label: c(InstrumentsMsg.insRating),
                                                   options: (1...5).reversed().map { (String($0), String($0)) }, selected: nil, errors: [], c),
                            Components.textField(.init(name: "comment", label: c(InstrumentsMsg.insFeedbackComment), form: Self.formName(b)), errors: [], c),
                            Components.submit(c(InstrumentsMsg.insFeedbackGive), secondary: true)))))
                })
            )),
            .if(!waitlist.isEmpty, .group(
                .h2(.text(c(InstrumentsMsg.insWaitlistTitle))),
                .ul(.forEach(waitlist) { e in
                    .li(.a(.href(InstrumentsURL.instrument(e.instrumentID.rawValue).path), Components.zh(names[e.instrumentID] ?? "", c)),
                        .text(" \(BeijingTime.format(e.startsAt))–\(InstrumentText.time(e.endsAt))\(InstrumentText.colon(c))"),
                        .text(e.state == .offered ? "\(c(InstrumentsMsg.insOfferHeld)) \(e.offeredUntil.map(BeijingTime.format) ?? "")" : c.text(e.state.label)))
                })
            )),
            .h2(.text(c(InstrumentsMsg.insMyBill))),
            .form(.method(.get), .action(InstrumentsURL.bills.path),
                Components.textField(.init(name: "month", label: c(InstrumentsMsg.insMonth), hint: c(InstrumentsMsg.insMonthHint), value: month, width: "width-10"), errors: [], c),
                Components.submit(c(InstrumentsMsg.insShow), secondary: true))
        )).render()
    }

    /// Each unrated booking has its own feedback form, so its fields' ids carry the booking's id.
    static func formName(_ b: Booking) -> String { "booking-" + b.id.rawValue.uuidString.lowercased() }

}
