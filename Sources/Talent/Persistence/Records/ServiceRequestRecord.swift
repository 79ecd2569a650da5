import FluentKit
import Foundation
import KechuangCore

final class ServiceRequestRecord: Model, @unchecked Sendable {
    static let schema = "tal_service_requests"

    @ID(key: .id) var id: UUID?
    @Field(key: "person_id") var personID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "department") var department: String
    @Field(key: "state") var state: String
    @Field(key: "details") var details: String
    /// Document codes joined by commas.
    @Field(key: "documents") var documents: String
    @Field(key: "submitted_at") var submittedAt: Date
    @Field(key: "due_at") var dueAt: Date
    @OptionalField(key: "escalated_at") var escalatedAt: Date?
    @OptionalField(key: "closed_at") var closedAt: Date?
    @Field(key: "version") var version: Int
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    /// Throws `StoredDataError` for an unknown kind, state or department, or a document code the
    /// desk does not know (never dropped: the officer would think it was not enclosed).
    func toDomain() throws -> ServiceRequest {
        let kind = try StoredValue.decode(ServiceKind.self, kind, table: Self.schema, id: id, column: "kind")
        guard ServiceDesks.departments.contains(where: { $0.code == department }) else {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "department", reason: "unknown department \"\(department)\"")
        }
        let known = Set(ServiceDesks.desk(kind).documents.map(\.code))
        let codes = documents.split(separator: ",").map(String.init)
        if let unknown = codes.first(where: { !known.contains($0) }) {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "documents", reason: "unknown document \"\(unknown)\" for \(kind.rawValue)")
        }
        return ServiceRequest(id: ServiceRequest.ID(try requireID()), personID: personID, kind: kind, department: department,
                              state: try StoredValue.decode(ServiceState.self, state, table: Self.schema, id: id, column: "state"),
                              details: details, documents: codes, submittedAt: submittedAt, dueAt: dueAt, escalatedAt: escalatedAt,
                              closedAt: closedAt, version: version, updatedAt: updatedAt)
    }
}
