import FluentKit

struct ENT0005_CreateProviders: AsyncMigration {
    var name: String { "ENT0005 create ent_providers" }
    func prepare(on db: any Database) async throws {
        try await db.schema("ent_providers")
            .id()
            .field("organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("services", .string, .required)
            .field("legal_representative", .string, .required)
            .field("shareholders_json", .string, .required)
            .field("active", .bool, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "organisation_id", name: "ent_providers_one_per_organisation")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("ent_providers").delete() }
}
