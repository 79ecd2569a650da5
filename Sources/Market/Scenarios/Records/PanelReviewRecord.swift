import FluentKit
import Foundation
import KechuangCore

final class PanelReviewRecord: Model, @unchecked Sendable {
    static let schema = "mkt_panel_reviews"

    @ID(key: .id) var id: UUID?
    @Field(key: "subject_kind") var subjectKind: String
    @Field(key: "subject_id") var subjectID: UUID
    @Field(key: "expert_id") var expertID: UUID
    @Field(key: "expert_name") var expertName: String
    @Field(key: "affinity") var affinity: Int
    @Field(key: "scores_json") var scoresJSON: String
    @Field(key: "comment") var comment: String
    @OptionalField(key: "submitted_at") var submittedAt: Date?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> PanelReview {
        PanelReview(id: PanelReview.ID(try requireID()),
                    subject: MarketPanel.Subject(
                        kind: try StoredValue.decode(MarketPanel.Kind.self, subjectKind, table: Self.schema, id: id, column: "subject_kind"), id: subjectID),
                    expertID: expertID, expertName: expertName, affinity: affinity,
                    scores: try MarketJSON.decode([String: Int].self, scoresJSON, table: Self.schema, id: id, column: "scores_json"),
                    comment: comment, submittedAt: submittedAt)
    }
}
