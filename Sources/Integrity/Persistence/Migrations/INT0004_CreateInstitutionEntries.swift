import FluentKit

struct INT0004_CreateInstitutionEntries: AsyncMigration {
    var name: String { "INT0004 create int_institution_entries" }
    func prepare(on db: any Database) async throws {
        try await db.schema("int_institution_entries")
            .id()
            .field("organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("entry_date", .datetime, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("int_institution_entries").delete() }
}
