import FluentKit
import Foundation
import KechuangCore

final class MembershipRecord: Model, @unchecked Sendable {
    static let schema = "id_memberships"

    @ID(key: .id) var id: UUID?
    @Field(key: "person_id") var personID: UUID
    @OptionalField(key: "organisation_id") var organisationID: UUID?
    @Field(key: "role") var role: String
    @Field(key: "created_at") var createdAt: Date

    init() {}

    /// A role nobody knows is a `StoredDataError`, never dropped (nor guessed).
    func toDomain(organisationName: String?) throws -> Membership {
        Membership(organisationID: organisationID, organisationName: organisationName,
                   role: try StoredValue.decode(Role.self, role, table: Self.schema, id: id, column: "role"))
    }
}
