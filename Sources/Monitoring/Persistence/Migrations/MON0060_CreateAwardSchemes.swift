import FluentKit

struct MON0060_CreateAwardSchemes: AsyncMigration {
    var name: String { "MON0060 create mon_award_schemes" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mon_award_schemes")
            .id()
            .field("name_zh", .string, .required)
            .field("name_en", .string, .required)
            .field("year", .int, .required)
            .field("categories_json", .string, .required)
            .field("created_by", .uuid, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "name_zh", "year")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("mon_award_schemes").delete() }
}
