import FluentKit

/// Who was trained on which instrument (required before booking where the terms say so).
struct INS0004_CreateTrainings: AsyncMigration {
    var name: String { "INS0004 create ins_trainings" }
    func prepare(on db: any Database) async throws {
        try await db.schema("ins_trainings")
            .id()
            .field("instrument_id", .uuid, .required, .references("ins_instruments", "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("trained_at", .datetime, .required)
            .field("recorded_by", .uuid, .required)
            .unique(on: "instrument_id", "person_id")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("ins_trainings").delete() }
}
