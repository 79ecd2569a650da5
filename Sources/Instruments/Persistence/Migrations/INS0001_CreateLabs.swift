import FluentKit

struct INS0001_CreateLabs: AsyncMigration {
    var name: String { "INS0001 create ins_labs" }
    func prepare(on db: any Database) async throws {
        try await db.schema("ins_labs")
            .id()
            .field("name_zh", .string, .required)
            .field("name_en", .string, .required)
            .field("level", .string, .required)
            .field("organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("created_at", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("ins_labs").delete() }
}
