import FluentKit
import Foundation
import KechuangCore
import Projects

/// A row of `grt_commissions`: one `Commission`.
final class CommissionRecord: Model, @unchecked Sendable {
    static let schema = "grt_commissions"

    @ID(key: .id) var id: UUID?
    @Field(key: "call_id") var callID: UUID
    @Field(key: "application_id") var applicationID: UUID
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "pi_person_id") var principalInvestigatorID: UUID
    @Field(key: "title_zh") var titleZh: String
    @Field(key: "amount") var amount: Int
    @Field(key: "reason") var reason: String
    @Field(key: "commissioned_by") var commissionedBy: UUID
    @Field(key: "created_at") var createdAt: Date

    init() {}

    func toDomain() throws -> Commission {
        guard Money.range.contains(amount) else {
            throw StoredDataError(table: Self.schema, id: id?.uuidString ?? "", column: "amount", reason: "outside Money.range: \(amount)")
        }
        return Commission(id: try requireID(), callID: callID, applicationID: applicationID, organisationID: organisationID,
                          principalInvestigatorID: principalInvestigatorID, titleZh: titleZh, amount: amount, reason: reason,
                          commissionedBy: commissionedBy, createdAt: createdAt)
    }
}
