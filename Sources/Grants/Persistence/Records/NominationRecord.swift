import FluentKit
import Foundation
import KechuangCore

/// A row of `grt_nominations`: one `Nomination`.
final class NominationRecord: Model, @unchecked Sendable {
    static let schema = "grt_nominations"

    @ID(key: .id) var id: UUID?
    @Field(key: "application_id") var applicationID: UUID
    @Field(key: "expert_id") var expertID: UUID
    @Field(key: "expert_name") var expertName: String
    @Field(key: "statement") var statement: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> Nomination {
        Nomination(id: try requireID(), applicationID: applicationID, expertID: expertID, expertName: expertName, statement: statement, createdAt: createdAt)
    }
}
