import FluentKit

struct MON0071_CreateIntlOrganisations: AsyncMigration {
    var name: String { "MON0071 create mon_intl_organisations" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mon_intl_organisations")
            .id()
            .field("name_zh", .string, .required)
            .field("name_en", .string, .required)
            .field("kind", .string, .required)
            .field("registered_on", .string, .required)
            .field("host_organisation_id", .uuid, .references("id_organisations", "id", onDelete: .restrict))
            .field("fields_zh", .string, .required)
            .field("fields_en", .string, .required)
            .field("website", .string, .required)
            .field("state", .string, .required)
            .field("published_at", .datetime)
            .field("created_by", .uuid, .required)
            .field("created_at", .datetime, .required)
            .field("version", .int, .required)
            .unique(on: "name_zh")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("mon_intl_organisations").delete() }
}
