import FluentKit
import Foundation
import KechuangCore

/// A row of `por_datasets`. Keywords are a JSON array; themes a comma-joined list of codes.
final class DatasetRecord: Model, @unchecked Sendable {
    static let schema = "por_datasets"

    @ID(key: .id) var id: UUID?
    @Field(key: "slug") var slug: String
    @Field(key: "title_zh") var titleZh: String
    @Field(key: "title_en") var titleEn: String
    @Field(key: "description_zh") var descriptionZh: String
    @Field(key: "description_en") var descriptionEn: String
    @OptionalField(key: "publisher_id") var publisherID: UUID?
    @Field(key: "publisher_zh") var publisherZh: String
    @Field(key: "publisher_en") var publisherEn: String
    @Field(key: "licence") var licence: String
    @Field(key: "keywords") var keywords: String
    @Field(key: "themes") var themes: String
    @OptionalField(key: "temporal_start") var temporalStart: String?
    @OptionalField(key: "temporal_end") var temporalEnd: String?
    @Field(key: "spatial") var spatial: String
    @Field(key: "access_level") var accessLevel: String
    @OptionalField(key: "source") var source: String?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "modified_at") var modifiedAt: Date

    init() {}

    func apply(_ input: DatasetInput) {
        slug = input.slug
        titleZh = input.titleZh
        titleEn = input.titleEn
        descriptionZh = input.descriptionZh
        descriptionEn = input.descriptionEn
        licence = input.licence.rawValue
        keywords = String(decoding: (try? JSONEncoder().encode(input.keywords)) ?? Data("[]".utf8), as: UTF8.self)
        themes = input.themes.map(\.rawValue).joined(separator: ",")
        temporalStart = input.temporalStart?.description
        temporalEnd = input.temporalEnd?.description
        spatial = input.spatial
        accessLevel = input.accessLevel.rawValue
    }

    func toDomain() throws -> Dataset {
        let id = try requireID()
        func day(_ raw: String?, _ column: String) throws -> BeijingDay? {
            guard let raw else { return nil }
            guard let day = BeijingDay(parsing: raw) else { throw StoredDataError(table: Self.schema, id: id.uuidString, column: column, reason: "not a day: \(raw)") }
            return day
        }
        guard let words = try? JSONDecoder().decode([String].self, from: Data(keywords.utf8)) else {
            throw StoredDataError(table: Self.schema, id: id.uuidString, column: "keywords", reason: "not a JSON array of strings")
        }
        return Dataset(
            id: Dataset.ID(id), slug: slug, titleZh: titleZh, titleEn: titleEn, descriptionZh: descriptionZh, descriptionEn: descriptionEn,
            publisherID: publisherID, publisherZh: publisherZh, publisherEn: publisherEn,
            licence: try StoredValue.decode(DatasetLicence.self, licence, table: Self.schema, id: id, column: "licence"),
            keywords: words, themes: try StoredValue.decodeList(DatasetTheme.self, themes, separator: ",", table: Self.schema, id: id, column: "themes"),
            temporalStart: try day(temporalStart, "temporal_start"), temporalEnd: try day(temporalEnd, "temporal_end"), spatial: spatial,
            accessLevel: try StoredValue.decode(DatasetAccessLevel.self, accessLevel, table: Self.schema, id: id, column: "access_level"),
            source: source, createdAt: createdAt, modifiedAt: modifiedAt)
    }
}
