import FluentKit
import Foundation
import KechuangCore

final class TechManagerRecord: Model, @unchecked Sendable {
    static let schema = "mkt_tech_managers"

    @ID(key: .id) var id: UUID?
    @Field(key: "platform_id") var platformID: UUID
    @Field(key: "name") var name: String
    @Field(key: "licence_number") var licenceNumber: String
    /// `YYYY-MM-DD`, Beijing.
    @Field(key: "licensed_until") var licensedUntil: String
    @Field(key: "fields") var fields: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> TechnologyManager {
        let id = try requireID()
        guard let until = BeijingDay(parsing: licensedUntil) else {
            throw StoredDataError(table: Self.schema, id: id.uuidString, column: "licensed_until", reason: "not a day: \(licensedUntil)")
        }
        return TechnologyManager(id: TechnologyManager.ID(id), platformID: TransferPlatform.ID(platformID), name: name, licenceNumber: licenceNumber,
                                 licensedUntil: until,
                                 fields: try StoredValue.decodeList(TechField.self, fields, separator: ",", table: Self.schema, id: id, column: "fields"),
                                 createdAt: createdAt)
    }
}
