import FluentKit
import Foundation
import Identity
import KechuangCore

final class PlatformRecord: Model, @unchecked Sendable {
    static let schema = "mkt_platforms"

    @ID(key: .id) var id: UUID?
    @Field(key: "kind") var kind: String
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "name") var name: String
    @Field(key: "summary") var summary: String
    /// Comma-separated `TechField` raw values.
    @Field(key: "fields") var fields: String
    /// Comma-separated `PlatformService` raw values.
    @Field(key: "services") var services: String
    @Field(key: "capacity") var capacity: String
    @Field(key: "fees") var fees: String
    @Field(key: "district") var district: String
    @Field(key: "contact") var contact: String
    @Field(key: "status") var status: String
    @Field(key: "created_by") var createdBy: UUID
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func toDomain() throws -> TransferPlatform {
        let id = try requireID()
        return TransferPlatform(
            id: TransferPlatform.ID(id), kind: try StoredValue.decode(PlatformKind.self, kind, table: Self.schema, id: id, column: "kind"),
            organisationID: organisationID, name: name, summary: summary,
            fields: try StoredValue.decodeList(TechField.self, fields, separator: ",", table: Self.schema, id: id, column: "fields"),
            services: try StoredValue.decodeList(PlatformService.self, services, separator: ",", table: Self.schema, id: id, column: "services"),
            capacity: capacity, fees: fees, district: try StoredValue.decode(District.self, district, table: Self.schema, id: id, column: "district"),
            contact: contact, status: try StoredValue.decode(PlatformStatus.self, status, table: Self.schema, id: id, column: "status"),
            createdBy: createdBy, createdAt: createdAt, updatedAt: updatedAt)
    }
}
