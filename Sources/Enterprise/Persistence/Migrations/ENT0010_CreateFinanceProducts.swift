import FluentKit

struct ENT0010_CreateFinanceProducts: AsyncMigration {
    var name: String { "ENT0010 create ent_finance_products" }
    func prepare(on db: any Database) async throws {
        try await db.schema("ent_finance_products")
            .id()
            .field("provider_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("kind", .string, .required)
            .field("name_zh", .string, .required)
            .field("name_en", .string, .required)
            .field("description_zh", .string, .required)
            .field("criteria_json", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("ent_finance_products").delete() }
}
