import FluentKit

/// Funded projects. The number is unique, and so is the sequence within a programme and year.
struct GRT0001_CreateProjects: AsyncMigration {
    var name: String { "GRT0001 create grt_projects" }
    func prepare(on db: any Database) async throws {
        try await db.schema("grt_projects")
            .id()
            .field("number", .string, .required)
            .field("application_id", .uuid, .required, .references("prj_applications", "id", onDelete: .restrict))
            .field("call_id", .uuid, .required, .references("prj_calls", "id", onDelete: .restrict))
            .field("programme_id", .uuid, .required, .references("prj_programmes", "id", onDelete: .restrict))
            .field("award_year", .int, .required)
            .field("sequence", .int, .required)
            .field("title_zh", .string, .required)
            .field("title_en", .string, .required)
            .field("pi_person_id", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("team_json", .string, .required)
            .field("start_date", .string, .required)
            .field("end_date", .string, .required)
            .field("requested_amount", .int64, .required)
            .field("awarded_amount", .int64, .required)
            .field("award_date", .string, .required)
            .field("funding_kind", .string, .required)
            .field("research_type", .string, .required)
            .field("budget_mode", .string, .required)
            .field("selection_mode", .string, .required)
            .field("chief_scientist", .bool, .required)
            .field("parallel_route_json", .string)
            .field("status", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "number", name: "grt_projects_number_key")
            .unique(on: "application_id", name: "grt_projects_application_key")
            .unique(on: "programme_id", "award_year", "sequence", name: "grt_projects_programme_year_sequence_key")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("grt_projects").delete() }
}
