import FluentKit

struct INT0002_CreateAppeals: AsyncMigration {
    var name: String { "INT0002 create int_appeals" }
    func prepare(on db: any Database) async throws {
        try await db.schema("int_appeals")
            .id()
            .field("record_id", .uuid, .required, .references("int_records", "id", onDelete: .restrict))
            .field("filed_by_id", .uuid)
            .field("filed_by_label", .string, .required)
            .field("filed_at", .datetime, .required)
            .field("grounds", .string, .required)
            .field("outcome", .string, .required)
            .field("decided_by_id", .uuid)
            .field("decided_by_label", .string)
            .field("decided_at", .datetime)
            .field("note", .string)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("int_appeals").delete() }
}
