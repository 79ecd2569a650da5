import FluentKit
import Foundation
import KechuangCore

final class InquiryRecord: Model, @unchecked Sendable {
    static let schema = "mkt_inquiries"

    @ID(key: .id) var id: UUID?
    @Field(key: "supply_id") var supplyID: UUID
    @OptionalField(key: "demand_id") var demandID: UUID?
    @Field(key: "from_organisation_id") var fromOrganisationID: UUID
    @Field(key: "to_organisation_id") var toOrganisationID: UUID
    @Field(key: "opened_by") var openedBy: UUID
    @Field(key: "status") var status: String
    @OptionalField(key: "contract_id") var contractID: UUID?
    /// `[InquiryMessage]` as JSON.
    @Field(key: "messages") var messages: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    static func encode(_ messages: [InquiryMessage]) throws -> String {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(messages), as: UTF8.self)
    }

    /// Throws `StoredDataError` for an unknown status or messages that do not decode.
    func toDomain() throws -> Inquiry {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let list: [InquiryMessage]
        do { list = try decoder.decode([InquiryMessage].self, from: Data(messages.utf8)) } catch {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "messages", reason: "not a message list: \(error)")
        }
        return Inquiry(id: Inquiry.ID(try requireID()), supplyID: TechSupply.ID(supplyID), demandID: demandID.map { TechDemand.ID($0) },
                       fromOrganisationID: fromOrganisationID, toOrganisationID: toOrganisationID, openedBy: openedBy,
                       status: try StoredValue.decode(InquiryStatus.self, status, table: Self.schema, id: id, column: "status"),
                       contractID: contractID, messages: list, createdAt: createdAt, updatedAt: updatedAt)
    }
}
