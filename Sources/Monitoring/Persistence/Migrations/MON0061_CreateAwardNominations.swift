import FluentKit

struct MON0061_CreateAwardNominations: AsyncMigration {
    var name: String { "MON0061 create mon_award_nominations" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mon_award_nominations")
            .id()
            .field("scheme_id", .uuid, .required, .references("mon_award_schemes", "id", onDelete: .restrict))
            .field("category_code", .string, .required)
            .field("nominee_kind", .string, .required)
            .field("nominee_id", .uuid, .required)
            .field("nominee_name", .string, .required)
            .field("nominating_unit_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("achievement_zh", .string, .required)
            .field("achievement_en", .string, .required)
            .field("state", .string, .required)
            .field("decision_note", .string)
            .field("decided_by", .uuid)
            .field("decided_at", .datetime)
            .field("created_by", .uuid, .required)
            .field("created_at", .datetime, .required)
            .field("version", .int, .required)
            .unique(on: "scheme_id", "category_code", "nominee_id")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("mon_award_nominations").delete() }
}
