import FluentKit
import Foundation
import KechuangCore

final class SupplyRecord: Model, @unchecked Sendable {
    static let schema = "mkt_supplies"

    @ID(key: .id) var id: UUID?
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "title") var title: String
    @Field(key: "summary") var summary: String
    @Field(key: "field") var field: String
    @Field(key: "trl") var trl: Int
    /// One patent number a line.
    @Field(key: "patents") var patents: String
    /// Comma-separated `TransferMode` raw values.
    @Field(key: "modes") var modes: String
    @Field(key: "price_guidance") var priceGuidance: String
    @OptionalField(key: "result_id") var resultID: UUID?
    @Field(key: "status") var status: String
    @Field(key: "created_by") var createdBy: UUID
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    /// Throws `StoredDataError` for an unknown field, mode or status, or a level outside 1–9.
    func toDomain() throws -> TechSupply {
        guard (1...9).contains(trl) else { throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "trl", reason: "not 1–9: \(trl)") }
        return TechSupply(id: TechSupply.ID(try requireID()), organisationID: organisationID, title: title, summary: summary,
                          field: try StoredValue.decode(TechField.self, field, table: Self.schema, id: id, column: "field"), trl: trl,
                          patents: patents.split(separator: "\n").map(String.init),
                          modes: try StoredValue.decodeList(TransferMode.self, modes, separator: ",", table: Self.schema, id: id, column: "modes"),
                          priceGuidance: priceGuidance, resultID: resultID,
                          status: try StoredValue.decode(ListingStatus.self, status, table: Self.schema, id: id, column: "status"),
                          createdBy: createdBy, createdAt: createdAt, updatedAt: updatedAt)
    }
}
