import Foundation
import Identity
import KechuangCore
import Market
import Plot

/// `/market/trade`: the open supplies and their search; for members of an organisation, the form
/// that lists a technology (Art. 36). `/market/trade/demands`: the same for needs.
struct ListingsPage {
    typealias M = MarketTradeMsg
    enum Side { case supplies, demands }
    let side: Side
    let query: [String: String]
    let supplies: [TechSupply]
    let demands: [TechDemand]
    let names: [UUID: String]
    /// Organisations the person may list for.
    let listFor: [(String, String)]
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let title = c(side == .supplies ? M.mtrSuppliesTitle : M.mtrDemandsTitle)
        let action = side == .supplies ? TradeURL.home.path : TradeURL.demands.path
        return Layout(context: c, title: title, content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(title)),
            .p(.class("lead"), .text(c(side == .supplies ? M.mtrSuppliesIntro : M.mtrDemandsIntro))),
            TradeText.links(c),
            .form(.method(.get), .action(action), .attribute(named: "role", value: "search"),
                Components.textField(.init(name: "q", label: c(M.mtrSearchLabel), hint: c(M.mtrSearchHint), value: query["q"] ?? "", type: .search), errors: [], c),
                Components.selectField(name: "field", id: "field-search-field", label: c(M.mtrField), options: TradeText.fieldOptions(c), selected: query["field"], errors: [], c),
                Components.submit(c(M.mtrSearchButton))),
            .h2(.text(c(M.mtrResults) + Components.parenthesised(String(side == .supplies ? supplies.count : demands.count), c))),
            side == .supplies ? suppliesTable(c) : demandsTable(c),
            .if(!listFor.isEmpty, side == .supplies ? offerForm(c) : postForm(c))
        )).render()
    }

    func suppliesTable(_ c: PageContext) -> Node<HTML.BodyContext> {
        .if(supplies.isEmpty, .p(.text(c(M.mtrNone))), else: Components.scrollTable(label: c(M.mtrResults),
            .thead(.tr(.th(.text(c(M.mtrTitle))), .th(.text(c(M.mtrOrganisation))), .th(.text(c(M.mtrField))), .th(.text("TRL")), .th(.text(c(M.mtrModes))))),
            .tbody(.forEach(supplies) { s in
                .tr(.td(.a(.href(TradeURL.supply(s.id.rawValue).path), Components.zh(s.title, c))), .td(Components.zh(names[s.organisationID] ?? "", c)),
                    .td(.text(c.text(s.field.label))), .td(.text(String(s.trl))),
                    .td(.text(s.modes.map { c.text($0.label) }.joined(separator: c.language == .zh ? "、" : ", "))))
            })))
    }

    func demandsTable(_ c: PageContext) -> Node<HTML.BodyContext> {
        .if(demands.isEmpty, .p(.text(c(M.mtrNone))), else: Components.scrollTable(label: c(M.mtrResults),
            .thead(.tr(.th(.text(c(M.mtrTitle))), .th(.text(c(M.mtrOrganisation))), .th(.text(c(M.mtrField))), .th(.text(c(M.mtrBudget))), .th(.text(c(M.mtrDeadline))))),
            .tbody(.forEach(demands) { d in
                .tr(.td(.a(.href(TradeURL.demand(d.id.rawValue).path), Components.zh(d.title, c))), .td(Components.zh(names[d.organisationID] ?? "", c)),
                    .td(.text(c.text(d.field.label))), .td(.text(TradeText.money(d.budget, c))), .td(.text(d.deadline?.description ?? "—")))
            })))
    }

    func offerForm(_ c: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text(c(M.mtrOfferTitle))),
            Components.form(action: TradeURL.home.path, c,
                Components.selectField(name: "organisation_id", label: c(M.mtrOrganisation), options: listFor, selected: values["organisation_id"], errors: errors, c),
                Components.textField(.init(name: "title", label: c(M.mtrTitle), value: values["title"] ?? ""), errors: errors, c),
                Components.textArea("summary", c(M.mtrSummary), c(M.mtrSummaryHint), values["summary"] ?? "", errors, c),
                Components.selectField(name: "field", label: c(M.mtrField), options: TradeText.fieldOptions(c), selected: values["field"], errors: errors, c),
                Components.selectField(name: "trl", label: c(M.mtrTRL), hint: c(M.mtrTRLHint), options: TradeText.trlOptions(), selected: values["trl"], errors: errors, c),
                Components.textArea("patents", c(M.mtrPatents), c(M.mtrPatentsHint), values["patents"] ?? "", errors, c),
                .fieldset(.id("field-modes"), .element(named: "legend", nodes: [.text(c(M.mtrModes))]),
                          .if(errors.contains { $0.field == "modes" }, .p(.class("error-message"), .text(c(M.mtrModesError)))),
                          .forEach(TransferMode.allCases) { m in Components.checkbox(name: "mode_\(m.rawValue)", value: "yes", label: c.text(m.label),
                                                                                    checked: values["mode_\(m.rawValue)"] == "yes") }),
                Components.textField(.init(name: "price_guidance", label: c(M.mtrPrice), value: values["price_guidance"] ?? ""), errors: errors, c),
                .input(.type(.hidden), .name("result_id"), .value(values["result_id"] ?? "")),
                .input(.type(.hidden), .name("result_project_id"), .value(values["result_project_id"] ?? "")),
                Components.submit(c(M.mtrOfferButton))))
    }

    func postForm(_ c: PageContext) -> Node<HTML.BodyContext> {
        .group(
            .h2(.text(c(M.mtrPostTitle))),
            Components.form(action: TradeURL.demands.path, c,
                Components.selectField(name: "organisation_id", label: c(M.mtrOrganisation), options: listFor, selected: values["organisation_id"], errors: errors, c),
                Components.textField(.init(name: "title", label: c(M.mtrTitle), value: values["title"] ?? ""), errors: errors, c),
                Components.textArea("problem", c(M.mtrProblem), c(M.mtrProblemHint), values["problem"] ?? "", errors, c),
                Components.selectField(name: "field", label: c(M.mtrField), options: TradeText.fieldOptions(c), selected: values["field"], errors: errors, c),
                Components.textField(.init(name: "budget", label: c(M.mtrBudget), hint: c(M.mtrYuanHint), value: values["budget"] ?? "", width: "width-10"), errors: errors, c),
                Components.textField(.init(name: "deadline", label: c(M.mtrDeadline), hint: c(M.mtrDayHint), value: values["deadline"] ?? "", width: "width-10"), errors: errors, c),
                Components.selectField(name: "minimum_trl", label: c(M.mtrMinimumTRL), options: TradeText.trlOptions(), selected: values["minimum_trl"], errors: errors, c),
                Components.submit(c(M.mtrPostButton))))
    }
}

/// `/market/trade/supplies/:id` and `/market/trade/demands/:id`: one listing with its ranked
/// matches on the other side, each with its reason; for a demand also the ranked experts.
struct ListingPage {
    typealias M = MarketTradeMsg
    let supply: TechSupply?
    let demand: TechDemand?
    let organisation: String
    let matches: [(match: TradeMatch, title: String, organisation: String)]
    let experts: [ExpertMatch]
    /// Organisations (or own demands) the person may ask from, for the inquiry form.
    let askAs: [(String, String)]
    let mayWithdraw: Bool
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let title = supply?.title ?? demand?.title ?? ""
        return Layout(context: c, title: title, content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(supply != nil ? TradeURL.home.path : TradeURL.demands.path), .text(c(supply != nil ? M.mtrSuppliesTitle : M.mtrDemandsTitle)))),
            .h1(Components.zh(title, c)),
            .dl(
                .dt(.text(c(M.mtrOrganisation))), .dd(Components.zh(organisation, c)),
                .dt(.text(c(M.mtrField))), .dd(.text(c.text((supply?.field ?? demand?.field ?? .other).label))),
                .unwrap(supply) { s in .group(
                    .dt(.text(c(M.mtrTRL))), .dd(.text("TRL \(s.trl)")),
                    .dt(.text(c(M.mtrPatents))), .dd(.text(s.patents.isEmpty ? "—" : s.patents.joined(separator: ", "))),
                    .dt(.text(c(M.mtrModes))), .dd(.text(s.modes.map { c.text($0.label) }.joined(separator: c.language == .zh ? "、" : ", "))),
                    .dt(.text(c(M.mtrPrice))), .dd(Components.zh(s.priceGuidance.isEmpty ? "—" : s.priceGuidance, c))) },
                .unwrap(demand) { d in .group(
                    .dt(.text(c(M.mtrBudget))), .dd(.text(TradeText.money(d.budget, c))),
                    .dt(.text(c(M.mtrDeadline))), .dd(.text(d.deadline?.description ?? "—")),
                    .dt(.text(c(M.mtrMinimumTRL))), .dd(.text(d.minimumTRL.map { "TRL \($0)" } ?? "—"))) }),
            .h2(.text(c(supply != nil ? M.mtrSummary : M.mtrProblem))),
            .p(Components.zh(supply?.summary ?? demand?.problem ?? "", c)),
            .h2(.text(c(supply != nil ? M.mtrMatchedDemands : M.mtrMatchedSupplies))),
            .p(.class("hint"), .text(c(M.mtrMatchHint))),
            .if(matches.isEmpty, .p(.text(c(M.mtrNone))), else: Components.scrollTable(label: c(M.mtrMatchesLabel),
                .thead(.tr(.th(.text(c(M.mtrTitle))), .th(.text(c(M.mtrOrganisation))), .th(.text(c(M.mtrScore))), .th(.text(c(M.mtrReason))))),
                .tbody(.forEach(matches) { m in
                    .tr(.td(.a(.href(supply != nil ? TradeURL.demand(m.match.demandID.rawValue).path : TradeURL.supply(m.match.supplyID.rawValue).path),
                               Components.zh(m.title, c))),
                        .td(Components.zh(m.organisation, c)), .td(.text(String(format: "%.2f", m.match.score))), .td(TradeText.reason(m.match.reason, c)))
                }))),
            .if(demand != nil && !experts.isEmpty, .group(
                .h2(.text(c(M.mtrExperts))),
                .p(.class("hint"), .text(c(M.mtrExpertsHint))),
                .ol(.forEach(experts) { e in .li(Components.zh(e.name, c), .text(" — \(c(M.mtrAffinity)) \(e.affinity)")) }))),
            .unwrap(supply) { s in
                .if(!askAs.isEmpty && s.status == .open, .group(
                    .h2(.text(c(M.mtrAskTitle))),
                    Components.form(action: TradeURL.supplyInquiries(s.id.rawValue).path, c,
                        Components.selectField(name: "from", label: c(M.mtrAskAs), options: askAs, selected: nil, errors: errors, c),
                        Components.textArea("body", c(M.mtrMessage), nil, "", errors, c),
                        Components.submit(c(M.mtrAskButton)))))
            },
            .if(mayWithdraw, Components.form(action: supply.map { TradeURL.withdrawSupply($0.id.rawValue).path } ?? demand.map { TradeURL.withdrawDemand($0.id.rawValue).path } ?? "",
                                             c, Components.submit(c(M.mtrWithdrawButton), secondary: true)))
        )).render()
    }
}
