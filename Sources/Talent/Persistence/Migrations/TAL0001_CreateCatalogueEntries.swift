import FluentKit

/// Versions of the urgently-needed talent catalogue's entries (Art. 40): one row per version,
/// never updated; (code, version) is unique, so two adjustments of one version cannot both land.
struct TAL0001_CreateCatalogueEntries: AsyncMigration {
    var name: String { "TAL0001 create tal_catalogue_entries" }
    func prepare(on db: any Database) async throws {
        try await db.schema("tal_catalogue_entries")
            .id()
            .field("code", .string, .required)
            .field("version", .int, .required)
            .field("field", .string, .required)
            .field("role_zh", .string, .required)
            .field("role_en", .string, .required)
            .field("level", .string, .required)
            .field("requirements_zh", .string, .required)
            .field("requirements_en", .string, .required)
            .field("note", .string, .required)
            .field("withdrawn", .bool, .required)
            .field("published_by", .uuid, .references("id_people", "id", onDelete: .restrict))
            .field("published_at", .datetime, .required)
            .unique(on: "code", "version", name: "tal_catalogue_entries_code_version_key")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("tal_catalogue_entries").delete() }
}
