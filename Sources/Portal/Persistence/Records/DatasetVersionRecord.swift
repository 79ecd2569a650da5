import FluentKit
import Foundation
import KechuangCore

/// A row of `por_dataset_versions`: written once, never updated. Columns and preview are JSON.
final class DatasetVersionRecord: Model, @unchecked Sendable {
    static let schema = "por_dataset_versions"

    @ID(key: .id) var id: UUID?
    @Field(key: "dataset_id") var datasetID: UUID
    @Field(key: "number") var number: Int
    @Field(key: "note") var note: String
    @Field(key: "columns") var columns: String
    @Field(key: "row_count") var rowCount: Int
    @Field(key: "preview") var preview: String
    /// SHA-256 of the CSV, to tell whether a regenerated table changed.
    @Field(key: "content_sha256") var contentSHA256: String
    @Field(key: "created_by") var createdBy: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain(files: [DatasetFile]) throws -> DatasetVersion {
        let id = try requireID()
        guard let cols = try? JSONDecoder().decode([String].self, from: Data(columns.utf8)) else {
            throw StoredDataError(table: Self.schema, id: id.uuidString, column: "columns", reason: "not a JSON array of strings")
        }
        guard let rows = try? JSONDecoder().decode([[String]].self, from: Data(preview.utf8)) else {
            throw StoredDataError(table: Self.schema, id: id.uuidString, column: "preview", reason: "not a JSON array of rows")
        }
        return DatasetVersion(id: id, datasetID: Dataset.ID(datasetID), number: number, note: note, columns: cols, rowCount: rowCount,
                              preview: rows, createdAt: createdAt, files: files.sorted { $0.format.rawValue < $1.format.rawValue })
    }
}
