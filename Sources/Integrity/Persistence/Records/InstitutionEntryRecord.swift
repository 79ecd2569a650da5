import FluentKit
import Foundation
import KechuangCore

final class InstitutionEntryRecord: Model, @unchecked Sendable {
    static let schema = "int_institution_entries"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "kind") var kind: String
    @Field(key: "title") var title: String
    @Field(key: "body") var body: String
    @Field(key: "entry_date") var date: Date
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    func toDomain() throws -> InstitutionIntegrityEntry {
        InstitutionIntegrityEntry(id: try requireID(), organisationID: organisationID,
                                  kind: try StoredValue.decode(InstitutionEntryKind.self, kind, table: Self.schema, id: id, column: "kind"), title: title,
                                  body: body, date: date, version: version, createdAt: createdAt, updatedAt: updatedAt)
    }
}
