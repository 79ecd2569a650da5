import FluentKit
import SQLKit

/// The published copy of funded projects (Art. 56): one row per project number with the public
/// fields as JSON, and the columns the portal pages by (year, number), groups by (institution, PI
/// key) and keeps in step with Grants (`source_updated_at`, `outputs_registered_at`).
struct POR0001_CreatePublicProjects: AsyncMigration {
    var name: String { "POR0001 create por_public_projects" }
    func prepare(on db: any Database) async throws {
        try await db.schema("por_public_projects")
            .id()
            .field("project_id", .uuid, .required)
            .field("number", .string, .required)
            .field("year", .int, .required)
            .field("institution_id", .uuid, .required)
            .field("pi_key", .string, .required)
            .field("award_date", .string, .required)
            .field("payload_json", .string, .required)
            .field("source_updated_at", .datetime, .required)
            .field("outputs_registered_at", .datetime)
            .field("updated_at", .datetime, .required)
            .unique(on: "number", name: "por_public_projects_number_key")
            .unique(on: "project_id", name: "por_public_projects_project_key")
            .create()
        if let sql = db as? any SQLDatabase {
            try await sql.raw("CREATE INDEX por_public_projects_year_number ON por_public_projects (year, number)").run()
            try await sql.raw("CREATE INDEX por_public_projects_updated ON por_public_projects (updated_at)").run()
        }
    }
    func revert(on db: any Database) async throws { try await db.schema("por_public_projects").delete() }
}
