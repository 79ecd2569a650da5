import FluentKit

/// Risk warnings (Art. 65) raised by the warning rules. `open_key` (rule, subject) is set while a
/// warning is open and cleared when it is closed: the unique index keeps one open warning per rule
/// and subject, in both databases (NULLs do not collide).
struct MON0043_CreateWarnings: AsyncMigration {
    var name: String { "MON0043 create mon_warnings" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mon_warnings")
            .id()
            .field("rule_id", .string, .required)
            .field("subject_type", .string, .required)
            .field("subject_id", .string, .required)
            .field("subject_label", .string, .required)
            .field("severity", .string, .required)
            .field("evidence_zh", .string, .required)
            .field("evidence_en", .string, .required)
            .field("state", .string, .required)
            .field("open_key", .string)
            .field("owner_id", .uuid)
            .field("raised_at", .datetime, .required)
            .field("acknowledged_by", .uuid)
            .field("acknowledged_at", .datetime)
            .field("acknowledgement", .string, .required)
            .field("closed_by", .uuid)
            .field("closed_at", .datetime)
            .field("closing_note", .string, .required)
            .field("version", .int, .required)
            .unique(on: "open_key", name: "mon_warnings_open_key")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("mon_warnings").delete() }
}
