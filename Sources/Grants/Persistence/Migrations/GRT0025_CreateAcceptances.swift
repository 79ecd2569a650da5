import FluentKit

/// Final acceptance (结题验收) of a project: the scheme it is evaluated by, its state and outcome,
/// and the draft integrity record a misconduct finding created.
struct GRT0025_CreateAcceptances: AsyncMigration {
    var name: String { "GRT0025 create grt_acceptances" }
    func prepare(on db: any Database) async throws {
        try await db.schema("grt_acceptances")
            .id()
            .field("project_id", .uuid, .required, .references("grt_projects", "id", onDelete: .restrict))
            .field("scheme_json", .string, .required)
            .field("state", .string, .required)
            .field("outcome", .string)
            .field("finding", .string, .required)
            .field("integrity_record_id", .uuid)
            .field("decided_by", .uuid)
            .field("decided_at", .datetime)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "project_id", name: "grt_acceptances_project_key")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("grt_acceptances").delete() }
}
