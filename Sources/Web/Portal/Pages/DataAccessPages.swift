import Foundation
import KechuangCore
import Plot
import Portal

/// `/data-access`: a person's own requests, and for a publisher's research office or programme
/// officer the requests for their data sets (Art. 68).
struct DataAccessListPage {
    let mine: [(DataAccessRequest, Dataset)]
    let toDecide: [(DataAccessRequest, Dataset)]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(CatalogueMsg.datAccessTitle), content: .div(
            .p(.a(.href(CatalogueURL.datasets.path), .text(c(CatalogueMsg.datAllDatasets)))),
            .h1(.text(c(CatalogueMsg.datAccessTitle))),
            .h2(.text(c(CatalogueMsg.datMine))),
            table(mine, requester: false, c),
            .if(c.can(.decideDataAccess), .group(.h2(.text(c(CatalogueMsg.datToDecide))), table(toDecide, requester: true, c)))
        )).render()
    }

    func table(_ rows: [(DataAccessRequest, Dataset)], requester: Bool, _ c: PageContext) -> Node<HTML.BodyContext> {
        guard !rows.isEmpty else { return .p(.text(c(CatalogueMsg.datNoRequests))) }
        return Components.scrollTable(label: requester ? c(CatalogueMsg.datToDecide) : c(CatalogueMsg.datMine),
            .thead(.tr(.th(.text(c(CatalogueMsg.datTitle))), .if(requester, .th(.text(c(CatalogueMsg.datRequester)))), .th(.text(c(CatalogueMsg.datPurpose))),
                       .th(.text(c(CatalogueMsg.datState))), .th(.text(c(CatalogueMsg.datGrantedUntil))))),
            .tbody(.forEach(rows) { r, d in
                .tr(.td(.a(.href(CatalogueURL.dataAccessRequest(r.id.rawValue).path), Components.localized(zh: d.titleZh, en: d.titleEn, c))),
                    .if(requester, .td(Components.zh(r.personName, c))),
                    .td(Components.zh(r.purpose, c)), .td(.text(c.text(r.state.label))), .td(.text(r.grantedUntil.map { c.format($0) } ?? "—")))
            })
        )
    }
}

/// `/data-access/:id`: one request; the publisher decides it here (approve for a number of days,
/// or refuse with the reason), and sees the downloads made under the grant.
struct DataAccessRequestPage {
    let request: DataAccessRequest
    let dataset: Dataset
    let decides: Bool
    let downloads: [DataDownload]
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let r = request
        return Layout(context: c, title: c(CatalogueMsg.datRequestTitle), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(CatalogueURL.dataAccess.path), .text(c(CatalogueMsg.datAccessTitle)))),
            .h1(.text(c(CatalogueMsg.datRequestTitle))),
            .dl(.class("summary"),
                .dt(.text(c(CatalogueMsg.datTitle))), .dd(.a(.href(CatalogueURL.dataset(dataset.slug).path), Components.localized(zh: dataset.titleZh, en: dataset.titleEn, c))),
                .dt(.text(c(CatalogueMsg.datRequester))), .dd(Components.zh(r.personName, c)),
                .dt(.text(c(CatalogueMsg.datPurpose))), .dd(Components.zh(r.purpose, c)),
                .dt(.text(c(CatalogueMsg.datState))), .dd(.text(c.text(r.state.label))),
                .unwrap(r.reason) { reason in .group(.dt(.text(c(CatalogueMsg.datReason))), .dd(Components.zh(reason, c))) },
                .unwrap(r.grantedUntil) { until in .group(.dt(.text(c(CatalogueMsg.datGrantedUntil))), .dd(.text(c.format(until)))) },
                .if(r.state == .refused, .group(.dt(.text(c.language == .zh ? "依据" : "Basis")), .dd(.text(Components.article(68, c)))))
            ),
            .if(decides && r.state == .pending, form(c)),
            .if(decides && !downloads.isEmpty, .group(
                .h2(.text(c(CatalogueMsg.datDownloads))),
                .ul(.forEach(downloads) { d in .li(.text("\(c.format(d.at)) · v\(d.versionNumber) · \(d.format.euFileType)")) })
            ))
        )).render()
    }

    func form(_ c: PageContext) -> Node<HTML.BodyContext> {
        let decisionErrors = errors.filter { $0.field == "decision" }
        return .group(
            .h2(.text(c(CatalogueMsg.datDecision))),
            Components.form(action: CatalogueURL.dataAccessRequest(request.id.rawValue).path, c,
                .fieldset(
                    .id(Components.fieldID("decision")),
                    .attribute(named: "class", value: decisionErrors.isEmpty ? nil : "field-error"),
                    .element(named: "legend", nodes: [.text(c(CatalogueMsg.datDecision))]),
                    .if(!decisionErrors.isEmpty, .p(.class("error-message"), .text(decisionErrors.map { Components.message($0, c) }.joined(separator: " ")))),
                    radio("approve", c(CatalogueMsg.datApprove)),
                    radio("refuse", c(CatalogueMsg.datRefuse))
                ),
                Components.textArea("reason", c(CatalogueMsg.datReason), c(CatalogueMsg.datReasonHint), values["reason"] ?? "", errors, c),
                Components.textField(.init(name: "days", label: c(CatalogueMsg.datDays), hint: c(CatalogueMsg.datDaysHint), value: values["days"] ?? "", width: "width-5"), errors: errors, c),
                Components.submit(c(CatalogueMsg.datDecideButton))
            )
        )
    }

    func radio(_ value: String, _ label: String) -> Node<HTML.FormContext> {
        let id = Components.fieldID("decision-" + value)
        return .div(.class("radio"),
                    .input(.id(id), .type(.radio), .name("decision"), .value(value), .checked(values["decision"] == value)),
                    .label(.for(id), .text(label)))
    }
}
