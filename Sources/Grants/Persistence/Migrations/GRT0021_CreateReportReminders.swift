import FluentKit

/// In-platform reminders of reports due soon or overdue: one per report, kind and recipient.
struct GRT0021_CreateReportReminders: AsyncMigration {
    var name: String { "GRT0021 create grt_report_reminders" }
    func prepare(on db: any Database) async throws {
        try await db.schema("grt_report_reminders")
            .id()
            .field("report_id", .uuid, .required, .references("grt_reports", "id", onDelete: .restrict))
            .field("project_id", .uuid, .required)
            .field("recipient_id", .uuid, .required)
            .field("kind", .string, .required)
            .field("due_date", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "report_id", "kind", "recipient_id", name: "grt_report_reminders_once_key")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("grt_report_reminders").delete() }
}
