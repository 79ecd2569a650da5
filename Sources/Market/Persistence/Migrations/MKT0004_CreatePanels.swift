import FluentKit

/// The expert panel chosen for a solution or a certification application by Review's machinery:
/// the exclusions (conflicts with their reasons) and the solver's objective.
struct MKT0004_CreatePanels: AsyncMigration {
    var name: String { "MKT0004 create mkt_panels" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mkt_panels")
            .id()
            .field("subject_kind", .string, .required)
            .field("subject_id", .uuid, .required)
            .field("reviewers", .int, .required)
            .field("candidates", .int, .required)
            .field("objective", .int, .required)
            .field("exclusions_json", .string, .required)
            .field("assigned_by", .uuid, .references("id_people", "id", onDelete: .restrict))
            .field("assigned_at", .datetime, .required)
            .unique(on: "subject_kind", "subject_id", name: "mkt_panels_subject_key")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("mkt_panels").delete() }
}
