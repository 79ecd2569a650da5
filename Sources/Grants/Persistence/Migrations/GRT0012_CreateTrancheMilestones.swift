import FluentKit

struct GRT0012_CreateTrancheMilestones: AsyncMigration {
    var name: String { "GRT0012 create grt_tranche_milestones" }
    func prepare(on db: any Database) async throws {
        try await db.schema("grt_tranche_milestones")
            .id()
            .field("project_id", .uuid, .required, .references("grt_projects", "id"))
            .field("milestone_id", .uuid, .required)
            .field("note", .string, .required)
            .field("reported_by", .string, .required)
            .field("reported_at", .datetime, .required)
            .unique(on: "project_id", "milestone_id")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("grt_tranche_milestones").delete() }
}
