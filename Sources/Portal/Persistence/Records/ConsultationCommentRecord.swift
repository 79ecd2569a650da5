import FluentKit
import Foundation
import KechuangCore

final class ConsultationCommentRecord: Model, @unchecked Sendable {
    static let schema = "por_consultation_comments"

    @ID(key: .id) var id: UUID?
    @Field(key: "consultation_id") var consultationID: UUID
    @Field(key: "author_id") var authorID: UUID
    @OptionalField(key: "organisation_id") var organisationID: UUID?
    @OptionalField(key: "organisation_name") var organisationName: String?
    @OptionalField(key: "article_label") var articleLabel: String?
    @Field(key: "body") var body: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "hidden_reason") var hiddenReason: String?
    @OptionalField(key: "hidden_by") var hiddenBy: UUID?
    @OptionalField(key: "hidden_at") var hiddenAt: Date?
    @OptionalField(key: "response") var response: String?
    @OptionalField(key: "response_reason") var responseReason: String?
    @OptionalField(key: "responded_by") var respondedBy: UUID?
    @OptionalField(key: "responded_at") var respondedAt: Date?
    @Field(key: "version") var version: Int

    init() {}

    func toDomain() throws -> ConsultationComment {
        ConsultationComment(
            id: ConsultationComment.ID(try requireID()), consultationID: Consultation.ID(consultationID), authorID: authorID,
            organisationID: organisationID, organisationName: organisationName, articleLabel: articleLabel, text: body, createdAt: createdAt,
            hiddenReason: hiddenReason, hiddenAt: hiddenAt,
            response: try response.map { try StoredValue.decode(ConsultationResponse.self, $0, table: Self.schema, id: id, column: "response") },
            responseReason: responseReason, respondedAt: respondedAt, version: version)
    }
}
