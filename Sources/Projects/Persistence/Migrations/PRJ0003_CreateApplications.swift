import FluentKit

struct PRJ0003_CreateApplications: AsyncMigration {
    var name: String { "PRJ0003 create prj_applications" }
    func prepare(on db: any Database) async throws {
        try await db.schema("prj_applications")
            .id()
            .field("call_id", .uuid, .required, .references("prj_calls", "id", onDelete: .restrict))
            .field("pi_person_id", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("draft_json", .string, .required)
            .field("title_zh", .string, .required)
            .field("state", .string, .required)
            .field("submitted_at", .datetime)
            .field("office_comment", .string)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("prj_applications").delete() }
}
