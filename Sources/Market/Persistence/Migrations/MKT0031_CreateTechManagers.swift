import FluentKit
import SQLKit

/// Licensed technology managers of transfer offices (Art. 32(1)).
struct MKT0031_CreateTechManagers: AsyncMigration {
    var name: String { "MKT0031 create mkt_tech_managers" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mkt_tech_managers")
            .id()
            .field("platform_id", .uuid, .required, .references("mkt_platforms", "id", onDelete: .restrict))
            .field("name", .string, .required)
            .field("licence_number", .string, .required)
            .field("licensed_until", .string, .required)
            .field("fields", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "platform_id", "licence_number")
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "mkt_tech_managers_platform").on("mkt_tech_managers").column("platform_id").run()
    }
    func revert(on db: any Database) async throws { try await db.schema("mkt_tech_managers").delete() }
}
