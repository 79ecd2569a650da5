import FluentKit

struct PRJ0002_CreateCalls: AsyncMigration {
    var name: String { "PRJ0002 create prj_calls" }
    func prepare(on db: any Database) async throws {
        try await db.schema("prj_calls")
            .id()
            .field("programme_id", .uuid, .required, .references("prj_programmes", "id", onDelete: .restrict))
            .field("title_zh", .string, .required)
            .field("title_en", .string, .required)
            .field("guideline_zh", .string, .required)
            .field("guideline_en", .string, .required)
            .field("opens_at", .datetime, .required)
            .field("closes_at", .datetime, .required)
            .field("total_budget", .int64, .required)
            .field("typical_award", .int64, .required)
            .field("budget_mode", .string, .required)
            .field("selection_mode", .string, .required)
            .field("eligibility_rules", .string, .required)
            .field("status", .string, .required)
            .field("published_at", .datetime)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("prj_calls").delete() }
}
