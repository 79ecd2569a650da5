import FluentKit
import Foundation
import KechuangCore

/// A row of `por_data_access_requests`: a request, then the publisher's decision (the grant's end when approved).
final class DataAccessRequestRecord: Model, @unchecked Sendable {
    static let schema = "por_data_access_requests"

    @ID(key: .id) var id: UUID?
    @Field(key: "dataset_id") var datasetID: UUID
    @Field(key: "person_id") var personID: UUID
    @Field(key: "person_name") var personName: String
    @Field(key: "purpose") var purpose: String
    @Field(key: "state") var state: String
    @OptionalField(key: "reason") var reason: String?
    @OptionalField(key: "decided_by_id") var decidedByID: UUID?
    @OptionalField(key: "decided_by_label") var decidedByLabel: String?
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalField(key: "granted_until") var grantedUntil: Date?
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> DataAccessRequest {
        DataAccessRequest(
            id: DataAccessRequest.ID(try requireID()), datasetID: Dataset.ID(datasetID), personID: personID, personName: personName, purpose: purpose,
            state: try StoredValue.decode(DataAccessState.self, state, table: Self.schema, id: id, column: "state"),
            reason: reason, decidedByLabel: decidedByLabel, decidedAt: decidedAt, grantedUntil: grantedUntil, createdAt: createdAt)
    }
}
