import FluentKit
import SQLKit

/// Technologies offered for transfer or licence (Art. 36).
struct MKT0020_CreateSupplies: AsyncMigration {
    var name: String { "MKT0020 create mkt_supplies" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mkt_supplies")
            .id()
            .field("organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("title", .string, .required)
            .field("summary", .string, .required)
            .field("field", .string, .required)
            .field("trl", .int, .required)
            .field("patents", .string, .required)
            .field("modes", .string, .required)
            .field("price_guidance", .string, .required)
            .field("result_id", .uuid)
            .field("status", .string, .required)
            .field("created_by", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "mkt_supplies_updated").on("mkt_supplies").column("updated_at").run()
        try await sql.create(index: "mkt_supplies_organisation").on("mkt_supplies").column("organisation_id").run()
    }
    func revert(on db: any Database) async throws { try await db.schema("mkt_supplies").delete() }
}
