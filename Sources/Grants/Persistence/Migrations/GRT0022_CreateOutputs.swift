import FluentKit

/// The results register: each output of a project with its identifier, owner and the rights the
/// institution granted the researchers (Art. 32, 33, 59).
struct GRT0022_CreateOutputs: AsyncMigration {
    var name: String { "GRT0022 create grt_outputs" }
    func prepare(on db: any Database) async throws {
        try await db.schema("grt_outputs")
            .id()
            .field("project_id", .uuid, .required, .references("grt_projects", "id", onDelete: .restrict))
            .field("report_id", .uuid)
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("identifier", .string, .required)
            .field("year", .int, .required)
            .field("owner_organisation_id", .uuid, .required)
            .field("owner_name", .string, .required)
            .field("rights", .string, .required)
            .field("rights_holders_json", .string, .required)
            .field("rights_granted_on", .string)
            .field("use_years", .int)
            .field("created_at", .datetime, .required)
            .unique(on: "project_id", "kind", "identifier", name: "grt_outputs_identifier_key")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("grt_outputs").delete() }
}
