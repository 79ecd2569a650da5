import FluentKit
import Foundation
import KechuangCore

final class ProgrammeRecord: Model, @unchecked Sendable {
    static let schema = "prj_programmes"

    @ID(key: .id) var id: UUID?
    @Field(key: "code") var code: String
    @Field(key: "name_zh") var nameZh: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "kind") var kind: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> Programme {
        Programme(id: try requireID(), code: code, nameZh: nameZh, nameEn: nameEn,
                  kind: try StoredValue.decode(ProgrammeKind.self, kind, table: Self.schema, id: id, column: "kind"))
    }
}
