import FluentKit

/// A person's representative achievements (Art. 41). The service writes slots 1…5 only and
/// (person, slot) is unique, so the database never holds a sixth, even under concurrent adds.
struct TAL0003_CreateAchievements: AsyncMigration {
    var name: String { "TAL0003 create tal_achievements" }
    func prepare(on db: any Database) async throws {
        try await db.schema("tal_achievements")
            .id()
            .field("person_id", .uuid, .required, .references("id_people", "id", onDelete: .cascade))
            .field("slot", .int, .required)
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("year", .int, .required)
            .field("evidence", .string, .required)
            .field("contribution", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "person_id", "slot", name: "tal_achievements_person_slot_key")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("tal_achievements").delete() }
}
