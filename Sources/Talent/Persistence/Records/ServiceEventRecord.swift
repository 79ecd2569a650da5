import FluentKit
import Foundation
import KechuangCore

final class ServiceEventRecord: Model, @unchecked Sendable {
    static let schema = "tal_service_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "request_id") var requestID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "note") var note: String
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "by_officer") var byOfficer: Bool
    @Field(key: "at") var at: Date

    init() {}

    /// Throws `StoredDataError` for an unknown kind.
    func toDomain() throws -> ServiceEvent {
        ServiceEvent(id: ServiceEvent.ID(try requireID()), requestID: ServiceRequest.ID(requestID),
                     kind: try StoredValue.decode(ServiceEventKind.self, kind, table: Self.schema, id: id, column: "kind"),
                     note: note, actorID: actorID, byOfficer: byOfficer, at: at)
    }
}
