import FluentKit
import Foundation
import KechuangCore

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

    /// Unreadable chapters, or a level or status nobody knows, are a `StoredDataError`: a repealed
    /// text must never be shown as in force.
    func toDomain() throws -> PolicyDocument {
        let chapters: [PolicyChapter]
        do {
            chapters = try JSONDecoder().decode([PolicyChapter].self, from: Data(chaptersJSON.utf8))
        } catch {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "chapters_json", reason: "JSON does not decode as [PolicyChapter]: \(error)")
        }
        return PolicyDocument(
            id: try requireID(), externalID: externalID, titleZh: titleZh, titleEn: titleEn, issuer: issuer,
            level: try StoredValue.decode(PolicyLevel.self, level, table: Self.schema, id: id, column: "level"), region: region,
            issueDate: versionDate.isEmpty ? nil : versionDate, effectiveDate: effectiveDate, repealDate: repealDate,
            status: try StoredValue.decode(PolicyStatus.self, status, table: Self.schema, id: id, column: "status"), isCurrent: isCurrent, preamble: preamble,
            chapters: chapters, articleCount: articleCount)
    }
}
