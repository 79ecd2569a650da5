import Foundation
import Identity
import KechuangCore
import Market
import Plot

/// `/market/contracts`: the person's contracts; for a registrar, the queue awaiting decision first.
struct ContractsPage {
    typealias M = MarketTradeMsg
    let rows: [TechnologyContract]
    let registrar: Bool

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(M.mtrContractsTitle), content: .div(
            .h1(.text(c(M.mtrContractsTitle))),
            .p(.class("lead"), .text(c(registrar ? M.mtrContractsRegistrarIntro : M.mtrContractsIntro))),
            TradeText.links(c),
            .p(.a(.class("button"), .href(TradeURL.newContract.path), .text(c(M.mtrNewContract)))),
            .if(rows.isEmpty, .p(.text(c(M.mtrNone))), else: Components.scrollTable(label: c(M.mtrContractsTitle),
                .thead(.tr(.th(.text(c(M.mtrTitle))), .th(.text(c(M.mtrType))), .th(.text(c(M.mtrStatus))), .th(.text(c(M.mtrNumber))),
                           .th(.text(c(M.mtrTechnicalAmount))))),
                .tbody(.forEach(rows) { k in
                    .tr(.td(.a(.href(TradeURL.contract(k.id.rawValue).path), Components.zh(k.title, c))), .td(.text(c.text(k.subtype.label))),
                        .td(.text(c.text(k.state.label))), .td(.text(k.number ?? "—")), .td(.text(TradeText.money(k.technicalAmount, c))))
                })))
        )).render()
    }
}

/// `/market/contracts/new` and the correction form on a returned contract's page: every field of
/// the registration with the signed PDF (multipart; no JavaScript).
struct ContractForm {
    typealias M = MarketTradeMsg
    let action: String
    let values: [String: String]
    let errors: [FieldError]
    let pdfRequired: Bool

    func node(_ c: PageContext) -> Node<HTML.BodyContext> {
        func text(_ name: String, _ label: M, hint: M? = nil, width: String? = nil) -> Node<HTML.FormContext> {
            Components.textField(.init(name: name, label: c(label), hint: hint.map { c($0) }, value: values[name] ?? "", width: width), errors: errors, c)
        }
        func party(_ p: String, _ legend: M) -> Node<HTML.FormContext> {
            .fieldset(.element(named: "legend", nodes: [.text(c(legend))]),
                text("\(p)_name", M.mtrPartyName), text("\(p)_uscc", M.mtrUSCC, hint: M.mtrUSCCHint, width: "width-20"),
                Components.selectField(name: "\(p)_kind", label: c(M.mtrPartyKind), options: TradeText.kindOptions(c), selected: values["\(p)_kind"], errors: errors, c),
                Components.selectField(name: "\(p)_district", label: c(M.mtrDistrict), options: TradeText.districtOptions(c), selected: values["\(p)_district"], errors: errors, c))
        }
        let pdfErrors = errors.filter { $0.field == "pdf" }
        return .form(.method(.post), .action(action), .enctype(.multipartData), .novalidate(), Components.csrf(c),
            .input(.type(.hidden), .name("inquiry_id"), .value(values["inquiry_id"] ?? "")),
            .input(.type(.hidden), .name("version"), .value(values["version"] ?? "")),
            Components.selectField(name: "type", label: c(M.mtrType), hint: c(M.mtrTypeHint), options: TradeText.typeOptions(c), selected: values["type"], errors: errors, c),
            Components.selectField(name: "subtype", label: c(M.mtrSubtype), groups: TradeText.subtypeGroups(c), selected: values["subtype"], errors: errors, c),
            text("title", M.mtrTitle),
            Components.selectField(name: "field", label: c(M.mtrField), options: TradeText.fieldOptions(c), selected: values["field"], errors: errors, c),
            Components.textArea("technical_content", c(M.mtrTechnicalContent), c(M.mtrTechnicalContentHint), values["technical_content"] ?? "", errors, c),
            party("seller", M.mtrSeller), party("buyer", M.mtrBuyer),
            .fieldset(.element(named: "legend", nodes: [.text(c(M.mtrAmounts))]), .p(.class("hint"), .text(c(M.mtrAmountsHint))),
                text("total_amount", M.mtrTotalAmount, width: "width-10"), text("technical_amount", M.mtrTechnicalAmount, width: "width-10"),
                text("goods_amount", M.mtrGoodsAmount, width: "width-10"), text("other_amount", M.mtrOtherAmount, width: "width-10")),
            text("signed_on", M.mtrSignedOn, hint: M.mtrDayHint, width: "width-10"), text("starts_on", M.mtrStartsOn, hint: M.mtrDayHint, width: "width-10"),
            text("ends_on", M.mtrEndsOn, hint: M.mtrDayHint, width: "width-10"),
            Components.selectField(name: "point", label: c(M.mtrPoint), options: TradeText.pointOptions(c), selected: values["point"], errors: errors, c),
            .div(.class(pdfErrors.isEmpty ? "field" : "field field-error"),
                 .label(.for("field-pdf"), .text(c(pdfRequired ? M.mtrPDF : M.mtrPDFOptional))),
                 .if(!pdfErrors.isEmpty, .p(.class("error-message"), .id("field-pdf-error"), .text(pdfErrors.map { c.text($0.message) }.joined(separator: " ")))),
                 .input(.id("field-pdf"), .type(.file), .name("file"), .attribute(named: "accept", value: "application/pdf"))),
            Components.submit(c(M.mtrSubmitButton)))
    }
}

struct ContractFormPage {
    typealias M = MarketTradeMsg
    let values: [String: String]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(M.mtrNewContract), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(TradeURL.contracts.path), .text(c(M.mtrContractsTitle)))),
            .h1(.text(c(M.mtrNewContract))),
            .p(.class("lead"), .text(c(M.mtrNewContractIntro))),
            ContractForm(action: TradeURL.contracts.path, values: values, errors: errors, pdfRequired: true).node(c)
        )).render()
    }
}

/// `/market/contracts/:id`: the contract, the registrar's decision (register, or return with a
/// reason citing its source), the submitter's correction while returned.
struct ContractPage {
    typealias M = MarketTradeMsg
    let contract: TechnologyContract
    let mayDecide: Bool
    let mayCorrect: Bool
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let k = contract
        let point = RegistrationPoint.find(k.point).map { c.text($0.name) } ?? k.point
        return Layout(context: c, title: k.title, content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(TradeURL.contracts.path), .text(c(M.mtrContractsTitle)))),
            .h1(Components.zh(k.title, c)),
            .dl(
                .dt(.text(c(M.mtrStatus))), .dd(.text(c.text(k.state.label))),
                .dt(.text(c(M.mtrNumber))), .dd(.text(k.number ?? "—")),
                .dt(.text(c(M.mtrType))), .dd(.text("\(c.text(k.type.label)) · \(c.text(k.subtype.label))"), .text(" ("), Components.zh(c.text(k.subtype.source.text), c), .text(")")),
                .dt(.text(c(M.mtrField))), .dd(.text(c.text(k.field.label))),
                .dt(.text(c(M.mtrSeller))), .dd(Components.zh(k.seller.name, c), .text(" · \(k.seller.uscc) · \(c.text(k.seller.kind.label)) · \(c.text(k.seller.district.label))")),
                .dt(.text(c(M.mtrBuyer))), .dd(Components.zh(k.buyer.name, c), .text(" · \(k.buyer.uscc) · \(c.text(k.buyer.kind.label)) · \(c.text(k.buyer.district.label))")),
                .dt(.text(c(M.mtrTotalAmount))), .dd(.text(TradeText.money(k.totalAmount, c))),
                .dt(.text(c(M.mtrTechnicalAmount))), .dd(.text(TradeText.money(k.technicalAmount, c))),
                .dt(.text(c(M.mtrGoodsAmount))), .dd(.text(TradeText.money(k.goodsAmount, c))),
                .dt(.text(c(M.mtrOtherAmount))), .dd(.text(TradeText.money(k.otherAmount, c))),
                .dt(.text(c(M.mtrSignedOn))), .dd(.text("\(k.signedOn) · \(k.startsOn) – \(k.endsOn)")),
                .dt(.text(c(M.mtrPoint))), .dd(.text(point)),
                .dt(.text(c(M.mtrPDF))), .dd(.unwrap(k.pdfKey, { _ in .a(.href(TradeURL.contractPDF(k.id.rawValue).path), .text("PDF · SHA-256 \(k.pdfSHA256?.prefix(16) ?? "")…")) },
                                                   else: .text("—"))),
                .dt(.text(c(M.mtrReturns))), .dd(.text(String(k.returns)))),
            .h2(.text(c(M.mtrTechnicalContent))),
            .p(Components.zh(k.technicalContent, c)),
            .unwrap(k.returnRule.flatMap(ReturnReason.init(rawValue:))) { reason in
                .if(k.state == .returned, .div(.class("notice"), .h2(.text(c(M.mtrReturnedTitle))),
                    .p(.text(c.text(reason.label)), .text(" ("), Components.zh(c.text(reason.source.text), c), .text(")")),
                    .p(Components.zh(k.returnReason ?? "", c))))
            },
            .if(mayDecide && k.state == .submitted, .group(
                .h2(.text(c(M.mtrDecideTitle))),
                .p(.text(c(M.mtrDecideHint))),
                Components.form(action: TradeURL.registerContract(k.id.rawValue).path, c,
                    .input(.type(.hidden), .name("version"), .value(String(k.version))), Components.submit(c(M.mtrRegisterButton))),
                .h3(.text(c(M.mtrReturnTitle))),
                Components.form(action: TradeURL.returnContract(k.id.rawValue).path, c,
                    .input(.type(.hidden), .name("version"), .value(String(k.version))),
                    Components.selectField(name: "reason", label: c(M.mtrReason), options: TradeText.reasonOptions(c), selected: values["reason"], errors: errors, c),
                    Components.textArea("note", c(M.mtrNote), c(M.mtrNoteHint), values["note"] ?? "", errors, c),
                    Components.submit(c(M.mtrReturnButton), secondary: true)))),
            .if(mayCorrect && k.state == .returned, .group(
                .h2(.text(c(M.mtrCorrectTitle))),
                ContractForm(action: TradeURL.correctContract(k.id.rawValue).path, values: values.isEmpty ? TradeForm.values(k) : values, errors: errors,
                             pdfRequired: false).node(c)))
        )).render()
    }
}
