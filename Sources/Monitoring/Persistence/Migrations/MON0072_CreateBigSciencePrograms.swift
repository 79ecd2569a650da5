import FluentKit

struct MON0072_CreateBigSciencePrograms: AsyncMigration {
    var name: String { "MON0072 create mon_big_science" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mon_big_science")
            .id()
            .field("name_zh", .string, .required)
            .field("name_en", .string, .required)
            .field("role", .string, .required)
            .field("participants_json", .string, .required)
            .field("start_year", .int, .required)
            .field("state", .string, .required)
            .field("published_at", .datetime)
            .field("created_by", .uuid, .required)
            .field("created_at", .datetime, .required)
            .field("version", .int, .required)
            .unique(on: "name_zh")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("mon_big_science").delete() }
}
