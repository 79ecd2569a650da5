import Search
import FluentKit
import Foundation
import SQLKit

final class PolicyDocumentRecord: Model, @unchecked Sendable {
    static let schema = "pol_documents"

    @ID(key: .id) var id: UUID?
    @Field(key: "external_id") var externalID: String
    /// The version date as `YYYY-MM-DD`, or "" when the source gives none (so it can be part of a unique key).
    @Field(key: "version_date") var versionDate: String
    @Field(key: "title_zh") var titleZh: String
    @OptionalField(key: "title_en") var titleEn: String?
    @Field(key: "issuer") var issuer: String
    @Field(key: "level") var level: String
    @Field(key: "region") var region: String
    @OptionalField(key: "effective_date") var effectiveDate: String?
    @OptionalField(key: "repeal_date") var repealDate: String?
    @Field(key: "status") var status: String
    @Field(key: "is_current") var isCurrent: Bool
    @Field(key: "preamble") var preamble: String
    @Field(key: "chapters_json") var chaptersJSON: String
    @Field(key: "article_count") var articleCount: Int
    /// Increases with every write, so app nodes can bring their search index up to date.
    @Field(key: "generation") var generation: Int64
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}

final class PolicyArticleRecord: Model, @unchecked Sendable {
    static let schema = "pol_articles"

    @ID(key: .id) var id: UUID?
    @Field(key: "document_id") var documentID: UUID
    @Field(key: "seq") var seq: Int
    @Field(key: "number") var number: Int
    @OptionalField(key: "suffix") var suffix: Int?
    @Field(key: "label") var label: String
    @OptionalField(key: "chapter_label") var chapterLabel: String?
    @OptionalField(key: "chapter_title") var chapterTitle: String?
    @Field(key: "text") var text: String

    init() {}
}

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
