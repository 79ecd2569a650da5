import FluentKit
import Foundation

final class PersonRecord: Model, @unchecked Sendable {
    static let schema = "id_people"

    @ID(key: .id) var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "email") var email: String
    @OptionalField(key: "orcid") var orcid: String?
    @OptionalField(key: "resident_id_sealed") var residentIDSealed: String?
    @OptionalField(key: "resident_id_masked") var residentIDMasked: String?
    @Field(key: "nationality") var nationality: String
    @OptionalField(key: "birth_year") var birthYear: Int?
    @OptionalField(key: "password_hash") var passwordHash: String?
    @Field(key: "disabled") var disabled: Bool
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}

    /// The person with their memberships (rows of `id_memberships`, read by `People`).
    func toDomain(memberships: [Membership]) throws -> Person {
        Person(
            id: try requireID(), name: name, email: email, orcid: orcid, residentIDMasked: residentIDMasked,
            nationality: nationality, birthYear: birthYear, disabled: disabled, memberships: memberships,
            version: version, createdAt: createdAt)
    }
}
