import FluentKit
import Foundation
import KechuangCore
import Storage

/// What an API token may do. `read` covers GET; `write` covers changes.
public enum TokenScope: String, Sendable, Codable, CaseIterable {
    case read, write
}

public struct AccessToken: Sendable, Equatable, Codable, Identifiable {
    public let id: UUID
    public let name: String
    /// The first characters of the token, to recognise it in a list; the rest is never shown again.
    public let prefix: String
    public let scopes: Set<TokenScope>
    public let createdAt: Date
    public let lastUsedAt: Date?
    public let revokedAt: Date?
}

/// Personal access tokens for API clients: hashed at rest, scoped, revocable.
public struct AccessTokens: Sendable {
    let db: any Database
    let now: @Sendable () -> Date

    public init(db: any Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.now = now
    }

    /// Returns the token's secret exactly once.
    public func create(for personID: UUID, name: String, scopes: Set<TokenScope>, by actor: AuditActor) async throws -> (AccessToken, secret: String) {
        let at = now()
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        var errors: [FieldError] = []
        if trimmed.isEmpty || trimmed.count > 100 {
            errors.append(FieldError(field: "name", rule: "token.name.required",
                message: LocalizedText(zh: "请为令牌命名（不超过 100 个字符），以便日后识别", en: "Give the token a name of up to 100 characters, so you can recognise it later")))
        }
        if scopes.isEmpty {
            errors.append(FieldError(field: "scopes", rule: "token.scopes.required",
                message: LocalizedText(zh: "请至少选择一项权限范围", en: "Select at least one scope")))
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        let secret = SecretToken.make(prefix: "kc_")
        let record = AccessTokenRecord()
        record.id = UUID()
        record.personID = personID
        record.name = trimmed
        record.tokenHash = SecretToken.digest(secret)
        record.prefix = String(secret.prefix(10))
        record.scopes = scopes.map(\.rawValue).sorted().joined(separator: " ")
        record.createdAt = at
        try await withWriteTransaction(on: db) { tx in
            try await record.create(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: actor, action: "token.created", objectType: "access_token",
                objectID: (try record.requireID()).uuidString, summary: "\(trimmed) scopes: \(record.scopes)"), on: tx, at: at)
        }
        return (try record.toDomain(), secret)
    }

    public func list(for personID: UUID) async throws -> [AccessToken] {
        try await AccessTokenRecord.query(on: db).filter(\.$personID == personID).sort(\.$createdAt, .descending).all().map { try $0.toDomain() }
    }

    public func revoke(_ id: UUID, of personID: UUID, by actor: AuditActor) async throws {
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            guard let record = try await AccessTokenRecord.query(on: tx).filter(\.$id == id).filter(\.$personID == personID).first() else {
                throw DomainError.notFound(entity: "access_token")
            }
            guard record.revokedAt == nil else { return }
            record.revokedAt = at
            try await record.update(on: tx)
            try await AuditChain.append(AuditEvent(
                actor: actor, action: "token.revoked", objectType: "access_token",
                objectID: id.uuidString, summary: record.name), on: tx, at: at)
        }
    }

    /// The person and scopes behind a bearer token; nil for an unknown, revoked or disabled one.
    /// One query (`CredentialLookup`: token, person, memberships and their organisations joined),
    /// plus the `last_used_at` write at most once a minute per token.
    public func resolve(_ secret: String) async throws -> (Person, Set<TokenScope>)? {
        guard let found = try await Self.lookup.find(hash: SecretToken.digest(secret), on: db), !found.disabled else { return nil }
        let row = found.credential
        guard try row.decode(column: "c_revoked_at", as: Date?.self) == nil else { return nil }
        let id = try row.decode(column: "c_id", as: UUID.self)
        let scopes = Set(try StoredValue.decodeList(TokenScope.self, try row.decode(column: "c_scopes", as: String.self), separator: " ",
                                                    table: AccessTokenRecord.schema, id: id, column: "scopes"))
        let at = now()
        if try row.decode(column: "c_last_used_at", as: Date?.self).map({ at.timeIntervalSince($0) > 60 }) ?? true {
            try await AccessTokenRecord.query(on: db).filter(\.$id == id).set(\.$lastUsedAt, to: at).update()
        }
        return (found.person, scopes)
    }

    static let lookup = CredentialLookup(table: AccessTokenRecord.schema, columns: ["id", "scopes", "last_used_at", "revoked_at"])
}
