import FluentKit
import Foundation
import Identity
import KechuangCore

final class OpeningRecord: Model, @unchecked Sendable {
    static let schema = "tal_openings"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "entry_id") var entryID: UUID
    @Field(key: "entry_code") var entryCode: String
    @Field(key: "field") var field: String
    @Field(key: "title_zh") var titleZh: String
    @Field(key: "title_en") var titleEn: String
    @Field(key: "description") var description: String
    @Field(key: "district") var district: String
    @OptionalField(key: "closes_on") var closesOn: String?
    @Field(key: "status") var status: String
    @Field(key: "posted_by") var postedBy: UUID
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    /// Throws `StoredDataError` for an unknown field, district or status, or an unreadable day.
    func toDomain() throws -> Opening {
        var day: BeijingDay?
        if let closesOn {
            guard let parsed = BeijingDay(parsing: closesOn) else {
                throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "closes_on", reason: "not a day: \"\(closesOn)\"")
            }
            day = parsed
        }
        return Opening(id: Opening.ID(try requireID()), organisationID: organisationID, entryID: CatalogueEntry.ID(entryID), entryCode: entryCode,
                       field: try StoredValue.decode(TalentField.self, field, table: Self.schema, id: id, column: "field"),
                       titleZh: titleZh, titleEn: titleEn, description: description,
                       district: try StoredValue.decode(District.self, district, table: Self.schema, id: id, column: "district"),
                       closesOn: day, status: try StoredValue.decode(OpeningStatus.self, status, table: Self.schema, id: id, column: "status"),
                       postedBy: postedBy, createdAt: createdAt, updatedAt: updatedAt)
    }
}
