import Foundation
import Identity
import KechuangCore
import Monitoring
import Plot

enum MonitoringText {
    static func links(_ c: PageContext) -> Node<HTML.BodyContext> {
        .ul(.class("links"),
            .if(c.can(.viewMonitoring), .li(.a(.href(MonitoringIndicatorsURL.live.path), .text(c(MonitoringMsg.monLinkLive))))),
            .li(.a(.href(MonitoringIndicatorsURL.releases.path), .text(c(MonitoringMsg.monLinkReleases)))),
            .li(.a(.href(MonitoringIndicatorsURL.indicators.path), .text(c(MonitoringMsg.monLinkIndicators)))),
            .li(.a(.href(MonitoringIndicatorsURL.zones.path), .text(c(MonitoringMsg.monLinkZones)))),
            .li(.a(.href(InternationalURL.registry.path), .text(c(InternationalMsg.icTitle)))),
            .if(c.can(.reportMonitoringData), .li(.a(.href(MonitoringIndicatorsURL.report.path), .text(c(MonitoringMsg.monLinkReport))))))
    }

    static func time(_ d: Date) -> String { BeijingTime.format(d) }
}

/// `/monitoring`: the live figures for officers, and the publication form.
struct MonitoringLivePage {
    let observations: [Observation]
    let releases: [Release]
    let currentYear: Int
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let years = (max(2000, currentYear - 5)...currentYear).reversed().map { ("\($0)", "\($0)") }
        return Layout(context: c, title: c(MonitoringMsg.monLiveTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(MonitoringMsg.monLiveTitle))),
            .p(.class("lead"), .text(c(MonitoringMsg.monLiveIntro))),
            MonitoringText.links(c),
            .if(c.can(.publishMonitoringReleases), .group(
                .h2(.text(c(MonitoringMsg.monPublishTitle))),
                Components.form(action: MonitoringIndicatorsURL.releases.path, c,
                    Components.selectField(name: "year", label: c(MonitoringMsg.monYear), hint: c(MonitoringMsg.monPublishHint), options: years,
                                           selected: values["year"] ?? "\(currentYear - 1)", errors: errors, c),
                    Components.submit(c(MonitoringMsg.monPublishButton))))),
            MonitoringFiguresView(observations: observations).render(c))).render()
    }
}

/// `/monitoring/releases`: every published release, newest first.
struct MonitoringReleasesPage {
    let releases: [Release]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(MonitoringMsg.monReleasesTitle), content: .div(
            .h1(.text(c(MonitoringMsg.monPublicTitle))),
            .p(.class("lead"), .text(c(MonitoringMsg.monIntro))),
            .p(.text(c(MonitoringMsg.monReleasesIntro) + " " + c(MonitoringMsg.monPublicIntro))),
            MonitoringText.links(c),
            .h2(.text(c(MonitoringMsg.monReleasesTitle))),
            .if(releases.isEmpty, .p(.text(c(MonitoringMsg.monNoReleases))), else: Components.scrollTable(label: c(MonitoringMsg.monReleasesTitle),
                .thead(.tr(.th(.text(c(MonitoringMsg.monYear))), .th(.text(c(MonitoringMsg.monEdition))), .th(.text(c(MonitoringMsg.monPublishedAt))),
                           .th(.text(c(MonitoringMsg.monFigures))), .th(.text(c(MonitoringMsg.monDownloads))))),
                .tbody(.forEach(releases) { r in
                    .tr(.td(.a(.href(MonitoringIndicatorsURL.release(r.id.rawValue).path), .text("\(r.year)"))), .td(.text("\(r.edition)")),
                        .td(.text(MonitoringText.time(r.publishedAt))), .td(.text("\(r.observations.count)")),
                        .td(.a(.href(MonitoringIndicatorsURL.releaseCSV(r.id.rawValue).path), .text("CSV")), .text(" · "),
                            .a(.href(MonitoringIndicatorsURL.releaseJSON(r.id.rawValue).path), .text("JSON"))))
                }))),
            .p(.a(.href(MonitoringIndicatorsURL.dictionary.path), .text(c(MonitoringMsg.monDownloadDictionary)))))).render()
    }
}

/// `/monitoring/releases/{id}`: one release's charts and tables, with its downloads.
struct MonitoringReleasePage {
    let release: Release

    func render(_ c: PageContext) -> String {
        let title = "\(c(MonitoringMsg.monReleaseTitle)) \(release.year)" + (c.language == .zh ? "（第 \(release.edition) 版）" : " (edition \(release.edition))")
        return Layout(context: c, title: title, content: .div(
            .p(.a(.href(MonitoringIndicatorsURL.releases.path), .text(c(MonitoringMsg.monReleasesTitle)))),
            .h1(.text(title)),
            .p(.text("\(c(MonitoringMsg.monPublishedAt))\(c.language == .zh ? "：" : ": ")\(MonitoringText.time(release.publishedAt))")),
            .h2(.text(c(MonitoringMsg.monDownloads))),
            .ul(.li(.a(.href(MonitoringIndicatorsURL.releaseCSV(release.id.rawValue).path), .text(c(MonitoringMsg.monDownloadCSV)))),
                .li(.a(.href(MonitoringIndicatorsURL.releaseJSON(release.id.rawValue).path), .text(c(MonitoringMsg.monDownloadJSON)))),
                .li(.a(.href(MonitoringIndicatorsURL.dictionary.path), .text(c(MonitoringMsg.monDownloadDictionary)))),
                .li(.a(.id("release-dataset"), .href(CatalogueURL.dataset(ReleaseCatalogue.slug(year: release.year)).path), .text(c(MonitoringMsg.monCatalogueLink)))),
                .li(.a(.href(CatalogueURL.dataset(ReleaseCatalogue.dictionarySlug).path), .text(c(MonitoringMsg.monCatalogueDictionaryLink))))),
            .p(.class("hint"), .text("\(c(MonitoringMsg.monDigest))\(c.language == .zh ? "：" : ": ")"), .code(.text(release.sm3))),
            MonitoringFiguresView(observations: release.observations).render(c))).render()
    }
}

/// `/monitoring/report`: a department's reporting form for one year, and the revisions so far.
struct MonitoringReportPage {
    let year: Int
    let current: [ReportedValue]
    let history: [ReportedValue]
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(MonitoringMsg.monReportTitle), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(MonitoringIndicatorsURL.releases.path), .text(c(MonitoringMsg.monTitle)))),
            .h1(.text(c(MonitoringMsg.monReportTitle))),
            .p(.class("lead"), .text(c(MonitoringMsg.monReportIntro))),
            Components.form(action: MonitoringIndicatorsURL.report.path, c,
                Components.textField(.init(name: "year", label: c(MonitoringMsg.monYear), value: values["year"] ?? "\(year)", width: "width-4"), errors: errors, c),
                .forEach(IndicatorCatalogue.reported) { i in
                    let previous = current.first { $0.indicator == i.code && $0.year == year - 1 }
                    let now = current.first { $0.indicator == i.code && $0.year == year }
                    let hint = "\(c(MonitoringMsg.monUnit))\(c.language == .zh ? "：" : ": ")\(c.text(i.unit.label)) · "
                        + (previous.map { "\(c(MonitoringMsg.monPrevious)) \(MonitoringCharts.number($0.value))" } ?? c(MonitoringMsg.monNoPrevious))
                        + (i.reportedBy.map { " · " + c.text($0) } ?? "")
                    return .fieldset(.class("field"),
                        .element(named: "legend", nodes: [.text("\(i.code) \(c.text(i.name))")]),
                        Components.textField(.init(name: ReportLine.valueField(i.code), label: c(MonitoringMsg.monValue), hint: hint,
                                                   value: values[ReportLine.valueField(i.code)] ?? now.map { MonitoringCharts.number($0.value).replacingOccurrences(of: ",", with: "") } ?? "",
                                                   width: "width-10"), errors: errors, c),
                        Components.textField(.init(name: ReportLine.noteField(i.code), label: c(MonitoringMsg.monNote),
                                                   value: values[ReportLine.noteField(i.code)] ?? now?.note ?? ""), errors: errors, c))
                },
                Components.submit(c(MonitoringMsg.monReportButton))),
            .h2(.text(c(MonitoringMsg.monHistoryTitle))),
            .if(history.isEmpty, .p(.text(c(MonitoringMsg.monNoHistory))), else: Components.scrollTable(label: c(MonitoringMsg.monHistoryTitle),
                .thead(.tr(.th(.text(c(MonitoringMsg.monName))), .th(.text(c(MonitoringMsg.monYear))), .th(.text(c(MonitoringMsg.monRevision))),
                           .th(.text(c(MonitoringMsg.monValue))), .th(.text(c(MonitoringMsg.monNote))), .th(.text(c(MonitoringMsg.monEnteredAt))))),
                .tbody(.forEach(history.prefix(200)) { v in
                    .tr(.td(.text(v.indicator + " " + (IndicatorCatalogue.indicator(v.indicator).map { c.text($0.name) } ?? ""))), .td(.text("\(v.year)")),
                        .td(.text("\(v.revision)")), .td(.text(MonitoringCharts.number(v.value))), .td(Components.zh(v.note, c)),
                        .td(.text(MonitoringText.time(v.enteredAt))))
                }))))).render()
    }
}
