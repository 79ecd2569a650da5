import FluentKit

/// Batches of application scenarios a department publishes (Art. 35).
struct MKT0001_CreateScenarioBatches: AsyncMigration {
    var name: String { "MKT0001 create mkt_scenario_batches" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mkt_scenario_batches")
            .id()
            .field("department_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("title_zh", .string, .required)
            .field("title_en", .string, .required)
            .field("summary", .string, .required)
            .field("published_on", .string)
            .field("closes_on", .string, .required)
            .field("created_by", .uuid, .references("id_people", "id", onDelete: .restrict))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("version", .int, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("mkt_scenario_batches").delete() }
}
