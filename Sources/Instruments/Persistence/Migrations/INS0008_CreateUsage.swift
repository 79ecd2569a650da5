import FluentKit
import SQLKit

struct INS0008_CreateUsage: AsyncMigration {
    var name: String { "INS0008 create ins_usage" }
    func prepare(on db: any Database) async throws {
        try await db.schema("ins_usage")
            .id()
            .field("booking_id", .uuid, .references("ins_bookings", "id", onDelete: .restrict))
            .field("instrument_id", .uuid, .required, .references("ins_instruments", "id", onDelete: .restrict))
            .field("user_id", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("user_name", .string, .required)
            .field("organisation_id", .uuid)
            .field("operator_id", .uuid, .required)
            .field("started_at", .datetime, .required)
            .field("ended_at", .datetime, .required)
            .field("samples", .int)
            .field("outcome", .string, .required)
            .field("note", .string, .required)
            .field("external", .bool, .required)
            .field("amount_fen", .int64, .required)
            .field("recorded_at", .datetime, .required)
            .unique(on: "booking_id")
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "ins_usage_instrument_time").on("ins_usage").column("instrument_id").column("started_at").run()
    }
    func revert(on db: any Database) async throws { try await db.schema("ins_usage").delete() }
}
