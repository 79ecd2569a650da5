import FluentKit
import Foundation
import KechuangCore

/// A row of `por_dataset_files`: one distribution of one version, its bytes and SHA-256. Never updated.
final class DatasetFileRecord: Model, @unchecked Sendable {
    static let schema = "por_dataset_files"

    @ID(key: .id) var id: UUID?
    @Field(key: "version_id") var versionID: UUID
    @Field(key: "format") var format: String
    @Field(key: "byte_count") var byteCount: Int
    @Field(key: "sha256") var sha256: String
    @Field(key: "content") var content: Data

    init() {}

    func toDomain() throws -> DatasetFile {
        DatasetFile(id: try requireID(), format: try StoredValue.decode(DatasetFormat.self, format, table: Self.schema, id: id, column: "format"),
                    byteCount: byteCount, sha256: sha256)
    }
}
