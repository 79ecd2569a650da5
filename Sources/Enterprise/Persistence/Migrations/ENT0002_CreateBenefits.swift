import FluentKit

struct ENT0002_CreateBenefits: AsyncMigration {
    var name: String { "ENT0002 create ent_benefits" }
    func prepare(on db: any Database) async throws {
        try await db.schema("ent_benefits")
            .id()
            .field("title_zh", .string, .required)
            .field("title_en", .string, .required)
            .field("summary_zh", .string, .required)
            .field("summary_en", .string, .required)
            .field("year", .int, .required)
            .field("criteria_json", .string, .required)
            .field("source_json", .string)
            .field("basis", .string, .required)
            .field("active", .bool, .required)
            .field("created_at", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("ent_benefits").delete() }
}
