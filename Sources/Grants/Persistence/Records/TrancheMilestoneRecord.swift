import FluentKit
import Foundation
import KechuangCore

/// A row of `grt_tranche_milestones`: a milestone reported done.
final class TrancheMilestoneRecord: Model, @unchecked Sendable {
    static let schema = "grt_tranche_milestones"

    @ID(key: .id) var id: UUID?
    @Field(key: "project_id") var projectID: UUID
    @Field(key: "milestone_id") var milestoneID: UUID
    @Field(key: "note") var note: String
    @Field(key: "reported_by") var reportedBy: String
    @Field(key: "reported_at") var reportedAt: Date

    init() {}

    func toDomain() -> TrancheMilestoneReport {
        TrancheMilestoneReport(projectID: Project.ID(projectID), milestoneID: milestoneID, note: note, reportedBy: reportedBy, reportedAt: reportedAt)
    }
}
