import FluentKit

/// The reports a project owes (annual, mid-term, final), each with its due day and, once handed
/// in, the summary and indicator values (JSON).
struct GRT0020_CreateReports: AsyncMigration {
    var name: String { "GRT0020 create grt_reports" }
    func prepare(on db: any Database) async throws {
        try await db.schema("grt_reports")
            .id()
            .field("project_id", .uuid, .required, .references("grt_projects", "id", onDelete: .restrict))
            .field("kind", .string, .required)
            .field("sequence", .int, .required)
            .field("due_date", .string, .required)
            .field("state", .string, .required)
            .field("summary", .string, .required)
            .field("indicators_json", .string, .required)
            .field("officer_comment", .string, .required)
            .field("submitted_at", .datetime)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "project_id", "kind", "sequence", name: "grt_reports_project_kind_key")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("grt_reports").delete() }
}
