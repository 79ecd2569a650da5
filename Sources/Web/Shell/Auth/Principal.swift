import Identity
import Storage
import Vapor

/// Who is making a request: a person signed in with a session cookie, or an API client with a token.
public struct Principal: Sendable {
    public enum Credential: Sendable {
        case session(token: String)
        case accessToken(scopes: Set<TokenScope>)
    }

    public let person: Person
    public let credential: Credential

    var actor: AuditActor { person.auditActor }
}

struct PrincipalKey: StorageKey {
    typealias Value = Principal
}

extension Request {
    var principal: Principal? { storage[PrincipalKey.self] }

    /// The acting person for the audit log; anonymous when nobody is signed in.
    var actor: AuditActor { principal?.actor ?? .anonymous }

    /// The signed-in principal, for routes the access guard has already let through.
    func requirePrincipal() throws -> Principal {
        guard let principal else { throw Abort(.unauthorized) }
        return principal
    }
}
