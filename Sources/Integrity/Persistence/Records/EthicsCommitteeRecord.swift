import FluentKit
import Foundation
import KechuangCore

final class EthicsCommitteeRecord: Model, @unchecked Sendable {
    static let schema = "int_ethics_committees"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "name_zh") var nameZh: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "registration_number") var registrationNumber: String
    @Field(key: "registration_date") var registrationDate: String
    @Field(key: "scopes") var scopes: String
    @Field(key: "members_json") var membersJSON: String
    @Field(key: "created_by") var createdBy: UUID
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> EthicsCommittee {
        guard let day = BeijingDay(parsing: registrationDate) else {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "registration_date", reason: "not a date: \(registrationDate)")
        }
        let members: [EthicsCommitteeMember]
        do { members = try JSONDecoder().decode([EthicsCommitteeMember].self, from: Data(membersJSON.utf8)) } catch {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "members_json", reason: "does not decode: \(error)")
        }
        return EthicsCommittee(id: EthicsCommittee.ID(try requireID()), organisationID: organisationID, nameZh: nameZh, nameEn: nameEn,
                               registrationNumber: registrationNumber, registrationDate: day,
                               scopes: try StoredValue.decodeList(EthicsScope.self, scopes, separator: ",", table: Self.schema, id: id, column: "scopes"),
                               members: members, createdAt: createdAt)
    }
}
