import FluentKit
import Foundation
import KechuangCore

/// A row of `grt_tranche_releases`: a tranche paid out.
final class TrancheReleaseRecord: Model, @unchecked Sendable {
    static let schema = "grt_tranche_releases"

    @ID(key: .id) var id: UUID?
    @Field(key: "project_id") var projectID: UUID
    @Field(key: "tranche_id") var trancheID: UUID
    @Field(key: "amount") var amount: Int
    @OptionalField(key: "milestone_id") var milestoneID: UUID?
    @Field(key: "released_by") var releasedBy: String
    @Field(key: "released_at") var releasedAt: Date

    init() {}

    func toDomain() -> TrancheRelease {
        TrancheRelease(projectID: Project.ID(projectID), trancheID: trancheID, amount: amount, milestoneID: milestoneID,
                       releasedBy: releasedBy, releasedAt: releasedAt)
    }
}
