import Foundation
import Identity
import Instruments
import KechuangCore
import Plot

/// `/instruments`: search and filter the published registry (Art. 55).
struct InstrumentSearchPage {
    struct Row {
        let instrument: Instrument
        let institution: String
    }
    let query: [String: String]
    let rows: [Row]
    let institutions: [(String, String)]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        func v(_ k: String) -> String { query[k] ?? "" }
        let categories = InstrumentCategories.all.map { ($0.code, c.text($0.name)) }
        let districts = District.allCases.map { ($0.rawValue, c.text($0.label)) }
        return Layout(context: c, title: c(InstrumentsMsg.insSearchTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(InstrumentsMsg.insSearchTitle))),
            .p(.class("lead"), .text(c(InstrumentsMsg.insSearchIntro))),
            .ul(
                .if(c.can(.bookInstruments), .li(.a(.href(InstrumentsURL.mine.path), .text(c(InstrumentsMsg.insMyBookingsLink))))),
                .if(c.person != nil, .li(.a(.href(InstrumentsURL.manage.path), .text(c(InstrumentsMsg.insManageLink))))),
                .if(c.can(.manageInstruments), .li(.a(.href(InstrumentsURL.register.path), .text(c(InstrumentsMsg.insRegisterLink))))),
                .li(.a(.href(InstrumentsURL.statistics.path), .text(c(InstrumentsMsg.insStatisticsLink))))
            ),
            .form(.method(.get), .action(InstrumentsURL.search.path), .attribute(named: "role", value: "search"),
                searchField(c, value: v("q")),
                Components.selectField(name: "category", label: c(InstrumentsMsg.insCategory), options: categories, selected: v("category"), errors: errors, c),
                Components.selectField(name: "district", label: c(InstrumentsMsg.insDistrict), options: districts, selected: v("district"), errors: errors, c),
                Components.selectField(name: "institution", label: c(InstrumentsMsg.insInstitution), options: institutions, selected: v("institution"), errors: errors, c),
                Components.textField(.init(name: "fee_min", label: c(InstrumentsMsg.insFeeMin), hint: c(InstrumentsMsg.insFeeHint), value: v("fee_min"), width: "width-10"),
                                     errors: errors, c),
                Components.textField(.init(name: "fee_max", label: c(InstrumentsMsg.insFeeMax), value: v("fee_max"), width: "width-10"), errors: errors, c),
                Components.checkbox(name: "available", value: InstrumentForm.yes, label: c(InstrumentsMsg.insAvailable7), checked: v("available") == InstrumentForm.yes),
                Components.submit(c(InstrumentsMsg.insSearchButton))
            ),
            .h2(.text(c(InstrumentsMsg.insResults) + Components.parenthesised(String(rows.count), c))),
            .if(rows.isEmpty, .p(.text(c(InstrumentsMsg.insNoResults))), else: Components.scrollTable(label: c(InstrumentsMsg.insResults),
                .thead(.tr(.th(.text(c(InstrumentsMsg.insNameZh))), .th(.text(c(InstrumentsMsg.insCategory))), .th(.text(c(InstrumentsMsg.insInstitution))),
                           .th(.text(c(InstrumentsMsg.insDistrict))), .th(.text(c(InstrumentsMsg.insExternalRate))), .th(.text(c(InstrumentsMsg.insStatus))))),
                .tbody(.forEach(rows) { r in
                    .tr(.td(.a(.href(InstrumentsURL.instrument(r.instrument.id.rawValue).path), Components.zh(r.instrument.name(in: c.language), c))),
                        .td(.text(InstrumentText.category(r.instrument, c))), .td(Components.zh(r.institution, c)),
                        .td(.text(c.text(r.instrument.district.label))),
                        .td(.text(r.instrument.service?.fees.map { InstrumentText.rate($0.externalRateFen, $0.unit, c) } ?? "—")),
                        .td(.text(c.text(r.instrument.status.label))))
                })
            ))
        )).render()
    }

    /// The search box: its hint gives Chinese examples, marked `lang="zh-CN"` on the English page.
    func searchField<C: HTML.BodyContext>(_ c: PageContext, value: String) -> Node<C> {
        let id = Components.fieldID("q")
        let hint: Node<HTML.BodyContext> = c.language == .zh
            ? .text(c(InstrumentsMsg.insSearchHint))
            : .group(.text("For example: "), Components.zh("电镜", c), .text(", "), Components.zh("质谱", c), .text(", or microscope"))
        return .div(.class("field"),
            .label(.for(id), .text(c(InstrumentsMsg.insSearchLabel))),
            .p(.class("hint"), .id(id + "-hint"), hint),
            .input(.id(id), .name("q"), .type(.search), .value(value), .class("input"), .attribute(named: "aria-describedby", value: id + "-hint")))
    }
}
