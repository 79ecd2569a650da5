import FluentKit

struct GRT0010_CreateExpenditures: AsyncMigration {
    var name: String { "GRT0010 create grt_expenditures" }
    func prepare(on db: any Database) async throws {
        try await db.schema("grt_expenditures")
            .id()
            .field("project_id", .uuid, .required, .references("grt_projects", "id"))
            .field("category", .string, .required)
            .field("amount", .int64, .required)
            .field("date", .string, .required)
            .field("payee_kind", .string, .required)
            .field("payee", .string, .required)
            .field("description", .string, .required)
            .field("receipt_key", .string)
            .field("receipt_sha256", .string)
            .field("receipt_name", .string)
            .field("receipt_size", .int64)
            .field("state", .string, .required)
            .field("decision_note", .string, .required)
            .field("decided_by", .string)
            .field("decided_at", .datetime)
            .field("recorded_by", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("grt_expenditures").delete() }
}
