import FluentKit

/// Change requests (extension, PI change, team change, termination) with their approval steps.
struct GRT0023_CreateChangeRequests: AsyncMigration {
    var name: String { "GRT0023 create grt_change_requests" }
    func prepare(on db: any Database) async throws {
        try await db.schema("grt_change_requests")
            .id()
            .field("project_id", .uuid, .required, .references("grt_projects", "id", onDelete: .restrict))
            .field("kind", .string, .required)
            .field("reason", .string, .required)
            .field("details_json", .string, .required)
            .field("state", .string, .required)
            .field("requested_by", .uuid, .required)
            .field("steps_json", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("grt_change_requests").delete() }
}
