import FluentKit
import SQLKit

struct INS0005_CreateBookings: AsyncMigration {
    var name: String { "INS0005 create ins_bookings" }
    func prepare(on db: any Database) async throws {
        try await db.schema("ins_bookings")
            .id()
            .field("instrument_id", .uuid, .required, .references("ins_instruments", "id", onDelete: .restrict))
            .field("person_id", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("person_name", .string, .required)
            .field("organisation_id", .uuid)
            .field("kind", .string, .required)
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            .field("samples", .int)
            .field("purpose", .string, .required)
            .field("state", .string, .required)
            .field("external", .bool, .required)
            .field("decided_by", .uuid)
            .field("decision_note", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "ins_bookings_instrument_time").on("ins_bookings").column("instrument_id").column("starts_at").run()
        try await sql.create(index: "ins_bookings_person").on("ins_bookings").column("person_id").column("starts_at").run()
    }
    func revert(on db: any Database) async throws { try await db.schema("ins_bookings").delete() }
}
