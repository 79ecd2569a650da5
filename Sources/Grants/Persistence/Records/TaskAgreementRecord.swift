import FluentKit
import Foundation
import KechuangCore

final class TaskAgreementRecord: Model, @unchecked Sendable {
    static let schema = "grt_task_agreements"

    @ID(key: .id) var id: UUID?
    @Field(key: "project_id") var projectID: UUID
    /// `AgreementTerms` as JSON.
    @Field(key: "terms_json") var termsJSON: String
    /// `[AgreementSignature]` as JSON, oldest first.
    @Field(key: "signatures_json") var signaturesJSON: String
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func toDomain() throws -> TaskAgreement {
        TaskAgreement(
            id: TaskAgreement.ID(try requireID()), projectID: Project.ID(projectID),
            terms: try GrantsJSONColumn.decode(AgreementTerms.self, termsJSON, table: Self.schema, id: id, column: "terms_json"),
            signatures: try GrantsJSONColumn.decode([AgreementSignature].self, signaturesJSON, table: Self.schema, id: id, column: "signatures_json"),
            version: version, updatedAt: updatedAt)
    }
}
