import Foundation
import KechuangCore
import Plot
import Portal

/// `/data-publishing`: the data sets this person may add versions to, and the way to a new one (Art. 57).
struct DatasetPublishingPage {
    let datasets: [Dataset]
    let latest: [Dataset.ID: DatasetVersion]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(CatalogueMsg.pubTitle), content: .div(
            .p(.a(.href(CatalogueURL.datasets.path), .text(c(CatalogueMsg.datAllDatasets)))),
            .h1(.text(c(CatalogueMsg.pubTitle))),
            .p(.class("lead"), .text(c(CatalogueMsg.pubIntro))),
            .p(.a(.class("button"), .href(CatalogueURL.publishingNew.path), .text(c(CatalogueMsg.pubNewDataset)))),
            .h2(.text(c(CatalogueMsg.pubMine))),
            .if(datasets.isEmpty, .p(.text(c(CatalogueMsg.pubNone))), else: Components.scrollTable(label: c(CatalogueMsg.pubMine),
                .thead(.tr(.th(.text(c(CatalogueMsg.datTitle))), .th(.text(c(CatalogueMsg.datPublisher))), .th(.text(c(CatalogueMsg.datAccess))),
                           .th(.text(c(CatalogueMsg.datVersion))), .th(.text(c(CatalogueMsg.pubAddVersion))))),
                .tbody(.forEach(datasets) { d in
                    .tr(.td(.a(.href(CatalogueURL.dataset(d.slug).path), Components.localized(zh: d.titleZh, en: d.titleEn, c))),
                        .td(Components.localized(zh: d.publisherZh, en: d.publisherEn, c)),
                        .td(.text(c.text(d.accessLevel.label))),
                        .td(.text(latest[d.id].map { "v\($0.number)" } ?? "—")),
                        .td(.a(.href(CatalogueURL.newVersion(d.slug).path), .text(c(CatalogueMsg.pubAddVersion)))))
                })))
        )).render()
    }
}

/// `/data-publishing/new`: the description of a new data set; its first version is uploaded next.
struct DatasetNewPage {
    let publishers: [DatasetCatalogue.Publisher]
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(CatalogueMsg.pubNewTitle), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(CatalogueURL.publishing.path), .text(c(CatalogueMsg.pubTitle)))),
            .h1(.text(c(CatalogueMsg.pubNewTitle))),
            .p(.text(c(CatalogueMsg.pubNewIntro))),
            DatasetForm.fields(publishers: publishers, values: values, errors: errors, c)
        )).render()
    }
}

/// `/data/:slug/versions/new`: upload a file as the next version; earlier versions stay as they are.
struct DatasetVersionUploadPage {
    let dataset: Dataset
    let latest: DatasetVersion?
    var note: String = ""
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let fileErrors = errors.filter { $0.field == "file" }
        let id = Components.fieldID("file")
        let title = Components.localizedText(zh: dataset.titleZh, en: dataset.titleEn, c)
        return Layout(context: c, title: c(CatalogueMsg.pubVersionTitle) + " · " + title, content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(CatalogueURL.dataset(dataset.slug).path), Components.lang(of: title, c), .text(title))),
            .h1(.text(c(CatalogueMsg.pubVersionTitle))),
            .p(.text(c(CatalogueMsg.pubVersionIntro))),
            .unwrap(latest) { v in .p(.text("\(c(CatalogueMsg.datVersion)): v\(v.number) · \(v.rowCount) \(c(CatalogueMsg.datRows))")) },
            .form(.method(.post), .action(CatalogueURL.versions(dataset.slug).path), .enctype(.multipartData), .novalidate(), Components.csrf(c),
                .div(.class(fileErrors.isEmpty ? "field" : "field field-error"),
                     .label(.for(id), .text(c(CatalogueMsg.pubFile))),
                     .p(.class("hint"), .id(id + "-hint"), .text(c(CatalogueMsg.pubFileHint))),
                     .if(!fileErrors.isEmpty, .p(.class("error-message"), .id(id + "-error"),
                         .text(fileErrors.map { Components.message($0, c) }.joined(separator: " ")))),
                     .input(.id(id), .name("file"), .type(.file),
                            .attribute(named: "accept", value: ".csv,.json,.xlsx,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                            .attribute(named: "aria-describedby", value: id + "-hint"),
                            .attribute(named: "aria-invalid", value: fileErrors.isEmpty ? nil : "true"))),
                Components.textField(.init(name: "note", label: c(CatalogueMsg.pubNote), hint: c(CatalogueMsg.pubNoteHint), value: note), errors: errors, c),
                Components.submit(c(CatalogueMsg.pubUploadButton)))
        )).render()
    }
}
