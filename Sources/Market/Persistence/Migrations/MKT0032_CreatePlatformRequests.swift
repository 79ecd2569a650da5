import FluentKit
import SQLKit

/// Service requests to transfer offices, proof-of-concept centres and pilot bases (Art. 32).
struct MKT0032_CreatePlatformRequests: AsyncMigration {
    var name: String { "MKT0032 create mkt_platform_requests" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mkt_platform_requests")
            .id()
            .field("platform_id", .uuid, .required, .references("mkt_platforms", "id", onDelete: .restrict))
            .field("provider_organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("service", .string, .required)
            .field("requester_organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("requested_by", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("description", .string, .required)
            .field("status", .string, .required)
            .field("provider_note", .string, .required)
            .field("decided_by", .uuid, .references("id_people", "id", onDelete: .restrict))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "mkt_platform_requests_provider").on("mkt_platform_requests").column("provider_organisation_id").run()
        try await sql.create(index: "mkt_platform_requests_requester").on("mkt_platform_requests").column("requester_organisation_id").run()
    }
    func revert(on db: any Database) async throws { try await db.schema("mkt_platform_requests").delete() }
}
