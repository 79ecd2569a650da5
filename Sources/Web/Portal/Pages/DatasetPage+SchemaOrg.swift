import Foundation
import KechuangCore
import Portal

/// schema.org `Dataset` metadata for a data set's page (what Google Dataset Search and other
/// harvesters read): names in both languages, description, licence, creator and publisher,
/// keywords, temporal and spatial coverage, the version, and each file of the latest version as a
/// `DataDownload` with its encoding format, address (when the viewer may download it) and SHA-256.
extension DatasetPage {
    static func jsonLD(_ d: Dataset, latest: DatasetVersion?, base: String, downloadable: Bool) -> String {
        let url = base + CatalogueURL.dataset(d.slug).path
        var publisher: [String: Any] = ["@type": "Organization", "name": d.publisherZh]
        if !d.publisherEn.isEmpty { publisher["alternateName"] = d.publisherEn }
        var object: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "Dataset",
            "@id": url,
            "url": url,
            "identifier": d.slug,
            "name": d.titleZh,
            "description": d.descriptionZh.isEmpty ? d.titleZh : d.descriptionZh,
            "inLanguage": "zh-CN",
            "license": d.licence.url,
            "isAccessibleForFree": true,
            "creator": publisher,
            "publisher": publisher,
            "keywords": d.keywords,
            "spatialCoverage": ["@type": "Place", "name": d.spatial],
            "dateModified": ISO8601DateFormatter().string(from: d.modifiedAt),
            "dateCreated": ISO8601DateFormatter().string(from: d.createdAt),
            "conditionsOfAccess": d.accessLevel.label.en,
        ]
        if !d.titleEn.isEmpty { object["alternateName"] = d.titleEn }
        if d.temporalStart != nil || d.temporalEnd != nil {
            object["temporalCoverage"] = "\(d.temporalStart?.description ?? "..")/\(d.temporalEnd?.description ?? "..")"
        }
        if let latest {
            object["version"] = String(latest.number)
            object["distribution"] = latest.files.map { f -> [String: Any] in
                var file: [String: Any] = ["@type": "DataDownload", "encodingFormat": f.format.mediaType, "contentSize": "\(f.byteCount) B",
                                           "sha256": f.sha256, "name": CatalogueURL.fileName(d.slug, latest.number, f.format.rawValue)]
                if downloadable {
                    file["contentUrl"] = base + CatalogueURL.download(d.slug, latest.number, CatalogueURL.fileName(d.slug, latest.number, f.format.rawValue)).path
                }
                return file
            }
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        let json = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "<", with: "\\u003c")
        return "<script type=\"application/ld+json\">\(json)</script>"
    }
}
