import Foundation
import Identity
import KechuangCore
import Monitoring
import Plot

/// Every indicator's figures as charts with their tables: one section per indicator, the years as
/// bars and the latest year's breakdowns; the funded projects by district also as a grid map.
/// The Art. 49 comparison opens the page. Shared by the live dashboard and the release pages.
struct MonitoringFiguresView {
    let observations: [Observation]

    func fiscal(_ c: PageContext) -> Node<HTML.BodyContext> {
        let warnings = FiscalGrowthRule.article49.warnings(observations)
        return .section(.attribute(named: "aria-labelledby", value: "fiscal-title"),
            .h2(.id("fiscal-title"), .text(c(MonitoringMsg.monFiscalTitle))),
            .if(warnings.isEmpty, .p(.text(c(MonitoringMsg.monFiscalOK))), else: .group(
                .div(.class("warning-text"), .id("art49-warning"), .attribute(named: "role", value: "status"),
                     .strong(.text(c(MonitoringMsg.monFiscalWarning) + (c.language == .zh ? "：" : ": "))),
                     .text(c.text(FiscalGrowthRule.article49.message))),
                Components.scrollTable(label: c(MonitoringMsg.monFiscalTitle),
                    .thead(.tr(.th(.text(c(MonitoringMsg.monYear))), .th(.text(c(MonitoringMsg.monSpendingGrowth))),
                               .th(.text(c(MonitoringMsg.monRevenueGrowth))), .th(.text(c(MonitoringMsg.monArticle))))),
                    .tbody(.forEach(warnings) { w in
                        .tr(.td(.text("\(w.year)")), .td(.text(MonitoringCharts.number(w.spendingGrowth) + "%")),
                            .td(.text(MonitoringCharts.number(w.revenueGrowth) + "%")), .td(.text(w.rule.basis.text(in: c.language))))
                    })))))
    }

    func section(_ indicator: Indicator, _ c: PageContext) -> Node<HTML.BodyContext> {
        let years = observations.years(indicator.code)
        let points = years.compactMap { y in observations.total(indicator.code, y).map { (y, $0) } }
        let latest = years.last
        let anchor = "ind-" + indicator.code.lowercased()
        let name = c.text(indicator.name)
        return .section(.id(anchor), .attribute(named: "aria-labelledby", value: anchor + "-title"),
            .h3(.id(anchor + "-title"), .text("\(indicator.code) \(name)（\(c.text(indicator.unit.label))）".replacingOccurrences(of: "（", with: c.language == .zh ? "（" : " (")
                .replacingOccurrences(of: "）", with: c.language == .zh ? "）" : ")"))),
            .p(.class("hint"), .text(c.text(indicator.definition) + " · " + indicator.basis.text(in: c.language))),
            .if(points.isEmpty, .p(.text(c(MonitoringMsg.monNoFigures))), else: .group(
                MonitoringCharts.years(id: anchor + "-years", title: "\(name) · \(c(MonitoringMsg.monTimeSeries))", points: points),
                Components.scrollTable(label: "\(name) · \(c(MonitoringMsg.monTimeSeries))",
                    .thead(.tr(.th(.text(c(MonitoringMsg.monYear))), .th(.text(c(MonitoringMsg.monValue))))),
                    .tbody(.forEach(points) { p in .tr(.td(.text("\(p.0)")), .td(.text(MonitoringCharts.value(p.1, indicator.unit, c)))) })))),
            .unwrap(latest) { year in
                .forEach(indicator.breakdowns + (indicator.breakdowns.isEmpty && !observations.breakdown(indicator.code, year, by: .kind).isEmpty ? [.kind] : [])) { b in
                    breakdown(indicator, year, b, anchor, c)
                }
            })
    }

    func breakdown(_ indicator: Indicator, _ year: Int, _ b: Breakdown, _ anchor: String, _ c: PageContext) -> Node<HTML.BodyContext> {
        let rows = b == .month ? observations.breakdown(indicator.code, year, by: b).sorted { $0.key < $1.key } : observations.breakdown(indicator.code, year, by: b)
        let title = "\(c.text(indicator.name)) · \(year) · \(c(MonitoringMsg.monBreakdownOf))：\(c.text(b.label))"
            .replacingOccurrences(of: "：", with: c.language == .zh ? "：" : ": ")
        let unit = b == .kind && indicator.unit == .percent ? IndicatorUnit.yuan : indicator.unit
        guard !rows.isEmpty else { return .empty }
        return .group(
            .h4(.text(title)),
            .if(b == .district, MonitoringCharts.districtGrid(id: "\(anchor)-\(b.rawValue)-map", title: title,
                values: Dictionary(rows.compactMap { r in District(rawValue: r.key).map { ($0, r.value) } }, uniquingKeysWith: +), c),
                else: MonitoringCharts.bars(id: "\(anchor)-\(b.rawValue)", title: title, rows: rows.map { (c.text($0.label), $0.value) })),
            .if(b == .district, .p(.class("hint"), .text(c(MonitoringMsg.monMapNote)))),
            Components.scrollTable(label: title,
                .thead(.tr(.th(.text(c.text(b.label))), .th(.text(c(MonitoringMsg.monValue))))),
                .tbody(.forEach(rows) { r in .tr(.td(.text(c.text(r.label))), .td(.text(MonitoringCharts.value(r.value, unit, c)))) })))
    }

    func render(_ c: PageContext) -> Node<HTML.BodyContext> {
        .group(
            fiscal(c),
            .h2(.text(c(MonitoringMsg.monIndicatorsTitle))),
            .p(.class("hint"), .text(c(MonitoringMsg.monChartNote))),
            .ul(.class("links"), .forEach(IndicatorCatalogue.all) { i in .li(.a(.href("#ind-" + i.code.lowercased()), .text("\(i.code) \(c.text(i.name))"))) }),
            .forEach(IndicatorCatalogue.all) { section($0, c) })
    }
}
