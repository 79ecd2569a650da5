import FluentKit

struct GRT0011_CreateBudgetAdjustments: AsyncMigration {
    var name: String { "GRT0011 create grt_budget_adjustments" }
    func prepare(on db: any Database) async throws {
        try await db.schema("grt_budget_adjustments")
            .id()
            .field("project_id", .uuid, .required, .references("grt_projects", "id"))
            .field("kind", .string, .required)
            .field("from_category", .string)
            .field("to_category", .string, .required)
            .field("amount", .int64, .required)
            .field("reason", .string, .required)
            .field("state", .string, .required)
            // The article the adjustment rests on: 22 (the institution's decision) or 50(2).
            .field("basis", .string, .required)
            .field("requested_by", .string, .required)
            .field("decided_by", .string)
            .field("decided_at", .datetime)
            .field("decision_note", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("grt_budget_adjustments").delete() }
}
