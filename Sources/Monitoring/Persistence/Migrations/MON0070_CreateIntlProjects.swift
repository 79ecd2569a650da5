import FluentKit

struct MON0070_CreateIntlProjects: AsyncMigration {
    var name: String { "MON0070 create mon_intl_projects" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mon_intl_projects")
            .id()
            .field("title_zh", .string, .required)
            .field("title_en", .string, .required)
            .field("lead_organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("grant_project_id", .uuid)
            .field("grant_project_number", .string)
            .field("field_zh", .string, .required)
            .field("field_en", .string, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string)
            .field("basis", .string, .required)
            .field("partners_json", .string, .required)
            .field("state", .string, .required)
            .field("published_at", .datetime)
            .field("created_by", .uuid, .required)
            .field("created_at", .datetime, .required)
            .field("version", .int, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("mon_intl_projects").delete() }
}
