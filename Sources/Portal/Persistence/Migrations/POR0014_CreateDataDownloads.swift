import FluentKit

struct POR0014_CreateDataDownloads: AsyncMigration {
    var name: String { "POR0014 create por_data_downloads" }
    func prepare(on db: any Database) async throws {
        try await db.schema("por_data_downloads")
            .id()
            .field("request_id", .uuid, .references("por_data_access_requests", "id", onDelete: .restrict))
            .field("dataset_id", .uuid, .required, .references("por_datasets", "id", onDelete: .restrict))
            .field("version_number", .int, .required)
            .field("format", .string, .required)
            .field("person_id", .uuid)
            .field("at", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("por_data_downloads").delete() }
}
