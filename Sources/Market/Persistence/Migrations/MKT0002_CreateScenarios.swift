import FluentKit

/// The scenarios of a batch: problem, site, resources, outcome, budget, timeline, contact as one JSON document (Art. 35).
struct MKT0002_CreateScenarios: AsyncMigration {
    var name: String { "MKT0002 create mkt_scenarios" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mkt_scenarios")
            .id()
            .field("batch_id", .uuid, .required, .references("mkt_scenario_batches", "id", onDelete: .restrict))
            .field("position", .int, .required)
            .field("title_zh", .string, .required)
            .field("title_en", .string, .required)
            .field("discipline", .string, .required)
            .field("details_json", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "batch_id", "position", name: "mkt_scenarios_batch_position_key")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("mkt_scenarios").delete() }
}
