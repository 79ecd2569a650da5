import FluentKit
import Foundation
import KechuangCore

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

    /// A scope nobody knows is a `StoredDataError`, never dropped.
    func toDomain() throws -> AccessToken {
        AccessToken(
            id: try requireID(), name: name, prefix: prefix,
            scopes: Set(try StoredValue.decodeList(TokenScope.self, scopes, separator: " ", table: Self.schema, id: id, column: "scopes")),
            createdAt: createdAt, lastUsedAt: lastUsedAt, revokedAt: revokedAt)
    }
}
