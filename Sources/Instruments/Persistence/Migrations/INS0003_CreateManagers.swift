import FluentKit

/// The staff the managing institution's research office designates to run an instrument: they
/// approve its bookings, keep its blackouts and trainings, and record usage.
struct INS0003_CreateManagers: AsyncMigration {
    var name: String { "INS0003 create ins_managers" }
    func prepare(on db: any Database) async throws {
        try await db.schema("ins_managers")
            .id()
            .field("instrument_id", .uuid, .required, .references("ins_instruments", "id", onDelete: .cascade))
            .field("person_id", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("created_at", .datetime, .required)
            .unique(on: "instrument_id", "person_id")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("ins_managers").delete() }
}
