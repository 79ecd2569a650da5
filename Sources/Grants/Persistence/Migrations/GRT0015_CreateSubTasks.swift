import FluentKit

struct GRT0015_CreateSubTasks: AsyncMigration {
    var name: String { "GRT0015 create grt_subtasks" }
    func prepare(on db: any Database) async throws {
        try await db.schema("grt_subtasks")
            .id()
            .field("project_id", .uuid, .required, .references("grt_projects", "id"))
            .field("title", .string, .required)
            .field("leader_name", .string, .required)
            .field("leader_email", .string, .required)
            .field("budget", .int64, .required)
            .field("allocated_by", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("grt_subtasks").delete() }
}
