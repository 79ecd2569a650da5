import FluentKit

struct ST0001_CreateAuditLog: AsyncMigration {
    var name: String { "ST0001 create audit_log" }

    func prepare(on database: any Database) async throws {
        try await database.schema("audit_log")
            .id()
            .field("seq", .int64, .required)
            .field("at", .string, .required)
            .field("actor_id", .uuid)
            .field("actor_label", .string, .required)
            .field("action", .string, .required)
            .field("object_type", .string, .required)
            .field("object_id", .string, .required)
            .field("summary", .string, .required)
            .field("basis", .string)
            .field("prev_hash", .string, .required)
            .field("hash", .string, .required)
            .unique(on: "seq")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_log").delete()
    }
}
