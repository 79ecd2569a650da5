import FluentKit

// One migration per table. Shipped migrations are never edited: a change is a new migration.

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

struct INT0004_CreateInstitutionEntries: AsyncMigration {
    var name: String { "INT0004 create int_institution_entries" }
    func prepare(on db: any Database) async throws {
        try await db.schema("int_institution_entries")
            .id()
            .field("organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("kind", .string, .required)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("entry_date", .datetime, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("int_institution_entries").delete() }
}
