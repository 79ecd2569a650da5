import Foundation
import Identity
import KechuangCore
import Market
import Plot

/// `/market/platforms/:id`: one platform with its services, capacity and fees, a transfer
/// office's licensed managers; the request form for members of other organisations; for its own
/// organisation the manager form and closing (Art. 32).
struct PlatformPage {
    typealias M = MarketMsg
    let platform: TransferPlatform
    let organisation: String
    let managers: [TechnologyManager]
    let today: BeijingDay
    let keeps: Bool
    let requestAs: [(String, String)]
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let p = platform
        return Layout(context: c, title: p.name, content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(PlatformURL.home.path), .text(c(M.mplTitle)))),
            .h1(Components.zh(p.name, c)),
            .dl(
                .dt(.text(c(M.mplKind))), .dd(.text(c.text(p.kind.label))),
                .dt(.text(c(M.mplOrganisation))), .dd(Components.zh(organisation, c)),
                .dt(.text(c(M.mplStatus))), .dd(.text(c.text(p.status.label))),
                .dt(.text(c(M.mplDistrict))), .dd(.text(c.text(p.district.label))),
                .dt(.text(c(M.mplFields))), .dd(.text(PlatformText.list(p.fields.map(\.label), c))),
                .dt(.text(c(M.mplServices))), .dd(.text(PlatformText.list(p.services.map(\.label), c))),
                .dt(.text(c(M.mplCapacity))), .dd(Components.zh(p.capacity, c)),
                .dt(.text(c(M.mplFees))), .dd(Components.zh(p.fees, c)),
                .dt(.text(c(M.mplContact))), .dd(Components.zh(p.contact, c))),
            .h2(.text(c(M.mplSummary))),
            .p(Components.zh(p.summary, c)),
            .if(p.kind == .transferOffice, managersSection(c)),
            .if(!requestAs.isEmpty, requestForm(c)),
            .if(keeps && p.status == .active, .group(
                .p(.a(.href(PlatformURL.requests.path), .text(c(M.mplRequestsTitle)))),
                Components.form(action: PlatformURL.close(p.id.rawValue).path, c, Components.submit(c(M.mplClose), secondary: true))))
        )).render()
    }

    func managersSection(_ c: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text(c(M.mplManagers))),
            .p(.class("hint"), .text(c(M.mplManagersHint))),
            .if(managers.isEmpty, .p(.text(c(M.mplNone))), else: Components.scrollTable(label: c(M.mplManagers),
                .thead(.tr(.th(.text(c(M.mplName))), .th(.text(c(M.mplLicence))), .th(.text(c(M.mplLicensedUntil))), .th(.text(c(M.mplFields))), .th(.text(c(M.mplStatus))))),
                .tbody(.forEach(managers) { m in
                    .tr(.td(Components.zh(m.name, c)), .td(.text(m.licenceNumber)), .td(.text(m.licensedUntil.description)),
                        .td(.text(PlatformText.list(m.fields.map(\.label), c))),
                        .td(.text(c(m.isLicensed(on: today) ? M.mplLicenceValid : M.mplLicenceExpired))))
                }))),
            .if(keeps && platform.status == .active, .group(
                .h3(.text(c(M.mplManagerTitle))),
                Components.form(action: PlatformURL.managers(platform.id.rawValue).path, c,
                    Components.textField(.init(name: "name", label: c(M.mplName), value: values["name"] ?? ""), errors: errors, c),
                    Components.textField(.init(name: "licence_number", label: c(M.mplLicence), hint: c(M.mplLicenceHint), value: values["licence_number"] ?? ""),
                                         errors: errors, c),
                    Components.textField(.init(name: "licensed_until", label: c(M.mplLicensedUntil), hint: c(MarketTradeMsg.mtrDayHint),
                                               value: values["licensed_until"] ?? "", width: "width-10"), errors: errors, c),
                    PlatformText.checkboxes("fields", legend: c(M.mplFields), error: c(M.mplFieldsError), TechField.allCases, label: { c.text($0.label) },
                                            values: values, errors: [], prefix: "field"),
                    Components.submit(c(M.mplManagerButton))))))
    }

    func requestForm(_ c: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text(c(M.mplRequestTitle))),
            Components.form(action: PlatformURL.requestsOf(platform.id.rawValue).path, c,
                Components.selectField(name: "organisation_id", label: c(M.mplRequestAs), options: requestAs, selected: values["organisation_id"], errors: errors, c),
                Components.selectField(name: "service", label: c(M.mplService), options: platform.services.map { ($0.rawValue, c.text($0.label)) },
                                       selected: values["service"], errors: errors, c),
                Components.textArea("description", c(M.mplDescription), c(M.mplDescriptionHint), values["description"] ?? "", errors, c),
                Components.submit(c(M.mplRequestButton))))
    }
}
