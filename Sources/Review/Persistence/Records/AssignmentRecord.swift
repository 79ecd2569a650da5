import FluentKit
import Foundation
import KechuangCore

final class AssignmentRecord: Model, @unchecked Sendable {
    static let schema = "rev_assignments"
    @ID(key: .id) var id: UUID?
    @Field(key: "round_id") var roundID: UUID
    @Field(key: "application_id") var applicationID: UUID
    @Field(key: "expert_id") var expertID: UUID
    @Field(key: "affinity") var affinity: Int
    @Field(key: "status") var status: String
    @Field(key: "source") var source: String
    @OptionalField(key: "decline_reason") var declineReason: String?
    @OptionalField(key: "reminded_at") var remindedAt: Date?
    @Field(key: "updated_at") var updatedAt: Date
    init() {}

    /// The status; one nobody knows is a `StoredDataError`, never `assigned`.
    func assignmentStatus() throws -> AssignmentStatus {
        try StoredValue.decode(AssignmentStatus.self, status, table: Self.schema, id: id, column: "status")
    }

    func toDomain() throws -> ReviewAssignment {
        ReviewAssignment(id: try requireID(), roundID: roundID, applicationID: applicationID, expertID: expertID, affinity: affinity,
                         status: try assignmentStatus(),
                         source: try StoredValue.decode(AssignmentSource.self, source, table: Self.schema, id: id, column: "source"),
                         declineReason: declineReason, remindedAt: remindedAt)
    }
}
