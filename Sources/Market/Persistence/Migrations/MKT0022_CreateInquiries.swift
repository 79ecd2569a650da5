import FluentKit
import SQLKit

/// Inquiries between the parties of a supply (and a demand), with their messages as one JSON document.
struct MKT0022_CreateInquiries: AsyncMigration {
    var name: String { "MKT0022 create mkt_inquiries" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mkt_inquiries")
            .id()
            .field("supply_id", .uuid, .required, .references("mkt_supplies", "id", onDelete: .restrict))
            .field("demand_id", .uuid, .references("mkt_demands", "id", onDelete: .restrict))
            .field("from_organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("to_organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("opened_by", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("status", .string, .required)
            .field("contract_id", .uuid)
            .field("messages", .string, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "mkt_inquiries_from").on("mkt_inquiries").column("from_organisation_id").run()
        try await sql.create(index: "mkt_inquiries_to").on("mkt_inquiries").column("to_organisation_id").run()
    }
    func revert(on db: any Database) async throws { try await db.schema("mkt_inquiries").delete() }
}
