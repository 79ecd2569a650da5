import FluentKit
import Foundation
import KechuangCore

final class ScenarioBatchRecord: Model, @unchecked Sendable {
    static let schema = "mkt_scenario_batches"

    @ID(key: .id) var id: UUID?
    @Field(key: "department_id") var departmentID: UUID
    @Field(key: "title_zh") var titleZh: String
    @Field(key: "title_en") var titleEn: String
    @Field(key: "summary") var summary: String
    @OptionalField(key: "published_on") var publishedOn: String?
    @Field(key: "closes_on") var closesOn: String
    @OptionalField(key: "created_by") var createdBy: UUID?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date
    @Field(key: "version") var version: Int

    init() {}

    /// Throws `StoredDataError` for a day that does not parse.
    func toDomain(departmentName: String) throws -> ScenarioBatch {
        func day(_ raw: String, _ column: String) throws -> BeijingDay {
            guard let d = BeijingDay(parsing: raw) else {
                throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: column, reason: "not a day: \"\(raw)\"")
            }
            return d
        }
        return ScenarioBatch(id: ScenarioBatch.ID(try requireID()), departmentID: departmentID, departmentName: departmentName,
                             titleZh: titleZh, titleEn: titleEn, summary: summary,
                             publishedOn: try publishedOn.map { try day($0, "published_on") }, closesOn: try day(closesOn, "closes_on"),
                             createdAt: createdAt, version: version)
    }
}
