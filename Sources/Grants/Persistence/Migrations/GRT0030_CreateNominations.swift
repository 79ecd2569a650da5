import FluentKit

/// Expert recommendation (Art. 29): one nomination per expert and application.
struct GRT0030_CreateNominations: AsyncMigration {
    var name: String { "GRT0030 create grt_nominations" }
    func prepare(on db: any Database) async throws {
        try await db.schema("grt_nominations")
            .id()
            .field("application_id", .uuid, .required, .references("prj_applications", "id", onDelete: .restrict))
            .field("expert_id", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("expert_name", .string, .required)
            .field("statement", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "application_id", "expert_id", name: "grt_nominations_application_expert_key")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("grt_nominations").delete() }
}
