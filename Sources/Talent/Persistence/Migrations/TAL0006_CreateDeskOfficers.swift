import FluentKit

/// Which department staff serve which department's desk (queue).
struct TAL0006_CreateDeskOfficers: AsyncMigration {
    var name: String { "TAL0006 create tal_desk_officers" }
    func prepare(on db: any Database) async throws {
        try await db.schema("tal_desk_officers")
            .id()
            .field("department", .string, .required)
            .field("person_id", .uuid, .required, .references("id_people", "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .unique(on: "department", "person_id")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("tal_desk_officers").delete() }
}
