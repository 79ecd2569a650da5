import FluentKit

struct ENT0008_CreateRegistryEntries: AsyncMigration {
    var name: String { "ENT0008 create ent_registry_entries" }
    func prepare(on db: any Database) async throws {
        try await db.schema("ent_registry_entries")
            .id()
            .field("kind", .string, .required)
            .field("organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("name_zh", .string, .required)
            .field("name_en", .string, .required)
            .field("field", .string, .required)
            .field("recognised_year", .int, .required)
            .field("members_json", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("ent_registry_entries").delete() }
}
