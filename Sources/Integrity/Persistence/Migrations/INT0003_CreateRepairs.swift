import FluentKit

struct INT0003_CreateRepairs: AsyncMigration {
    var name: String { "INT0003 create int_repairs" }
    func prepare(on db: any Database) async throws {
        try await db.schema("int_repairs")
            .id()
            .field("record_id", .uuid, .required, .references("int_records", "id", onDelete: .restrict))
            .field("filed_by_id", .uuid)
            .field("filed_by_label", .string, .required)
            .field("filed_at", .datetime, .required)
            .field("evidence", .string, .required)
            .field("outcome", .string, .required)
            .field("decided_by_id", .uuid)
            .field("decided_by_label", .string)
            .field("decided_at", .datetime)
            .field("note", .string)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("int_repairs").delete() }
}
