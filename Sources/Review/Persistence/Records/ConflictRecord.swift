import FluentKit
import Foundation
import KechuangCore

final class ConflictRecord: Model, @unchecked Sendable {
    static let schema = "rev_conflicts"
    @ID(key: .id) var id: UUID?
    @Field(key: "round_id") var roundID: UUID
    @Field(key: "application_id") var applicationID: UUID
    @Field(key: "expert_id") var expertID: UUID
    @Field(key: "reason") var reason: String
    @Field(key: "detail") var detail: String
    @Field(key: "by_officer") var byOfficer: Bool
    @Field(key: "created_at") var createdAt: Date
    init() {}

    func toDomain() throws -> Exclusion {
        Exclusion(applicationID: applicationID, expertID: expertID,
                  reason: try StoredValue.decode(ConflictReason.self, reason, table: Self.schema, id: id, column: "reason"), detail: detail, byOfficer: byOfficer)
    }
}
