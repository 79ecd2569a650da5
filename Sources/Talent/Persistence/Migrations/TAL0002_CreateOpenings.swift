import FluentKit
import SQLKit

/// Openings posted by enterprises and institutes against a catalogue version (Art. 40).
struct TAL0002_CreateOpenings: AsyncMigration {
    var name: String { "TAL0002 create tal_openings" }
    func prepare(on db: any Database) async throws {
        try await db.schema("tal_openings")
            .id()
            .field("organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("entry_id", .uuid, .required, .references("tal_catalogue_entries", "id", onDelete: .restrict))
            .field("entry_code", .string, .required)
            .field("field", .string, .required)
            .field("title_zh", .string, .required)
            .field("title_en", .string, .required)
            .field("description", .string, .required)
            .field("district", .string, .required)
            .field("closes_on", .string)
            .field("status", .string, .required)
            .field("posted_by", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "tal_openings_updated").on("tal_openings").column("updated_at").run()
    }
    func revert(on db: any Database) async throws { try await db.schema("tal_openings").delete() }
}
