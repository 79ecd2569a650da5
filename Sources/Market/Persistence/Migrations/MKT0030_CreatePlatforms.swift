import FluentKit
import SQLKit

/// Technology-transfer offices, proof-of-concept centres and pilot bases (Art. 32).
struct MKT0030_CreatePlatforms: AsyncMigration {
    var name: String { "MKT0030 create mkt_platforms" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mkt_platforms")
            .id()
            .field("kind", .string, .required)
            .field("organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("name", .string, .required)
            .field("summary", .string, .required)
            .field("fields", .string, .required)
            .field("services", .string, .required)
            .field("capacity", .string, .required)
            .field("fees", .string, .required)
            .field("district", .string, .required)
            .field("contact", .string, .required)
            .field("status", .string, .required)
            .field("created_by", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "mkt_platforms_updated").on("mkt_platforms").column("updated_at").run()
        try await sql.create(index: "mkt_platforms_organisation").on("mkt_platforms").column("organisation_id").run()
    }
    func revert(on db: any Database) async throws { try await db.schema("mkt_platforms").delete() }
}
