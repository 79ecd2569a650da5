import FluentKit

/// The yearly work plan's key tasks (Art. 8(1)): lead and co-departments, deadline, target, basis.
struct MON0041_CreateLedgerTasks: AsyncMigration {
    var name: String { "MON0041 create mon_tasks" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mon_tasks")
            .id()
            .field("plan_id", .uuid, .required, .references("mon_plans", "id", onDelete: .restrict))
            .field("year", .int, .required)
            .field("code", .string, .required)
            .field("title_zh", .string, .required)
            .field("title_en", .string, .required)
            .field("lead_department_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("co_departments_json", .string, .required)
            .field("deadline", .string, .required)
            .field("target_value", .double, .required)
            .field("target_unit", .string, .required)
            .field("indicator_code", .string)
            .field("article", .string)
            .field("plan_item", .string, .required)
            .field("created_by", .uuid)
            .field("created_at", .datetime, .required)
            .unique(on: "year", "code", name: "mon_tasks_year_code")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("mon_tasks").delete() }
}
