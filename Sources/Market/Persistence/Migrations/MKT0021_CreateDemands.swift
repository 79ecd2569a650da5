import FluentKit
import SQLKit

/// Enterprises' technical needs (Art. 36).
struct MKT0021_CreateDemands: AsyncMigration {
    var name: String { "MKT0021 create mkt_demands" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mkt_demands")
            .id()
            .field("organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("title", .string, .required)
            .field("problem", .string, .required)
            .field("field", .string, .required)
            .field("budget", .int64)
            .field("deadline", .string)
            .field("minimum_trl", .int)
            .field("status", .string, .required)
            .field("created_by", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "mkt_demands_updated").on("mkt_demands").column("updated_at").run()
        try await sql.create(index: "mkt_demands_organisation").on("mkt_demands").column("organisation_id").run()
    }
    func revert(on db: any Database) async throws { try await db.schema("mkt_demands").delete() }
}
