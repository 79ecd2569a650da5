import FluentKit

struct POR0013_CreateDataAccessRequests: AsyncMigration {
    var name: String { "POR0013 create por_data_access_requests" }
    func prepare(on db: any Database) async throws {
        try await db.schema("por_data_access_requests")
            .id()
            .field("dataset_id", .uuid, .required, .references("por_datasets", "id", onDelete: .restrict))
            .field("person_id", .uuid, .required)
            .field("person_name", .string, .required)
            .field("purpose", .string, .required)
            .field("state", .string, .required)
            .field("reason", .string)
            .field("decided_by_id", .uuid)
            .field("decided_by_label", .string)
            .field("decided_at", .datetime)
            .field("granted_until", .datetime)
            .field("created_at", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("por_data_access_requests").delete() }
}
