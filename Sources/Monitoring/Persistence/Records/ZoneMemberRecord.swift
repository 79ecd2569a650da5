import FluentKit
import Foundation
import KechuangCore

final class ZoneMemberRecord: Model, @unchecked Sendable {
    static let schema = "mon_zone_members"

    @ID(key: .id) var id: UUID?
    @Field(key: "zone_code") var zoneCode: String
    @Field(key: "organisation_id") var organisationID: UUID
    @OptionalField(key: "added_by") var addedBy: UUID?
    @Field(key: "added_at") var addedAt: Date

    init() {}

    /// Throws `StoredDataError` for a zone code the registry does not know.
    func toDomain() throws -> ZoneMember {
        guard Zones.zone(zoneCode) != nil else {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "?", column: "zone_code", reason: "unknown zone \(zoneCode)")
        }
        return ZoneMember(id: ZoneMember.ID(try requireID()), zoneCode: zoneCode, organisationID: organisationID, addedBy: addedBy, addedAt: addedAt)
    }
}
