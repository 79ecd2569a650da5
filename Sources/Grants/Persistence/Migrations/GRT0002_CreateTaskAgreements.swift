import FluentKit

/// One task agreement (任务书) per project: its terms and signatures as JSON documents.
struct GRT0002_CreateTaskAgreements: AsyncMigration {
    var name: String { "GRT0002 create grt_task_agreements" }
    func prepare(on db: any Database) async throws {
        try await db.schema("grt_task_agreements")
            .id()
            .field("project_id", .uuid, .required, .references("grt_projects", "id", onDelete: .restrict))
            .field("terms_json", .string, .required)
            .field("signatures_json", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "project_id", name: "grt_task_agreements_project_key")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("grt_task_agreements").delete() }
}
