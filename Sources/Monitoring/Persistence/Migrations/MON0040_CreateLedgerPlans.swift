import FluentKit

/// Plans at city, district and zone level with their goals and indicators (Art. 14).
struct MON0040_CreateLedgerPlans: AsyncMigration {
    var name: String { "MON0040 create mon_plans" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mon_plans")
            .id()
            .field("level", .string, .required)
            .field("scope", .string, .required)
            .field("title_zh", .string, .required)
            .field("title_en", .string, .required)
            .field("from_year", .int, .required)
            .field("to_year", .int, .required)
            .field("goals_json", .string, .required)
            .field("created_by", .uuid)
            .field("created_at", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("mon_plans").delete() }
}
