import FluentKit
import Foundation
import KechuangCore

final class DemandRecord: Model, @unchecked Sendable {
    static let schema = "mkt_demands"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "title") var title: String
    @Field(key: "problem") var problem: String
    @Field(key: "field") var field: String
    @OptionalField(key: "budget") var budget: Int64?
    @OptionalField(key: "deadline") var deadline: String?
    @OptionalField(key: "minimum_trl") var minimumTRL: Int?
    @Field(key: "status") var status: String
    @Field(key: "created_by") var createdBy: UUID
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    /// Throws `StoredDataError` for an unknown field or status, an unreadable day or a level outside 1–9.
    func toDomain() throws -> TechDemand {
        var day: BeijingDay?
        if let deadline {
            guard let parsed = BeijingDay(parsing: deadline) else {
                throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "deadline", reason: "not a day: \"\(deadline)\"")
            }
            day = parsed
        }
        if let minimumTRL, !(1...9).contains(minimumTRL) {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "minimum_trl", reason: "not 1–9: \(minimumTRL)")
        }
        return TechDemand(id: TechDemand.ID(try requireID()), organisationID: organisationID, title: title, problem: problem,
                          field: try StoredValue.decode(TechField.self, field, table: Self.schema, id: id, column: "field"),
                          budget: budget.map { Int($0) }, deadline: day, minimumTRL: minimumTRL,
                          status: try StoredValue.decode(ListingStatus.self, status, table: Self.schema, id: id, column: "status"),
                          createdBy: createdBy, createdAt: createdAt, updatedAt: updatedAt)
    }
}
