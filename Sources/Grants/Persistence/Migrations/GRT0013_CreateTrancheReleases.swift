import FluentKit

struct GRT0013_CreateTrancheReleases: AsyncMigration {
    var name: String { "GRT0013 create grt_tranche_releases" }
    func prepare(on db: any Database) async throws {
        try await db.schema("grt_tranche_releases")
            .id()
            .field("project_id", .uuid, .required, .references("grt_projects", "id"))
            .field("tranche_id", .uuid, .required)
            .field("amount", .int64, .required)
            .field("milestone_id", .uuid)
            .field("released_by", .string, .required)
            .field("released_at", .datetime, .required)
            // A tranche is paid once.
            .unique(on: "project_id", "tranche_id")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("grt_tranche_releases").delete() }
}
