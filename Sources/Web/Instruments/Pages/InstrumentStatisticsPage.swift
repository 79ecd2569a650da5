import Foundation
import Instruments
import KechuangCore
import Plot

/// `/instruments/statistics`: per-institution figures with an SVG chart and its data table, and the
/// yearly openness evaluation ranked (Art. 55).
struct InstrumentStatisticsPage {
    let year: Int
    let names: [UUID: String]
    let results: [EvaluationResult]
    /// One institution's instruments instead of the ranking (`?institution=`).
    var perInstrument: PerInstrument? = nil

    struct PerInstrument {
        let institution: UUID
        let rows: [(instrument: Instrument, figures: UsageFigures)]
    }

    func render(_ c: PageContext) -> String {
        if let perInstrument { return render(perInstrument, c) }
        let link = { (format: String) in SiteURL.Link(path: InstrumentsURL.statistics.path, query: ["year": String(year), "format": format]).string }
        let series = results.map { (label: names[$0.organisationID] ?? "", values: [$0.figures.effectiveHours, $0.figures.externalHours]) }
        return Layout(context: c, title: c(InstrumentsMsg.insStatsTitle), content: .div(
            .p(.a(.href(InstrumentsURL.search.path), .text(c(InstrumentsMsg.insSearchTitle)))),
            .h1(.text("\(c(InstrumentsMsg.insStatsTitle)) \(year)")),
            .p(.class("lead"), .text(c(InstrumentsMsg.insStatsIntro))),
            .form(.method(.get), .action(InstrumentsURL.statistics.path),
                Components.textField(.init(name: "year", label: c(InstrumentsMsg.insYear), value: String(year), width: "width-5"), errors: [], c),
                Components.submit(c(InstrumentsMsg.insShow), secondary: true)),
            .ul(.li(.a(.href(link("csv")), .text(c(InstrumentsMsg.insStatsCSV)))), .li(.a(.href(link("xlsx")), .text(c(InstrumentsMsg.insStatsXLSX))))),
            .h2(.text(c(InstrumentsMsg.insChartHours))),
            InstrumentText.barChart(title: c(InstrumentsMsg.insChartHours), series: series,
                                    legends: [c(InstrumentsMsg.insEffectiveHours), c(InstrumentsMsg.insExternalHours)]),
            Components.scrollTable(label: c(InstrumentsMsg.insChartData),
                .thead(.tr(.th(.text(c(InstrumentsMsg.insInstitution))), .th(.text(c(InstrumentsMsg.insInstruments))), .th(.text(c(InstrumentsMsg.insBookedHours))),
                           .th(.text(c(InstrumentsMsg.insEffectiveHours))), .th(.text(c(InstrumentsMsg.insExternalShare))), .th(.text(c(InstrumentsMsg.insExternalUsers))),
                           .th(.text(c(InstrumentsMsg.insIncome))), .th(.text(c(InstrumentsMsg.insIdleHours))))),
                .tbody(.forEach(results) { r in
                    .tr(.th(.attribute(named: "scope", value: "row"),
                            .a(.href(Self.link(year, institution: r.organisationID)), Components.zh(names[r.organisationID] ?? "", c))),
                        .td(.text(String(r.figures.publicInstruments))),
                        .td(.text(InstrumentText.hours(r.figures.bookedHours))), .td(.text(InstrumentText.hours(r.figures.effectiveHours))),
                        .td(.text(InstrumentText.percent(r.figures.externalShare))), .td(.text(String(r.figures.externalUsers))),
                        .td(.text(InstrumentText.yuan(r.figures.incomeFen))), .td(.text(InstrumentText.hours(r.figures.idleHours))))
                })
            ),
            .h2(.text("\(c(InstrumentsMsg.insEvaluationTitle)) \(year)")),
            .p(.text(c(InstrumentsMsg.insEvaluationIntro))),
            Components.scrollTable(label: c(InstrumentsMsg.insEvaluationTitle),
                .thead(.tr(.th(.text(c(InstrumentsMsg.insRank))), .th(.text(c(InstrumentsMsg.insInstitution))), .th(.text(c(InstrumentsMsg.insScore))),
                           .th(.text(c(InstrumentsMsg.insCriterion))))),
                .tbody(.forEach(results) { r in
                    .tr(.td(.text(String(r.rank))), .th(.attribute(named: "scope", value: "row"), Components.zh(names[r.organisationID] ?? "", c)),
                        .td(.text(String(format: "%.1f", r.score))),
                        .td(.ul(.forEach(r.lines) { l in
                            .li(.text("\(c.text(l.criterion.label))\(InstrumentText.colon(c))\(Self.value(l.criterion.measure, l.value))"
                                      + Components.parenthesised("\(c(InstrumentsMsg.insMinimumValue)) \(Self.value(l.criterion.measure, l.criterion.minimum))", c)),
                                .strong(.text(" \(c(l.met ? InstrumentsMsg.insMet : .insNotMet)) \(String(format: "%.1f", l.points))")))
                        })))
                })
            )
        )).render()
    }

    static func link(_ year: Int, institution: UUID, format: String? = nil) -> String {
        var query = ["year": String(year), "institution": InstrumentsURL.id(institution)]
        if let format { query["format"] = format }
        return SiteURL.Link(path: InstrumentsURL.statistics.path, query: query).string
    }

    /// Per instrument of one institution: chart, its data table, downloads.
    func render(_ p: PerInstrument, _ c: PageContext) -> String {
        let name = names[p.institution] ?? ""
        let title = "\(c(InstrumentsMsg.insByInstrument))\(InstrumentText.colon(c))\(name) \(year)"
        let series = p.rows.map { (label: $0.instrument.name(in: c.language), values: [$0.figures.effectiveHours, $0.figures.externalHours]) }
        return Layout(context: c, title: title, content: .div(
            .p(.a(.href(SiteURL.Link(path: InstrumentsURL.statistics.path, query: ["year": String(year)]).string), .text(c(InstrumentsMsg.insAllInstitutions)))),
            .h1(.text("\(c(InstrumentsMsg.insByInstrument))\(InstrumentText.colon(c))"), Components.zh(name, c), .text(" \(year)")),
            .ul(.li(.a(.href(Self.link(year, institution: p.institution, format: "csv")), .text(c(InstrumentsMsg.insStatsCSV)))),
                .li(.a(.href(Self.link(year, institution: p.institution, format: "xlsx")), .text(c(InstrumentsMsg.insStatsXLSX))))),
            .h2(.text(c(InstrumentsMsg.insChartHoursByInstrument))),
            InstrumentText.barChart(title: c(InstrumentsMsg.insChartHoursByInstrument), series: series,
                                    legends: [c(InstrumentsMsg.insEffectiveHours), c(InstrumentsMsg.insExternalHours)]),
            Components.scrollTable(label: c(InstrumentsMsg.insChartData),
                .thead(.tr(.th(.text(c(InstrumentsMsg.insInstrument))), .th(.text(c(InstrumentsMsg.insBookedHours))), .th(.text(c(InstrumentsMsg.insEffectiveHours))),
                           .th(.text(c(InstrumentsMsg.insExternalShare))), .th(.text(c(InstrumentsMsg.insExternalUsers))), .th(.text(c(InstrumentsMsg.insIncome))),
                           .th(.text(c(InstrumentsMsg.insIdleHours))))),
                .tbody(.forEach(p.rows) { row in
                    .tr(.th(.attribute(named: "scope", value: "row"),
                            .a(.href(InstrumentsURL.instrument(row.instrument.id.rawValue).path), Components.zh(row.instrument.name(in: c.language), c))),
                        .td(.text(InstrumentText.hours(row.figures.bookedHours))), .td(.text(InstrumentText.hours(row.figures.effectiveHours))),
                        .td(.text(InstrumentText.percent(row.figures.externalShare))), .td(.text(String(row.figures.externalUsers))),
                        .td(.text(InstrumentText.yuan(row.figures.incomeFen))), .td(.text(InstrumentText.hours(row.figures.idleHours))))
                })
            )
        )).render()
    }

    static func value(_ m: OpennessEvaluation.Criterion.Measure, _ v: Double) -> String {
        switch m {
        case .externalShare, .publishedShare: InstrumentText.percent(v)
        case .effectiveHoursPerInstrument: InstrumentText.hours(v)
        case .meanRating: String(format: "%.1f", v)
        }
    }
}
