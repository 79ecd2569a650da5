import FluentKit

struct ID0004_CreateSessions: AsyncMigration {
    var name: String { "ID0004 create id_sessions" }
    func prepare(on db: any Database) async throws {
        try await db.schema("id_sessions")
            .id()
            .field("token_hash", .string, .required)
            .field("person_id", .uuid, .required, .references("id_people", "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("id_sessions").delete() }
}
