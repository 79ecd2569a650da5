import Foundation
import KechuangCore
import Plot
import Portal

/// `/funded/exports`: one CSV and one JSON Lines file per award year (Art. 56, 57).
struct ProjectExportPage {
    /// Award year and how many projects it has, newest first.
    let years: [(Int, Int)]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(PortalMsg.exTitle), content: .div(
            .h1(.text(c(PortalMsg.exTitle))),
            .p(.class("lead"), .text(c(PortalMsg.exIntro))),
            .p(.a(.href(PortalURL.dataDictionary.path), .text(c(PortalMsg.exDictionaryLink)))),
            .if(years.isEmpty, .p(.text(c(PortalMsg.exNone))), else: Components.scrollTable(label: c(PortalMsg.exTitle),
                .thead(.tr(.th(.text(c(PortalMsg.exYear))), .th(.text(c(PortalMsg.exCount))), .th(.text(c(PortalMsg.exCSV))), .th(.text(c(PortalMsg.exJSONL))))),
                .tbody(.forEach(years) { year, count in
                    .tr(.td(.text(String(year))), .td(.text(String(count))),
                        .td(.a(.href(PortalURL.export(year, .csv).path), .text("\(year).csv"))),
                        .td(.a(.href(PortalURL.export(year, .jsonl).path), .text("\(year).jsonl"))))
                })
            )),
            .p(.a(.href(PortalURL.feed.path), .attribute(named: "type", value: "application/atom+xml"), .text(c(PortalMsg.exFeed)))),
            .p(.a(.href(PortalURL.projects.path), .text(c(PortalMsg.hpAllProjects))))
        )).render()
    }
}

/// `/funded/exports/data-dictionary`: every field of the exports, its type and meaning.
struct ProjectExportDictionaryPage {
    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(PortalMsg.exDictionaryTitle), content: .div(
            .h1(.text(c(PortalMsg.exDictionaryTitle))),
            .p(.class("lead"), .text(c(PortalMsg.exDictionaryIntro))),
            Components.scrollTable(label: c(PortalMsg.exDictionaryTitle),
                .thead(.tr(.th(.text(c(PortalMsg.exField))), .th(.text(c(PortalMsg.exType))), .th(.text(c(PortalMsg.exDescription))))),
                .tbody(.forEach(ProjectExport.fields) { f in
                    .tr(.td(.code(.text(f.name))), .td(.code(.text(f.type))), .td(.text(c.text(f.description))))
                })
            ),
            .p(.a(.href(PortalURL.exports.path), .text(c(PortalMsg.exTitle))))
        )).render()
    }
}
