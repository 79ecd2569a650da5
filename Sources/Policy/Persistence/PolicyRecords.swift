import FluentKit
import Foundation

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

