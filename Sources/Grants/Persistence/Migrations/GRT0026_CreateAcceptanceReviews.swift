import FluentKit

/// The acceptance panel: one row per reviewer with their scores once submitted.
struct GRT0026_CreateAcceptanceReviews: AsyncMigration {
    var name: String { "GRT0026 create grt_acceptance_reviews" }
    func prepare(on db: any Database) async throws {
        try await db.schema("grt_acceptance_reviews")
            .id()
            .field("acceptance_id", .uuid, .required, .references("grt_acceptances", "id", onDelete: .restrict))
            .field("expert_id", .uuid, .required)
            .field("expert_name", .string, .required)
            .field("affinity", .int, .required)
            .field("scores_json", .string, .required)
            .field("comment", .string, .required)
            .field("submitted_at", .datetime)
            .unique(on: "acceptance_id", "expert_id", name: "grt_acceptance_reviews_key")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("grt_acceptance_reviews").delete() }
}
