import Foundation
import KechuangCore
import Portal
import Vapor

/// Publishing over `/api/v1` (Art. 57), through the same catalogue service as the pages: a new
/// data set (201 with the data set) and a new version from a base64 file (201 with the version).
/// Invalid fields are 422 problems naming them; a refused publisher a 403 citing Art. 57.
enum CataloguePublishingAPI {
    /// Base64 makes a 10 MB file about 13.4 MB; plus the rest of the body.
    static let uploadLimit = DatasetUpload.maximumBytes / 3 * 4 + (2 << 20)

    struct DatasetBody: Content {
        var publisher_id: String?
        var name: String?
        var title_zh: String?
        var title_en: String?
        var description_zh: String?
        var description_en: String?
        var licence: String?
        var access_level: String?
        var keywords: [String]?
        var themes: [String]?
        var temporal_start: String?
        var temporal_end: String?
        var spatial: String?

        /// The same field names as the page form.
        var values: [String: String] {
            ["slug": name ?? "", "title_zh": title_zh ?? "", "title_en": title_en ?? "", "description_zh": description_zh ?? "",
             "description_en": description_en ?? "", "licence": licence ?? "", "access_level": access_level ?? "",
             "keywords": (keywords ?? []).joined(separator: ","), "themes": (themes ?? []).joined(separator: ","),
             "temporal_start": temporal_start ?? "", "temporal_end": temporal_end ?? "", "spatial": spatial ?? ""]
        }
    }

    @Sendable static func create(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let body = try req.content.decode(DatasetBody.self)
        let input = try DatasetForm.input(body.values)
        let publisher = try DatasetForm.publisher(body.publisher_id, choices: DatasetPublishing.publishers(of: person))
        let dataset = try await req.datasetCatalogue.publish(input, as: publisher, by: person)
        return try await DatasetJSON(dataset, latest: nil, base: req.catalogueBase, downloadable: false).created(at: CatalogueURL.dataset(dataset.slug), for: req)
    }

    struct VersionBody: Content {
        var file_name: String?
        var file: String?
        var note: String?
    }

    @Sendable static func upload(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let dataset = try await req.datasetCatalogue.find(try req.idParameter(as: Dataset.ID.self))
        let body = try req.content.decode(VersionBody.self)
        guard let data = Data(base64Encoded: body.file ?? "", options: .ignoreUnknownCharacters) else {
            throw DomainError.validation([FieldError(field: "file", rule: "dataset.file.base64",
                                                     message: LocalizedText(zh: "文件须为 base64 编码", en: "The file must be base64-encoded"), basis: .art(57))])
        }
        let version = try await req.datasetCatalogue.upload(dataset.id, DatasetUpload(fileName: body.file_name ?? "", data: data), note: body.note ?? "", by: person)
        return try await DatasetVersionJSON(version, dataset: dataset, base: req.catalogueBase)
            .created(at: CatalogueURL.dataset(dataset.slug), for: req)
    }
}

struct DatasetVersionJSON: Content {
    let dataset_id: UUID
    let number: Int
    let note: String
    let columns: [String]
    let row_count: Int
    let created_at: Date
    let files: [DatasetJSON.File]
    let article: String

    init(_ v: DatasetVersion, dataset: Dataset, base: String) {
        dataset_id = v.datasetID.rawValue
        number = v.number
        note = v.note
        columns = v.columns
        row_count = v.rowCount
        created_at = v.createdAt
        files = v.files.map { f in
            DatasetJSON.File(format: f.format.rawValue, media_type: f.format.mediaType, byte_count: f.byteCount, sha256: f.sha256,
                             url: dataset.accessLevel == .open ? base + CatalogueURL.download(dataset.slug, v.number, CatalogueURL.fileName(dataset.slug, v.number, f.format.rawValue)).path : nil)
        }
        article = "57"
    }
}
