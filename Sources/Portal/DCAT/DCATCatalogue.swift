import Foundation
import KechuangCore

/// The data catalogue as DCAT-AP 3.0 (Art. 57): one `dcat:Catalog`, each data set a
/// `dcat:Dataset` with its publisher, licence, themes (EU data-theme vocabulary), keywords, time and
/// place, and for its latest version one `dcat:Distribution` per file with the download address
/// and the SHA-256 checksum. Restricted data sets are listed with a landing page only.
public enum DCATCatalogue {
    public struct Entry: Sendable {
        public let dataset: Dataset
        public let latest: DatasetVersion?
        public init(dataset: Dataset, latest: DatasetVersion?) {
            self.dataset = dataset
            self.latest = latest
        }
    }

    static let themeScheme = "http://publications.europa.eu/resource/authority/data-theme"
    static let fileType = "http://publications.europa.eu/resource/authority/file-type/"
    static let accessRight = "http://publications.europa.eu/resource/authority/access-right/"
    static let language = "http://publications.europa.eu/resource/authority/language/"
    /// GeoNames: Beijing.
    static let beijing = "https://sws.geonames.org/2038349/"

    static func dateTime(_ date: Date) -> DCATGraph.Term {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return .typed(f.string(from: date), "xsd:dateTime")
    }

    /// `base` is the site's public address (no trailing slash); `downloadPath` gives a file's path.
    public static func graph(_ entries: [Entry], base: String, datasetPath: (Dataset) -> String,
                             downloadPath: (Dataset, DatasetVersion, DatasetFormat) -> String, modified: Date) -> DCATGraph {
        var g = DCATGraph()
        let catalog = DCATGraph.Term.iri(base + "/catalog")
        let platform = DCATGraph.Term.iri(base + "/#publisher")
        g.add(catalog, "a", .iri("dcat:Catalog"))
        g.add(catalog, "dct:title", .text("北京国际科技创新中心科创平台开放数据目录", "zh"))
        g.add(catalog, "dct:title", .text("Kechuang open data catalogue", "en"))
        g.add(catalog, "dct:description", .text("平台及其用户发布的科技数据集（第五十七条、第六十八条）。", "zh"))
        g.add(catalog, "dct:description", .text("Science and technology data sets published by the platform and its users (Art. 57, 68).", "en"))
        g.add(catalog, "dct:publisher", platform)
        g.add(catalog, "foaf:homepage", .iri(base + "/data"))
        g.add(catalog, "dct:modified", dateTime(modified))
        g.add(catalog, "dct:language", .iri(language + "ZHO"))
        g.add(catalog, "dct:language", .iri(language + "ENG"))
        g.add(catalog, "dcat:themeTaxonomy", .iri(themeScheme))
        g.add(.iri(themeScheme), "a", .iri("skos:ConceptScheme"))
        g.add(.iri(themeScheme), "dct:title", .text("Data theme", "en"))
        agent(&g, platform, zh: DatasetCatalogue.Publisher.platform.nameZh, en: DatasetCatalogue.Publisher.platform.nameEn)
        var themes: Set<DatasetTheme> = []
        var licences: Set<DatasetLicence> = []
        for entry in entries {
            let d = entry.dataset
            let node = DCATGraph.Term.iri(base + datasetPath(d))
            g.add(catalog, "dcat:dataset", node)
            g.add(node, "a", .iri("dcat:Dataset"))
            g.add(node, "dct:identifier", .text(d.slug))
            g.add(node, "dct:title", .text(d.titleZh, "zh"))
            if !d.titleEn.isEmpty { g.add(node, "dct:title", .text(d.titleEn, "en")) }
            g.add(node, "dct:description", .text(d.descriptionZh, "zh"))
            if !d.descriptionEn.isEmpty { g.add(node, "dct:description", .text(d.descriptionEn, "en")) }
            let publisher: DCATGraph.Term = d.publisherID == nil ? platform : .iri(base + "/data?organization=" + d.publisherSlug)
            g.add(node, "dct:publisher", publisher)
            if d.publisherID != nil { agent(&g, publisher, zh: d.publisherZh, en: d.publisherEn) }
            for keyword in d.keywords { g.add(node, "dcat:keyword", .text(keyword, Self.containsHan(keyword) ? "zh" : "en")) }
            for theme in d.themes {
                g.add(node, "dcat:theme", .iri(themeScheme + "/" + theme.rawValue))
                themes.insert(theme)
            }
            g.add(node, "dcat:landingPage", .iri(base + datasetPath(d)))
            g.add(node, "dct:accessRights", .iri(accessRight + d.accessLevel.euAccessRight))
            g.add(node, "dct:issued", dateTime(d.createdAt))
            g.add(node, "dct:modified", dateTime(d.modifiedAt))
            g.add(node, "dct:spatial", .iri(beijing))
            if d.temporalStart != nil || d.temporalEnd != nil {
                let period = DCATGraph.Term.blank("period-" + d.slug)
                g.add(node, "dct:temporal", period)
                g.add(period, "a", .iri("dct:PeriodOfTime"))
                if let start = d.temporalStart { g.add(period, "dcat:startDate", .typed(start.description, "xsd:date")) }
                if let end = d.temporalEnd { g.add(period, "dcat:endDate", .typed(end.description, "xsd:date")) }
            }
            if let version = entry.latest {
                g.add(node, "dcat:version", .text(String(version.number)))
                if d.accessLevel != .restricted {
                    for file in version.files {
                        let dist = DCATGraph.Term.iri(base + downloadPath(d, version, file.format))
                        g.add(node, "dcat:distribution", dist)
                        g.add(dist, "a", .iri("dcat:Distribution"))
                        g.add(dist, "dct:title", .text("\(d.slug) v\(version.number) \(file.format.euFileType)", "en"))
                        g.add(dist, "dcat:accessURL", .iri(base + datasetPath(d)))
                        if d.accessLevel == .open { g.add(dist, "dcat:downloadURL", dist) }
                        g.add(dist, "dcat:mediaType", .iri("http://www.iana.org/assignments/media-types/" + file.format.mediaType))
                        g.add(dist, "dct:format", .iri(fileType + file.format.euFileType))
                        g.add(dist, "dcat:byteSize", .typed(String(file.byteCount), "xsd:decimal"))
                        g.add(dist, "dct:license", .iri(d.licence.url))
                        g.add(dist, "dct:issued", dateTime(version.createdAt))
                        let checksum = DCATGraph.Term.blank("sha256-" + file.sha256.prefix(16))
                        g.add(dist, "spdx:checksum", checksum)
                        g.add(checksum, "a", .iri("spdx:Checksum"))
                        g.add(checksum, "spdx:algorithm", .iri("spdx:checksumAlgorithm_sha256"))
                        g.add(checksum, "spdx:checksumValue", .typed(file.sha256, "xsd:hexBinary"))
                    }
                }
            }
            licences.insert(d.licence)
        }
        for theme in DatasetTheme.allCases where themes.contains(theme) {
            let concept = DCATGraph.Term.iri(themeScheme + "/" + theme.rawValue)
            g.add(concept, "a", .iri("skos:Concept"))
            g.add(concept, "skos:prefLabel", .text(theme.label.en, "en"))
            g.add(concept, "skos:prefLabel", .text(theme.label.zh, "zh"))
            g.add(concept, "skos:inScheme", .iri(themeScheme))
        }
        for licence in DatasetLicence.allCases where licences.contains(licence) {
            g.add(.iri(licence.url), "a", .iri("dct:LicenseDocument"))
            g.add(.iri(licence.url), "dct:title", .text(licence.title))
        }
        return g
    }

    static func agent(_ g: inout DCATGraph, _ node: DCATGraph.Term, zh: String, en: String) {
        g.add(node, "a", .iri("foaf:Agent"))
        g.add(node, "foaf:name", .text(zh, "zh"))
        if !en.isEmpty { g.add(node, "foaf:name", .text(en, "en")) }
    }

    static func containsHan(_ s: String) -> Bool { s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
}
