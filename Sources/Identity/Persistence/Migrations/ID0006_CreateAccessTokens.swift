import FluentKit

struct ID0006_CreateAccessTokens: AsyncMigration {
    var name: String { "ID0006 create id_access_tokens" }
    func prepare(on db: any Database) async throws {
        try await db.schema("id_access_tokens")
            .id()
            .field("person_id", .uuid, .required, .references("id_people", "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("token_hash", .string, .required)
            .field("prefix", .string, .required)
            .field("scopes", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_used_at", .datetime)
            .field("revoked_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("id_access_tokens").delete() }
}
