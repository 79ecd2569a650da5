import FluentKit

/// One expert's review of a solution or a certification application, on the review form of proposals.
struct MKT0005_CreatePanelReviews: AsyncMigration {
    var name: String { "MKT0005 create mkt_panel_reviews" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mkt_panel_reviews")
            .id()
            .field("subject_kind", .string, .required)
            .field("subject_id", .uuid, .required)
            .field("expert_id", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("expert_name", .string, .required)
            .field("affinity", .int, .required)
            .field("scores_json", .string, .required)
            .field("comment", .string, .required)
            .field("submitted_at", .datetime)
            .field("created_at", .datetime, .required)
            .unique(on: "subject_kind", "subject_id", "expert_id", name: "mkt_panel_reviews_subject_expert_key")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("mkt_panel_reviews").delete() }
}
