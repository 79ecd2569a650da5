import FluentKit

struct POR0012_CreateDatasetFiles: AsyncMigration {
    var name: String { "POR0012 create por_dataset_files" }
    func prepare(on db: any Database) async throws {
        try await db.schema("por_dataset_files")
            .id()
            .field("version_id", .uuid, .required, .references("por_dataset_versions", "id", onDelete: .restrict))
            .field("format", .string, .required)
            .field("byte_count", .int, .required)
            .field("sha256", .string, .required)
            .field("content", .data, .required)
            .unique(on: "version_id", "format")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("por_dataset_files").delete() }
}
