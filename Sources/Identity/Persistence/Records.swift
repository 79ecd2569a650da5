import FluentKit
import Foundation

// Fluent records of the Identity module. They never leave the module: services return the
// `Sendable` structs of `Model/`.

final class OrganisationRecord: Model, @unchecked Sendable {
    static let schema = "id_organisations"

    @ID(key: .id) var id: UUID?
    @Field(key: "name_zh") var nameZh: String
    @OptionalField(key: "name_en") var nameEn: String?
    @Field(key: "type") var type: String
    @Field(key: "ownership") var ownership: String
    @Field(key: "district") var district: String
    @Field(key: "uscc") var uscc: String
    @Field(key: "version") var version: Int
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "updated_at") var updatedAt: Date

    init() {}
}

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
}

final class MembershipRecord: Model, @unchecked Sendable {
    static let schema = "id_memberships"

    @ID(key: .id) var id: UUID?
    @Field(key: "person_id") var personID: UUID
    @OptionalField(key: "organisation_id") var organisationID: UUID?
    @Field(key: "role") var role: String
    @Field(key: "created_at") var createdAt: Date

    init() {}
}

final class SessionRecord: Model, @unchecked Sendable {
    static let schema = "id_sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "person_id") var personID: UUID
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date

    init() {}
}

final class LoginAttemptRecord: Model, @unchecked Sendable {
    static let schema = "id_login_attempts"

    @ID(key: .id) var id: UUID?
    /// Since ID0007 the account key: SHA-256 (hex) of the normalised e-mail, never the typed text.
    @Field(key: "email") var email: String
    @Field(key: "at") var at: Date
    @Field(key: "succeeded") var succeeded: Bool
    /// The client's address (ID0007); nil for attempts recorded before it or from the CLI.
    @OptionalField(key: "address") var address: String?

    init() {}
}

final class AccessTokenRecord: Model, @unchecked Sendable {
    static let schema = "id_access_tokens"

    @ID(key: .id) var id: UUID?
    @Field(key: "person_id") var personID: UUID
    @Field(key: "name") var name: String
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "prefix") var prefix: String
    @Field(key: "scopes") var scopes: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "last_used_at") var lastUsedAt: Date?
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}
}
