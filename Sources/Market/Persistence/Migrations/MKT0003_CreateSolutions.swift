import FluentKit

/// Solutions submitted to scenarios; one per organisation and scenario, so two submissions cannot both land.
struct MKT0003_CreateSolutions: AsyncMigration {
    var name: String { "MKT0003 create mkt_solutions" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mkt_solutions")
            .id()
            .field("scenario_id", .uuid, .required, .references("mkt_scenarios", "id", onDelete: .restrict))
            .field("organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("submitter_id", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("title", .string, .required)
            .field("text", .string, .required)
            .field("team_json", .string, .required)
            .field("prior_deployments", .string, .required)
            .field("state", .string, .required)
            .field("decision_reason", .string, .required)
            .field("decided_at", .datetime)
            .field("decided_by", .uuid)
            .field("submitted_at", .datetime, .required)
            .field("version", .int, .required)
            .unique(on: "scenario_id", "organisation_id", name: "mkt_solutions_scenario_organisation_key")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("mkt_solutions").delete() }
}
