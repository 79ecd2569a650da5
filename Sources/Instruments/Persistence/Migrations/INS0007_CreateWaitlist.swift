import FluentKit

struct INS0007_CreateWaitlist: AsyncMigration {
    var name: String { "INS0007 create ins_waitlist" }
    func prepare(on db: any Database) async throws {
        try await db.schema("ins_waitlist")
            .id()
            .field("instrument_id", .uuid, .required, .references("ins_instruments", "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            .field("state", .string, .required)
            .field("offered_until", .datetime)
            .field("created_at", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("ins_waitlist").delete() }
}
