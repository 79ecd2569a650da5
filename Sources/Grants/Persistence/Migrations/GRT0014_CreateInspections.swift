import FluentKit

struct GRT0014_CreateInspections: AsyncMigration {
    var name: String { "GRT0014 create grt_inspections" }
    func prepare(on db: any Database) async throws {
        try await db.schema("grt_inspections")
            .id()
            .field("kind", .string, .required)
            .field("body", .string, .required)
            .field("body_name", .string, .required)
            // A project's or an institution's id (no foreign key: the target is one of two tables).
            .field("target_kind", .string, .required)
            .field("target_id", .uuid, .required)
            .field("target_name", .string, .required)
            .field("organisation_id", .uuid, .required)
            .field("scopes", .string, .required)
            // Calendar days, `yyyy-MM-dd`: they sort as text on both engines.
            .field("period_start", .string, .required)
            .field("period_end", .string, .required)
            .field("title", .string, .required)
            .field("findings", .string, .required)
            .field("findings_at", .datetime)
            .field("findings_by", .string)
            .field("entered_by", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("grt_inspections").delete() }
}
