import FluentKit
import SQLKit

struct POL0001_CreateDocuments: AsyncMigration {
    var name: String { "POL0001 create pol_documents" }
    func prepare(on db: any Database) async throws {
        try await db.schema("pol_documents")
            .id()
            .field("external_id", .string, .required)
            .field("version_date", .string, .required)
            .field("title_zh", .string, .required)
            .field("title_en", .string)
            .field("issuer", .string, .required)
            .field("level", .string, .required)
            .field("region", .string, .required)
            .field("effective_date", .string)
            .field("repeal_date", .string)
            .field("status", .string, .required)
            .field("is_current", .bool, .required)
            .field("preamble", .string, .required)
            .field("chapters_json", .string, .required)
            .field("article_count", .int, .required)
            .field("generation", .int64, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "external_id", "version_date")
            .create()
        if let sql = db as? any SQLDatabase {
            try await sql.raw("CREATE INDEX pol_documents_generation ON pol_documents (generation)").run()
        }
    }
    func revert(on db: any Database) async throws { try await db.schema("pol_documents").delete() }
}
