import FluentKit
import Foundation
import KechuangCore

final class PlatformRequestRecord: Model, @unchecked Sendable {
    static let schema = "mkt_platform_requests"

    @ID(key: .id) var id: UUID?
    @Field(key: "platform_id") var platformID: UUID
    @Field(key: "provider_organisation_id") var providerOrganisationID: UUID
    @Field(key: "service") var service: String
    @Field(key: "requester_organisation_id") var requesterOrganisationID: UUID
    @Field(key: "requested_by") var requestedBy: UUID
    @Field(key: "description") var description: String
    @Field(key: "status") var status: String
    @Field(key: "provider_note") var providerNote: String
    @OptionalField(key: "decided_by") var decidedBy: UUID?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func toDomain() throws -> PlatformServiceRequest {
        let id = try requireID()
        return PlatformServiceRequest(
            id: PlatformServiceRequest.ID(id), platformID: TransferPlatform.ID(platformID),
            service: try StoredValue.decode(PlatformService.self, service, table: Self.schema, id: id, column: "service"),
            requesterOrganisationID: requesterOrganisationID, requestedBy: requestedBy, description: description,
            status: try StoredValue.decode(ServiceRequestStatus.self, status, table: Self.schema, id: id, column: "status"),
            providerNote: providerNote, decidedBy: decidedBy, createdAt: createdAt, updatedAt: updatedAt)
    }
}
