import FluentKit
import Foundation
import KechuangCore

final class LabRecord: Model, @unchecked Sendable {
    static let schema = "ins_labs"

    @ID(key: .id) var id: UUID?
    @Field(key: "name_zh") var nameZh: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "level") var level: String
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> Lab {
        Lab(id: Lab.ID(try requireID()), nameZh: nameZh, nameEn: nameEn,
            level: try StoredValue.decode(LabLevel.self, level, table: Self.schema, id: id, column: "level"), organisationID: organisationID)
    }
}
