import FluentKit
import Foundation
import KechuangCore

final class OrganisationRecord: Model, @unchecked Sendable {
    static let schema = "id_organisations"

    @ID(key: .id) var id: UUID?
    @Field(key: "name_zh") var nameZh: String
    @OptionalField(key: "name_en") var nameEn: String?
    @Field(key: "type") var type: String
    @Field(key: "ownership") var ownership: String
    @Field(key: "district") var district: String
    @Field(key: "uscc") var uscc: String
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    /// A type, ownership or district nobody knows is a `StoredDataError`, never a default: eligibility
    /// rules are evaluated on these.
    func toDomain() throws -> Organisation {
        let s = Self.schema
        return Organisation(
            id: Organisation.ID(try requireID()), nameZh: nameZh, nameEn: nameEn, type: try StoredValue.decode(OrganisationType.self, type, table: s, id: id, column: "type"),
            ownership: try StoredValue.decode(Ownership.self, ownership, table: s, id: id, column: "ownership"),
            district: try StoredValue.decode(District.self, district, table: s, id: id, column: "district"),
            uscc: uscc, version: version, createdAt: createdAt, updatedAt: updatedAt)
    }
}
