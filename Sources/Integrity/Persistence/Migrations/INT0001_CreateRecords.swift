import FluentKit

struct INT0001_CreateRecords: AsyncMigration {
    var name: String { "INT0001 create int_records" }
    func prepare(on db: any Database) async throws {
        try await db.schema("int_records")
            .id()
            // A person's or an organisation's id (no foreign key: the subject is one of two tables).
            .field("subject_kind", .string, .required)
            .field("subject_id", .uuid, .required)
            .field("subject_name", .string, .required)
            .field("finding", .string, .required)
            .field("description", .string, .required)
            .field("deciding_body", .string, .required)
            .field("document_number", .string, .required)
            .field("decision_date", .datetime)
            .field("legal_basis", .string, .required)
            .field("scope", .string, .required)
            .field("restricted_from", .datetime)
            .field("restricted_until", .datetime)
            .field("publish", .bool, .required)
            .field("publish_from", .datetime)
            .field("publish_until", .datetime)
            .field("state", .string, .required)
            .field("lifted_at", .datetime)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("int_records").delete() }
}
