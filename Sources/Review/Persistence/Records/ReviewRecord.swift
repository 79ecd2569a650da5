import FluentKit
import Foundation

final class ReviewRecord: Model, @unchecked Sendable {
    static let schema = "rev_reviews"
    @ID(key: .id) var id: UUID?
    @Field(key: "assignment_id") var assignmentID: UUID
    @Field(key: "application_id") var applicationID: UUID
    @Field(key: "expert_id") var expertID: UUID
    @Field(key: "scores_json") var scoresJSON: String
    @Field(key: "total") var total: Double
    @Field(key: "comment") var comment: String
    @Field(key: "language") var language: String
    @Field(key: "submitted_at") var submittedAt: Date
    init() {}

    func toDomain() throws -> SubmittedReview {
        SubmittedReview(assignmentID: assignmentID, applicationID: applicationID, expertID: expertID,
                        scores: try ReviewJSON.decode([String: Int].self, scoresJSON), total: total, comment: comment, language: language,
                        submittedAt: submittedAt)
    }
}
