import FluentKit

struct INT0005_CreateEthicsCommittees: AsyncMigration {
    var name: String { "INT0005 create int_ethics_committees" }
    func prepare(on db: any Database) async throws {
        try await db.schema("int_ethics_committees")
            .id()
            .field("organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("name_zh", .string, .required)
            .field("name_en", .string, .required)
            .field("registration_number", .string, .required)
            .field("registration_date", .string, .required)
            .field("scopes", .string, .required)
            .field("members_json", .string, .required)
            .field("created_by", .uuid, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "registration_number")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("int_ethics_committees").delete() }
}
