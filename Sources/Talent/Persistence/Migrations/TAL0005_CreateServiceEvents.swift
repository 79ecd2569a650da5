import FluentKit
import SQLKit

/// The steps and messages of each request: the person's one timeline.
struct TAL0005_CreateServiceEvents: AsyncMigration {
    var name: String { "TAL0005 create tal_service_events" }
    func prepare(on db: any Database) async throws {
        try await db.schema("tal_service_events")
            .id()
            .field("request_id", .uuid, .required, .references("tal_service_requests", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("note", .string, .required)
            .field("actor_id", .uuid, .references("id_people", "id", onDelete: .restrict))
            .field("by_officer", .bool, .required)
            .field("at", .datetime, .required)
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "tal_service_events_request").on("tal_service_events").column("request_id").run()
    }
    func revert(on db: any Database) async throws { try await db.schema("tal_service_events").delete() }
}
