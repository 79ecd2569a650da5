import Foundation
import Identity
import KechuangCore
import Market
import Plot

/// How platforms read on every page.
enum PlatformText {
    typealias M = MarketMsg

    static func kindOptions(_ c: PageContext) -> [(String, String)] { PlatformKind.allCases.map { ($0.rawValue, c.text($0.label)) } }
    static func list(_ items: [LocalizedText], _ c: PageContext) -> String { items.map { c.text($0) }.joined(separator: c.language == .zh ? "、" : ", ") }

    /// Checkboxes in a fieldset whose id the error summary links to.
    static func checkboxes<T: RawRepresentable>(_ name: String, legend: String, error: String, _ all: [T], label: (T) -> String,
                                                values: [String: String], errors: [FieldError], prefix: String) -> Node<HTML.FormContext> where T.RawValue == String {
        .fieldset(.id("field-\(name)"), .element(named: "legend", nodes: [.text(legend)]),
                  .if(errors.contains { $0.field == name }, .p(.class("error-message"), .text(error))),
                  .forEach(all) { v in Components.checkbox(name: "\(prefix)_\(v.rawValue)", value: "yes", label: label(v), checked: values["\(prefix)_\(v.rawValue)"] == "yes") })
    }

    static func links(_ c: PageContext) -> Node<HTML.BodyContext> {
        .ul(.class("links"),
            .li(.a(.href(PlatformURL.home.path), .text(c(M.mplTitle)))),
            .if(c.person != nil, .li(.a(.href(PlatformURL.requests.path), .text(c(M.mplRequestsTitle))))),
            .li(.a(.href(TradeURL.home.path), .text(c(MarketTradeMsg.mtrSuppliesTitle)))))
    }
}

/// `/market/platforms`: the public registry with its search; for members of an organisation, the
/// form that registers a platform (Art. 32).
struct PlatformsPage {
    typealias M = MarketMsg
    let query: [String: String]
    let platforms: [TransferPlatform]
    let names: [UUID: String]
    let listFor: [(String, String)]
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(M.mplTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(M.mplTitle))),
            .p(.class("lead"), .text(c(M.mplIntro))),
            PlatformText.links(c),
            .form(.method(.get), .action(PlatformURL.home.path), .attribute(named: "role", value: "search"),
                Components.textField(.init(name: "q", label: c(M.mplSearchLabel), hint: c(M.mplSearchHint), value: query["q"] ?? "", type: .search), errors: [], c),
                Components.selectField(name: "kind", label: c(M.mplKind), options: [("", c(M.mplAnyKind))] + PlatformText.kindOptions(c), selected: query["kind"], errors: [], c),
                Components.selectField(name: "field", label: c(M.mplFields), options: [("", c(M.mplAnyKind))] + TradeText.fieldOptions(c), selected: query["field"], errors: [], c),
                Components.submit(c(M.mplSearchButton))),
            .h2(.text(c(M.mplResults) + Components.parenthesised(String(platforms.count), c))),
            .if(platforms.isEmpty, .p(.text(c(M.mplNone))), else: Components.scrollTable(label: c(M.mplResults),
                .thead(.tr(.th(.text(c(M.mplName))), .th(.text(c(M.mplKind))), .th(.text(c(M.mplOrganisation))), .th(.text(c(M.mplServices))),
                           .th(.text(c(M.mplFields))), .th(.text(c(M.mplDistrict))))),
                .tbody(.forEach(platforms) { p in
                    .tr(.td(.a(.href(PlatformURL.platform(p.id.rawValue).path), Components.zh(p.name, c))), .td(.text(c.text(p.kind.label))),
                        .td(Components.zh(names[p.organisationID] ?? "", c)), .td(.text(PlatformText.list(p.services.map(\.label), c))),
                        .td(.text(PlatformText.list(p.fields.map(\.label), c))), .td(.text(c.text(p.district.label))))
                }))),
            .if(!listFor.isEmpty, registerForm(c))
        )).render()
    }

    func registerForm(_ c: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text(c(M.mplRegisterTitle))),
            Components.form(action: PlatformURL.home.path, c,
                Components.selectField(name: "kind", label: c(M.mplKind), options: PlatformText.kindOptions(c), selected: values["kind"], errors: errors, c),
                Components.selectField(name: "organisation_id", label: c(M.mplOrganisation), options: listFor, selected: values["organisation_id"], errors: errors, c),
                Components.textField(.init(name: "name", label: c(M.mplName), value: values["name"] ?? ""), errors: errors, c),
                Components.textArea("summary", c(M.mplSummary), c(M.mplSummaryHint), values["summary"] ?? "", errors, c),
                PlatformText.checkboxes("fields", legend: c(M.mplFields), error: c(M.mplFieldsError), TechField.allCases, label: { c.text($0.label) },
                                        values: values, errors: errors, prefix: "field"),
                PlatformText.checkboxes("services", legend: c(M.mplServices), error: c(M.mplServicesError), PlatformService.allCases, label: { c.text($0.label) },
                                        values: values, errors: errors, prefix: "service"),
                Components.textArea("capacity", c(M.mplCapacity), c(M.mplCapacityHint), values["capacity"] ?? "", errors, c),
                Components.textField(.init(name: "fees", label: c(M.mplFees), hint: c(M.mplFeesHint), value: values["fees"] ?? ""), errors: errors, c),
                Components.selectField(name: "district", label: c(M.mplDistrict), options: TradeText.districtOptions(c), selected: values["district"], errors: errors, c),
                Components.textField(.init(name: "contact", label: c(M.mplContact), value: values["contact"] ?? ""), errors: errors, c),
                Components.submit(c(M.mplRegisterButton))))
    }
}
