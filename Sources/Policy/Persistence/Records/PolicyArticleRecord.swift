import FluentKit
import Foundation

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

    func toDomain() -> PolicyArticle {
        PolicyArticle(seq: seq, number: number, suffix: suffix, label: label, chapterLabel: chapterLabel, chapterTitle: chapterTitle, text: text)
    }
}
