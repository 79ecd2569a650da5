import FluentKit
import Foundation
import KechuangCore

/// A row of `grt_subtasks`: one `SubTask`.
final class SubTaskRecord: Model, @unchecked Sendable {
    static let schema = "grt_subtasks"

    @ID(key: .id) var id: UUID?
    @Field(key: "project_id") var projectID: UUID
    @Field(key: "title") var title: String
    @Field(key: "leader_name") var leaderName: String
    @Field(key: "leader_email") var leaderEmail: String
    @Field(key: "budget") var budget: Int
    @Field(key: "allocated_by") var allocatedBy: String
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func toDomain() throws -> SubTask {
        SubTask(id: SubTask.ID(try requireID()), projectID: Project.ID(projectID), title: title, leaderName: leaderName, leaderEmail: leaderEmail,
                budget: budget, allocatedBy: allocatedBy, createdAt: createdAt, updatedAt: updatedAt, version: version)
    }
}
