import FluentKit
import Foundation
import KechuangCore

final class CatalogueEntryRecord: Model, @unchecked Sendable {
    static let schema = "tal_catalogue_entries"

    @ID(key: .id) var id: UUID?
    @Field(key: "code") var code: String
    @Field(key: "version") var version: Int
    @Field(key: "field") var field: String
    @Field(key: "role_zh") var roleZh: String
    @Field(key: "role_en") var roleEn: String
    @Field(key: "level") var level: String
    @Field(key: "requirements_zh") var requirementsZh: String
    @Field(key: "requirements_en") var requirementsEn: String
    @Field(key: "note") var note: String
    @Field(key: "withdrawn") var withdrawn: Bool
    @OptionalField(key: "published_by") var publishedBy: UUID?
    @Field(key: "published_at") var publishedAt: Date

    init() {}

    /// Throws `StoredDataError` for an unknown field or level: never a default.
    func toDomain() throws -> CatalogueEntry {
        CatalogueEntry(id: CatalogueEntry.ID(try requireID()), code: code, version: version,
                       field: try StoredValue.decode(TalentField.self, field, table: Self.schema, id: id, column: "field"),
                       roleZh: roleZh, roleEn: roleEn,
                       level: try StoredValue.decode(TalentLevel.self, level, table: Self.schema, id: id, column: "level"),
                       requirementsZh: requirementsZh, requirementsEn: requirementsEn, note: note, withdrawn: withdrawn,
                       publishedBy: publishedBy, publishedAt: publishedAt)
    }
}
