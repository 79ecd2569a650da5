import FluentKit

/// The programme officer's note at the formal check and the funding decision.
struct PRJ0006_AddApplicationOfficerNote: AsyncMigration {
    var name: String { "PRJ0006 add prj_applications.officer_note" }
    func prepare(on db: any Database) async throws {
        try await db.schema("prj_applications").field("officer_note", .string).update()
    }
    func revert(on db: any Database) async throws { try await db.schema("prj_applications").deleteField("officer_note").update() }
}
