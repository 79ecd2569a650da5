import Foundation
import Identity
import KechuangCore
import Plot
import Portal

/// `/data/:slug`: a data set's description, how it may be used (Art. 57, 68), a preview of the
/// latest version, and every version with its files, sizes and SHA-256 checksums.
struct DatasetPage {
    let dataset: Dataset
    let versions: [DatasetVersion]
    let mine: [DataAccessRequest]
    let grant: DataAccessRequest?
    var purpose: String = ""
    var errors: [FieldError] = []
    /// The site's public address, for the schema.org metadata.
    var base: String = ""

    var downloadable: Bool {
        switch dataset.accessLevel {
        case .open: true
        case .onRequest: grant != nil
        case .restricted: false
        }
    }

    func render(_ c: PageContext) -> String {
        let d = dataset
        let title = Components.localizedText(zh: d.titleZh, en: d.titleEn, c)
        return Layout(context: c, title: title, content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(CatalogueURL.datasets.path), .text(c(CatalogueMsg.datAllDatasets)))),
            .h1(Components.lang(of: title, c), .text(title)),
            .p(Components.localized(zh: d.descriptionZh, en: d.descriptionEn, c)),
            .dl(.class("summary"),
                .dt(.text(c(CatalogueMsg.datPublisher))), .dd(Components.localized(zh: d.publisherZh, en: d.publisherEn, c)),
                .dt(.text(c(CatalogueMsg.datLicence))), .dd(.a(.href(d.licence.url), Components.lang(of: d.licence.title, c), .text(d.licence.title))),
                .dt(.text(c(CatalogueMsg.datAccess))), .dd(.text(c.text(d.accessLevel.label))),
                .dt(.text(c(CatalogueMsg.datKeywords))), .dd(Components.zh(d.keywords.joined(separator: c.language == .zh ? "、" : ", "), c)),
                .dt(.text(c(CatalogueMsg.datThemes))), .dd(.text(d.themes.map { c.text($0.label) }.joined(separator: c.language == .zh ? "、" : ", "))),
                .dt(.text(c(CatalogueMsg.datTemporal))), .dd(.text(temporal)),
                .dt(.text(c(CatalogueMsg.datSpatial))), .dd(Components.zh(d.spatial, c)),
                .dt(.text(c(CatalogueMsg.datModified))), .dd(.text(c.format(d.modifiedAt)))
            ),
            .unwrap(c.person) { person in
                .if(DatasetPublishing.mayAddVersion(person, to: d), .p(.a(.class("button"), .href(CatalogueURL.newVersion(d.slug).path), .text(c(CatalogueMsg.pubAddVersion)))))
            },
            access(c),
            preview(c),
            .h2(.text(c(CatalogueMsg.datVersions))),
            .if(versions.isEmpty, .p(.text(c(CatalogueMsg.datNoVersion))), else: Components.scrollTable(label: c(CatalogueMsg.datVersions),
                .thead(.tr(.th(.text(c(CatalogueMsg.datVersion))), .th(.text(c(CatalogueMsg.datCreated))), .th(.text(c(CatalogueMsg.datRows))),
                           .th(.text(c(CatalogueMsg.datNote))), .th(.text(c(CatalogueMsg.datFiles))))),
                .tbody(.forEach(versions) { v in
                    .tr(.td(.text("v\(v.number)")), .td(.text(c.format(v.createdAt))), .td(.text(String(v.rowCount))), .td(Components.zh(v.note, c)),
                        .td(.ul(.class("files"), .forEach(v.files) { f in
                            .li(
                                .if(downloadable,
                                    .a(.href(CatalogueURL.download(d.slug, v.number, CatalogueURL.fileName(d.slug, v.number, f.format.rawValue)).path),
                                       .text("\(c(CatalogueMsg.datDownload)) \(f.format.euFileType)")),
                                    else: .text(f.format.euFileType)),
                                .text(" · \(f.byteCount) B · "),
                                .abbr(.title(c(CatalogueMsg.datChecksum)), .text("SHA-256")), .text(" "), .code(.text(f.sha256))
                            )
                        })))
                })
            )),
            .raw(Self.jsonLD(d, latest: versions.first, base: base, downloadable: downloadable))
        )).render()
    }

    var temporal: String {
        switch (dataset.temporalStart, dataset.temporalEnd) {
        case (nil, nil): "—"
        case let (start, end): "\(start?.description ?? "…") – \(end?.description ?? "…")"
        }
    }

    func access(_ c: PageContext) -> Node<HTML.BodyContext> {
        switch dataset.accessLevel {
        case .open:
            return .empty
        case .restricted:
            return .div(.class("panel"), .p(.text(c(CatalogueMsg.datRestrictedNote))))
        case .onRequest:
            let pending = mine.contains { $0.state == .pending }
            return .div(.class("panel"),
                .h2(.text(c(CatalogueMsg.datRequestTitle))),
                .p(.text(c(CatalogueMsg.datOnRequestNote))),
                .unwrap(grant) { g in .p(.class("notice-inline"), .text(c(CatalogueMsg.datGrantActive) + c.format(g.grantedUntil))) },
                .if(grant == nil && pending, .p(.text(c(CatalogueMsg.datPending)))),
                .if(!mine.isEmpty, .ul(.forEach(mine) { r in
                    .li(.a(.href(CatalogueURL.dataAccessRequest(r.id.rawValue).path), .text("\(c.format(r.createdAt)) · \(c.text(r.state.label))")))
                })),
                .if(grant == nil && !pending, c.person == nil
                    ? .p(.a(.class("button"), .href(SiteURL.login(next: CatalogueURL.dataset(dataset.slug).path).string), .text(c(CatalogueMsg.datSignInToRequest))))
                    : Components.form(action: CatalogueURL.accessRequest(dataset.slug).path, c,
                        Components.textArea("purpose", c(CatalogueMsg.datPurpose), c(CatalogueMsg.datPurposeHint), purpose, errors, c),
                        Components.submit(c(CatalogueMsg.datRequestButton))))
            )
        }
    }

    func preview(_ c: PageContext) -> Node<HTML.BodyContext> {
        guard let latest = versions.first, dataset.accessLevel != .restricted, !latest.preview.isEmpty else { return .empty }
        return .group(
            .h2(.text(c(CatalogueMsg.datPreview))),
            Components.scrollTable(label: c(CatalogueMsg.datPreviewCaption),
                .caption(.text(c(CatalogueMsg.datPreviewCaption) + " (v\(latest.number), \(latest.preview.count)/\(latest.rowCount))")),
                .thead(.tr(.forEach(latest.columns) { .th(.attribute(named: "scope", value: "col"), .text($0)) })),
                .tbody(.forEach(latest.preview) { row in .tr(.forEach(row) { .td(Components.zh($0, c)) }) })
            )
        )
    }
}
