import Foundation
import Instruments
import KechuangCore
import Plot

/// A month's bill of one external user: a printable statement (the print stylesheet drops the
/// navigation), with CSV and Excel downloads of the same lines.
struct InstrumentBillPage {
    let bill: Bill
    let userID: UUID

    func render(_ c: PageContext) -> String {
        let link = { (format: String) in SiteURL.Link(path: InstrumentsURL.bill(userID).path, query: ["month": bill.month, "format": format]).string }
        return Layout(context: c, title: c(InstrumentsMsg.insBillTitle), content: .div(
            .h1(.text("\(c(InstrumentsMsg.insBillTitle)) \(bill.month)")),
            .p(.text(c(InstrumentsMsg.insUser) + InstrumentText.colon(c)), Components.zh(bill.userName, c)),
            .p(.class("hint"), .text(c(InstrumentsMsg.insBillIntro))),
            .ul(.li(.a(.href(link("csv")), .text(c(InstrumentsMsg.insBillCSV)))), .li(.a(.href(link("xlsx")), .text(c(InstrumentsMsg.insBillXLSX))))),
            .if(bill.lines.isEmpty, .p(.text(c(InstrumentsMsg.insBillEmpty))), else: Components.scrollTable(label: c(InstrumentsMsg.insBillTitle),
                .thead(.tr(.th(.text(c(InstrumentsMsg.insDate))), .th(.text(c(InstrumentsMsg.insNameZh))), .th(.text(c(InstrumentsMsg.insSlot))),
                           .th(.text(c(InstrumentsMsg.insHours))), .th(.text(c(InstrumentsMsg.insSamples))), .th(.text(c(InstrumentsMsg.insOutcome))),
                           .th(.text(c(InstrumentsMsg.insAmount))))),
                .tbody(.forEach(bill.lines) { l in
                    .tr(.td(.text(BeijingDay(containing: l.usage.startedAt).description)), .td(Components.zh(c.text(l.instrumentName), c)),
                        .td(.text("\(InstrumentText.time(l.usage.startedAt))–\(InstrumentText.time(l.usage.endedAt))")),
                        .td(.text(InstrumentText.hours(l.usage.hours))), .td(.text(l.usage.samples.map(String.init) ?? "—")),
                        .td(.text(c.text(l.usage.outcome.label))), .td(.text("¥\(InstrumentText.yuan(l.usage.amountFen))")))
                }),
                .tfoot(.tr(.th(.attribute(named: "colspan", value: "6"), .text(c(InstrumentsMsg.insTotal))), .td(.strong(.text("¥\(InstrumentText.yuan(bill.totalFen))")))))
            ))
        )).render()
    }
}

/// The manager's list of the month's external users with a bill.
struct InstrumentBillsPage {
    let month: String
    let users: [(id: UUID, name: String, totalFen: Int)]
    let ownBill: Bool

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(InstrumentsMsg.insBillsTitle), content: .div(
            .p(.a(.href(InstrumentsURL.manage.path), .text(c(InstrumentsMsg.insManageTitle)))),
            .h1(.text("\(c(InstrumentsMsg.insBillsTitle)) \(month)")),
            .if(users.isEmpty, .p(.text(c(InstrumentsMsg.insBillsNone))), else: .ul(.forEach(users) { u in
                .li(.a(.href(SiteURL.Link(path: InstrumentsURL.bill(u.id).path, query: ["month": month]).string), Components.zh(u.name, c)),
                    .text(InstrumentText.colon(c) + "¥\(InstrumentText.yuan(u.totalFen))"))
            }))
        )).render()
    }
}
