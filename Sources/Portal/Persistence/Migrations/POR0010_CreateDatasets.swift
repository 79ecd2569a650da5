import FluentKit

struct POR0010_CreateDatasets: AsyncMigration {
    var name: String { "POR0010 create por_datasets" }
    func prepare(on db: any Database) async throws {
        try await db.schema("por_datasets")
            .id()
            .field("slug", .string, .required)
            .field("title_zh", .string, .required)
            .field("title_en", .string, .required)
            .field("description_zh", .string, .required)
            .field("description_en", .string, .required)
            .field("publisher_id", .uuid)
            .field("publisher_zh", .string, .required)
            .field("publisher_en", .string, .required)
            .field("licence", .string, .required)
            .field("keywords", .string, .required)
            .field("themes", .string, .required)
            .field("temporal_start", .string)
            .field("temporal_end", .string)
            .field("spatial", .string, .required)
            .field("access_level", .string, .required)
            .field("source", .string)
            .field("created_at", .datetime, .required)
            .field("modified_at", .datetime, .required)
            .unique(on: "slug")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("por_datasets").delete() }
}
