import FluentKit

struct PRJ0005_AddCallFormSections: AsyncMigration {
    var name: String { "PRJ0005 add prj_calls.form_sections" }
    func prepare(on db: any Database) async throws {
        try await db.schema("prj_calls").field("form_sections", .string, .required, .sql(.default("[]"))).update()
    }
    func revert(on db: any Database) async throws { try await db.schema("prj_calls").deleteField("form_sections").update() }
}
