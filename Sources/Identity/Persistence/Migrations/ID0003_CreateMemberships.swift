import FluentKit

struct ID0003_CreateMemberships: AsyncMigration {
    var name: String { "ID0003 create id_memberships" }
    func prepare(on db: any Database) async throws {
        try await db.schema("id_memberships")
            .id()
            .field("person_id", .uuid, .required, .references("id_people", "id", onDelete: .cascade))
            .field("organisation_id", .uuid, .references("id_organisations", "id", onDelete: .restrict))
            .field("role", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "person_id", "organisation_id", "role")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("id_memberships").delete() }
}
