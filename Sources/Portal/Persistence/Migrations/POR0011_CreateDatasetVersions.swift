import FluentKit

struct POR0011_CreateDatasetVersions: AsyncMigration {
    var name: String { "POR0011 create por_dataset_versions" }
    func prepare(on db: any Database) async throws {
        try await db.schema("por_dataset_versions")
            .id()
            .field("dataset_id", .uuid, .required, .references("por_datasets", "id", onDelete: .restrict))
            .field("number", .int, .required)
            .field("note", .string, .required)
            .field("columns", .string, .required)
            .field("row_count", .int, .required)
            .field("preview", .string, .required)
            .field("content_sha256", .string, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "dataset_id", "number")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("por_dataset_versions").delete() }
}
