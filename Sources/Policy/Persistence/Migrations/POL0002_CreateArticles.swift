import FluentKit

struct POL0002_CreateArticles: AsyncMigration {
    var name: String { "POL0002 create pol_articles" }
    func prepare(on db: any Database) async throws {
        try await db.schema("pol_articles")
            .id()
            .field("document_id", .uuid, .required, .references("pol_documents", "id", onDelete: .cascade))
            .field("seq", .int, .required)
            .field("number", .int, .required)
            .field("suffix", .int)
            .field("label", .string, .required)
            .field("chapter_label", .string)
            .field("chapter_title", .string)
            .field("text", .string, .required)
            .unique(on: "document_id", "seq")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("pol_articles").delete() }
}
