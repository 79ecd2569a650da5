import FluentKit

/// The pilot of a selected solution: start, milestones, outcome, publication (Art. 35).
struct MKT0006_CreatePilots: AsyncMigration {
    var name: String { "MKT0006 create mkt_pilots" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mkt_pilots")
            .id()
            .field("solution_id", .uuid, .required, .references("mkt_solutions", "id", onDelete: .restrict))
            .field("start_on", .string, .required)
            .field("milestones_json", .string, .required)
            .field("outcome", .string, .required)
            .field("published_at", .datetime)
            .field("updated_at", .datetime, .required)
            .field("version", .int, .required)
            .unique(on: "solution_id", name: "mkt_pilots_solution_key")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("mkt_pilots").delete() }
}
