import FluentKit

/// One evaluation per registry entry and year.
struct ENT0009_CreateRegistryEvaluations: AsyncMigration {
    var name: String { "ENT0009 create ent_registry_evaluations" }
    func prepare(on db: any Database) async throws {
        try await db.schema("ent_registry_evaluations")
            .id()
            .field("entry_id", .uuid, .required, .references("ent_registry_entries", "id", onDelete: .restrict))
            .field("year", .int, .required)
            .field("grade", .string, .required)
            .field("summary", .string, .required)
            .field("evaluated_by", .uuid, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "entry_id", "year", name: "ent_registry_evaluations_yearly")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("ent_registry_evaluations").delete() }
}
