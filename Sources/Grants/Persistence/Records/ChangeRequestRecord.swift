import FluentKit
import Foundation
import KechuangCore

final class ChangeRequestRecord: Model, @unchecked Sendable {
    static let schema = "grt_change_requests"

    @ID(key: .id) var id: UUID?
    @Field(key: "project_id") var projectID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "reason") var reason: String
    /// `ChangeDetails` as JSON.
    @Field(key: "details_json") var detailsJSON: String
    @Field(key: "state") var state: String
    @Field(key: "requested_by") var requestedBy: UUID
    /// `[ChangeStep]` as JSON, oldest first.
    @Field(key: "steps_json") var stepsJSON: String
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func toDomain() throws -> ChangeRequest {
        ChangeRequest(
            id: ChangeRequest.ID(try requireID()), projectID: projectID,
            kind: try StoredValue.decode(ChangeKind.self, kind, table: Self.schema, id: id, column: "kind"), reason: reason,
            details: try GrantsJSONColumn.decode(ChangeDetails.self, detailsJSON, table: Self.schema, id: id, column: "details_json"),
            state: try StoredValue.decode(ChangeState.self, state, table: Self.schema, id: id, column: "state"), requestedBy: requestedBy,
            steps: try GrantsJSONColumn.decode([ChangeStep].self, stepsJSON, table: Self.schema, id: id, column: "steps_json"),
            version: version, createdAt: createdAt, updatedAt: updatedAt)
    }
}
