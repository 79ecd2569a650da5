import FluentKit
import Foundation
import KechuangCore

final class AcceptanceReviewRecord: Model, @unchecked Sendable {
    static let schema = "grt_acceptance_reviews"

    @ID(key: .id) var id: UUID?
    @Field(key: "acceptance_id") var acceptanceID: UUID
    @Field(key: "expert_id") var expertID: UUID
    @Field(key: "expert_name") var expertName: String
    @Field(key: "affinity") var affinity: Int
    /// Criterion key → score, as JSON.
    @Field(key: "scores_json") var scoresJSON: String
    @Field(key: "comment") var comment: String
    @OptionalField(key: "submitted_at") var submittedAt: Date?

    init() {}

    func toDomain() throws -> AcceptanceReview {
        AcceptanceReview(
            id: try requireID(), acceptanceID: acceptanceID, expertID: expertID, expertName: expertName, affinity: affinity,
            scores: try GrantsJSONColumn.decode([String: Int].self, scoresJSON, table: Self.schema, id: id, column: "scores_json"),
            comment: comment, submittedAt: submittedAt)
    }
}
