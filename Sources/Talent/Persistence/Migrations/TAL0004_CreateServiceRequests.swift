import FluentKit
import SQLKit

/// One-stop service requests (Art. 47, 72), each routed to a department's queue with its deadline.
struct TAL0004_CreateServiceRequests: AsyncMigration {
    var name: String { "TAL0004 create tal_service_requests" }
    func prepare(on db: any Database) async throws {
        try await db.schema("tal_service_requests")
            .id()
            .field("person_id", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("kind", .string, .required)
            .field("department", .string, .required)
            .field("state", .string, .required)
            .field("details", .string, .required)
            .field("documents", .string, .required)
            .field("submitted_at", .datetime, .required)
            .field("due_at", .datetime, .required)
            .field("escalated_at", .datetime)
            .field("closed_at", .datetime)
            .field("version", .int, .required)
            .field("updated_at", .datetime, .required)
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "tal_service_requests_person").on("tal_service_requests").column("person_id").run()
        try await sql.create(index: "tal_service_requests_department_state").on("tal_service_requests").column("department").column("state").run()
    }
    func revert(on db: any Database) async throws { try await db.schema("tal_service_requests").delete() }
}
