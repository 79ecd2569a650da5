import Foundation
import KechuangCore
import Monitoring
import Plot

/// `/monitoring/indicators`: the indicator system as data (Art. 63), public.
struct MonitoringIndicatorsPage {
    func render(_ c: PageContext) -> String {
        let sep = c.language == .zh ? "、" : ", "
        return Layout(context: c, title: c(MonitoringMsg.monIndicatorsTitle), content: .div(
            .p(.a(.href(MonitoringIndicatorsURL.releases.path), .text(c(MonitoringMsg.monTitle)))),
            .h1(.text(c(MonitoringMsg.monIndicatorsTitle))),
            .p(.class("lead"), .text(c(MonitoringMsg.monIndicatorsIntro))),
            Components.scrollTable(label: c(MonitoringMsg.monIndicatorsTitle),
                .thead(.tr(.th(.text(c(MonitoringMsg.monCode))), .th(.text(c(MonitoringMsg.monName))), .th(.text(c(MonitoringMsg.monUnit))),
                           .th(.text(c(MonitoringMsg.monDefinition))), .th(.text(c(MonitoringMsg.monFormula))), .th(.text(c(MonitoringMsg.monSource))),
                           .th(.text(c(MonitoringMsg.monFrequency))), .th(.text(c(MonitoringMsg.monBreakdowns))), .th(.text(c(MonitoringMsg.monArticle))))),
                .tbody(.forEach(IndicatorCatalogue.all) { i in
                    .tr(.td(.text(i.code)), .td(.text(c.text(i.name))), .td(.text(c.text(i.unit.label))), .td(.text(c.text(i.definition))),
                        .td(.text(c.text(i.formula))),
                        .td(.text(c.text(i.source.label) + (i.reportedBy.map { "（\(c.text($0))）" } ?? "").replacingOccurrences(of: "（", with: c.language == .zh ? "（" : " (")
                            .replacingOccurrences(of: "）", with: c.language == .zh ? "）" : ")"))),
                        .td(.text(c.text(i.frequency))), .td(.text(i.breakdowns.map { c.text($0.label) }.joined(separator: sep))),
                        .td(.text(i.basis.text(in: c.language))))
                })),
            .h2(.text(c(MonitoringMsg.monFiscalTitle))),
            .p(.text(c.text(FiscalGrowthRule.article49.message))),
            .h2(.text(c(MonitoringMsg.monNotComputedTitle))),
            .ul(.forEach(IndicatorCatalogue.notComputed) { .li(.text(c.text($0))) }))).render()
    }
}
