import FluentKit
import Foundation
import KechuangCore

final class AcceptanceRecord: Model, @unchecked Sendable {
    static let schema = "grt_acceptances"

    @ID(key: .id) var id: UUID?
    @Field(key: "project_id") var projectID: UUID
    /// The `AcceptanceScheme` the project is evaluated by, copied when acceptance opens.
    @Field(key: "scheme_json") var schemeJSON: String
    @Field(key: "state") var state: String
    @OptionalField(key: "outcome") var outcome: String?
    @Field(key: "finding") var finding: String
    @OptionalField(key: "integrity_record_id") var integrityRecordID: UUID?
    @OptionalField(key: "decided_by") var decidedBy: UUID?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func toDomain() throws -> Acceptance {
        Acceptance(
            id: Acceptance.ID(try requireID()), projectID: projectID,
            scheme: try GrantsJSONColumn.decode(AcceptanceScheme.self, schemeJSON, table: Self.schema, id: id, column: "scheme_json"),
            state: try StoredValue.decode(AcceptanceState.self, state, table: Self.schema, id: id, column: "state"),
            outcome: try outcome.map { try StoredValue.decode(AcceptanceOutcome.self, $0, table: Self.schema, id: id, column: "outcome") },
            finding: finding, integrityRecordID: integrityRecordID, decidedBy: decidedBy, decidedAt: decidedAt,
            version: version, createdAt: createdAt, updatedAt: updatedAt)
    }
}
