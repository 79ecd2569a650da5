import FluentKit

struct INS0009_CreateFeedback: AsyncMigration {
    var name: String { "INS0009 create ins_feedback" }
    func prepare(on db: any Database) async throws {
        try await db.schema("ins_feedback")
            .id()
            .field("booking_id", .uuid, .required, .references("ins_bookings", "id", onDelete: .restrict))
            .field("instrument_id", .uuid, .required, .references("ins_instruments", "id", onDelete: .restrict))
            .field("person_id", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("rating", .int, .required)
            .field("comment", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "booking_id")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("ins_feedback").delete() }
}
