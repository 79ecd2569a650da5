import FluentKit
import Foundation
import KechuangCore

final class AwardSchemeRecord: Model, @unchecked Sendable {
    static let schema = "mon_award_schemes"

    @ID(key: .id) var id: UUID?
    @Field(key: "name_zh") var nameZh: String
    @Field(key: "name_en") var nameEn: String
    @Field(key: "year") var year: Int
    @Field(key: "categories_json") var categoriesJSON: String
    @Field(key: "created_by") var createdBy: UUID
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> AwardScheme {
        let categories: [AwardCategory]
        do { categories = try JSONDecoder().decode([AwardCategory].self, from: Data(categoriesJSON.utf8)) } catch {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "categories_json", reason: "does not decode: \(error)")
        }
        return AwardScheme(id: AwardScheme.ID(try requireID()), nameZh: nameZh, nameEn: nameEn, year: year, categories: categories, createdAt: createdAt)
    }
}
