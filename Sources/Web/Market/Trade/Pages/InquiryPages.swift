import Foundation
import Identity
import KechuangCore
import Market
import Plot

/// `/market/trade/inquiries`: the inquiries of the person's organisations.
struct InquiriesPage {
    typealias M = MarketTradeMsg
    let rows: [(inquiry: Inquiry, supply: String)]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(M.mtrInquiriesTitle), content: .div(
            .h1(.text(c(M.mtrInquiriesTitle))),
            TradeText.links(c),
            .if(rows.isEmpty, .p(.text(c(M.mtrNone))), else: Components.scrollTable(label: c(M.mtrInquiriesTitle),
                .thead(.tr(.th(.text(c(M.mtrSupply))), .th(.text(c(M.mtrStatus))), .th(.text(c(M.mtrMessages))), .th(.text(c(M.mtrUpdated))))),
                .tbody(.forEach(rows) { r in
                    .tr(.td(.a(.href(TradeURL.inquiry(r.inquiry.id.rawValue).path), Components.zh(r.supply, c))), .td(.text(c.text(r.inquiry.status.label))),
                        .td(.text(String(r.inquiry.messages.count))), .td(.text(c.format(r.inquiry.updatedAt))))
                })))
        )).render()
    }
}

/// `/market/trade/inquiries/:id`: the messages, a reply, the deal, and the contract it became.
struct InquiryPage {
    typealias M = MarketTradeMsg
    let inquiry: Inquiry
    let supply: TechSupply
    let names: [UUID: String]
    let mayWrite: Bool
    let mayAgree: Bool
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let i = inquiry
        return Layout(context: c, title: c(M.mtrInquiryTitle), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(TradeURL.inquiries.path), .text(c(M.mtrInquiriesTitle)))),
            .h1(.text(c(M.mtrInquiryTitle))),
            .dl(.dt(.text(c(M.mtrSupply))), .dd(.a(.href(TradeURL.supply(supply.id.rawValue).path), Components.zh(supply.title, c))),
                .dt(.text(c(M.mtrFrom))), .dd(Components.zh(names[i.fromOrganisationID] ?? "", c)),
                .dt(.text(c(M.mtrTo))), .dd(Components.zh(names[i.toOrganisationID] ?? "", c)),
                .dt(.text(c(M.mtrStatus))), .dd(.text(c.text(i.status.label)))),
            .h2(.text(c(M.mtrMessages))),
            .ol(.class("timeline"), .forEach(i.messages) { m in
                .li(.p(.strong(Components.zh(m.authorName, c)), .text(" · "), Components.zh(names[m.organisationID] ?? "", c), .text(" · \(c.format(m.at))")),
                    .p(Components.zh(m.body, c)))
            }),
            .if(mayWrite && i.status == .open, Components.form(action: TradeURL.inquiryMessages(i.id.rawValue).path, c,
                Components.textArea("body", c(M.mtrMessage), nil, "", errors, c), Components.submit(c(M.mtrSendButton)))),
            .if(mayAgree && i.status == .open, .group(.h2(.text(c(M.mtrDealTitle))), .p(.text(c(M.mtrDealHint))),
                Components.form(action: TradeURL.inquiryDeal(i.id.rawValue).path, c, Components.submit(c(M.mtrDealButton), secondary: true)))),
            .if(i.status == .deal && i.contractID == nil && mayAgree,
                .p(.a(.class("button"), .href(TradeURL.newContract.path + "?inquiry=" + TradeURL.id(i.id.rawValue)), .text(c(M.mtrSubmitContractLink))))),
            .unwrap(i.contractID) { id in .p(.a(.href(TradeURL.contract(id).path), .text(c(M.mtrContractLink)))) }
        )).render()
    }
}
