import FluentKit
import Foundation
import KechuangCore

final class ReportedValueRecord: Model, @unchecked Sendable {
    static let schema = "mon_reported_values"

    @ID(key: .id) var id: UUID?
    @Field(key: "indicator_code") var indicatorCode: String
    @Field(key: "year") var year: Int
    @Field(key: "revision") var revision: Int
    @Field(key: "value") var value: Double
    @Field(key: "note") var note: String
    @OptionalField(key: "department_id") var departmentID: UUID?
    @OptionalField(key: "entered_by") var enteredBy: UUID?
    @Field(key: "entered_at") var enteredAt: Date

    init() {}

    /// Throws `StoredDataError` for an indicator the catalogue does not list as reported, or a value that is not finite.
    func toDomain() throws -> ReportedValue {
        let rowID = id?.uuidString ?? "?"
        guard IndicatorCatalogue.reported.contains(where: { $0.code == indicatorCode }) else {
            throw StoredDataError(table: Self.schema, id: rowID, column: "indicator_code", reason: "not a reported indicator: \(indicatorCode)")
        }
        guard value.isFinite else { throw StoredDataError(table: Self.schema, id: rowID, column: "value", reason: "not finite") }
        return ReportedValue(id: ReportedValue.ID(try requireID()), indicator: indicatorCode, year: year, revision: revision, value: value,
                             note: note, departmentID: departmentID, enteredBy: enteredBy, enteredAt: enteredAt)
    }
}
