import Foundation
import KechuangCore
import Plot
import Portal

/// `/data`: every data set with its publisher, access level, formats and last change; a search and
/// theme filter that work without JavaScript; links to the machine-readable catalogues.
struct CatalogueListPage {
    let query: String
    let theme: DatasetTheme?
    let datasets: [Dataset]
    let latest: [Dataset.ID: DatasetVersion]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(CatalogueMsg.datTitle), content: .div(
            .h1(.text(c(CatalogueMsg.datTitle))),
            .p(.class("lead"), .text(c(CatalogueMsg.datIntro))),
            .form(.method(.get), .action(CatalogueURL.datasets.path), .attribute(named: "role", value: "search"),
                  Components.textField(.init(name: "q", label: c(CatalogueMsg.datSearchLabel), value: query, type: .search, width: "width-20"), errors: [], c),
                  .div(.class("field"),
                       .label(.for("field-theme"), .text(c(CatalogueMsg.datThemes))),
                       .select(.id("field-theme"), .attribute(named: "name", value: "theme"), .class("input"),
                               Components.option(value: "", label: c.language == .zh ? "全部主题" : "All themes", selected: theme == nil),
                               .forEach(DatasetTheme.allCases) { t in Components.option(value: t.rawValue, label: c.text(t.label), selected: theme == t) })),
                  Components.submit(c(CatalogueMsg.datSearchButton))),
            .p(.text("\(datasets.count) " + c(CatalogueMsg.datCount))),
            .if(datasets.isEmpty, .p(.text(c(CatalogueMsg.datNone))), else: Components.scrollTable(label: c(CatalogueMsg.datTitle),
                .thead(.tr(.th(.text(c(CatalogueMsg.datTitle))), .th(.text(c(CatalogueMsg.datPublisher))), .th(.text(c(CatalogueMsg.datAccess))),
                           .th(.text(c(CatalogueMsg.datFormats))), .th(.text(c(CatalogueMsg.datVersion))), .th(.text(c(CatalogueMsg.datModified))))),
                .tbody(.forEach(datasets) { d in
                    .tr(
                        .td(.a(.href(CatalogueURL.dataset(d.slug).path), Components.localized(zh: d.titleZh, en: d.titleEn, c))),
                        .td(Components.localized(zh: d.publisherZh, en: d.publisherEn, c)),
                        .td(.text(c.text(d.accessLevel.label))),
                        .td(.text(latest[d.id].map { $0.files.map { $0.format.euFileType }.joined(separator: ", ") } ?? "—")),
                        .td(.text(latest[d.id].map { "v\($0.number)" } ?? "—")),
                        .td(.text(BeijingDay.format(d.modifiedAt)))
                    )
                })
            )),
            .h2(.text(c.language == .zh ? "机器可读目录" : "Machine-readable catalogue")),
            .p(.text(c(CatalogueMsg.datMachineReadable))),
            .ul(
                .li(.a(.href(CatalogueURL.catalogJSONLD.path), .text("DCAT-AP 3 JSON-LD"))),
                .li(.a(.href(CatalogueURL.catalogTurtle.path), .text("DCAT-AP 3 Turtle"))),
                .li(.a(.href(CKANAPI.packageList(.v3).path), .text("CKAN API: package_list"))),
                .if(c.can(.requestDataAccess), .li(.a(.href(CatalogueURL.dataAccess.path), .text(c(CatalogueMsg.datAccessLink))))),
                .if(c.can(.publishDatasets), .li(.a(.href(CatalogueURL.publishing.path), .text(c(CatalogueMsg.pubPublishLink)))))
            )
        )).render()
    }
}
