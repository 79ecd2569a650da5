import FluentKit

/// Monthly progress reports on key tasks; a correction is the next revision, none is overwritten.
struct MON0042_CreateLedgerProgress: AsyncMigration {
    var name: String { "MON0042 create mon_task_progress" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mon_task_progress")
            .id()
            .field("task_id", .uuid, .required, .references("mon_tasks", "id", onDelete: .restrict))
            .field("month", .string, .required)
            .field("revision", .int, .required)
            .field("value", .double, .required)
            .field("narrative", .string, .required)
            .field("reported_by", .uuid)
            .field("reported_at", .datetime, .required)
            .unique(on: "task_id", "month", "revision", name: "mon_task_progress_revision")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("mon_task_progress").delete() }
}
