import FluentKit
import Foundation
import KechuangCore
import Storage

/// Sign-in with email and password, server-side sessions, lockout. Sessions live in the database,
/// so any app node can serve any request.
public struct SignInService: Sendable {
    /// A session ends after 30 minutes without a request…
    public static let idleTimeout: TimeInterval = 30 * 60
    /// …and 12 hours after sign-in, whatever happens.
    public static let absoluteTimeout: TimeInterval = 12 * 60 * 60
    /// Five failed attempts within fifteen minutes lock the account for the rest of that window.
    public static let maxFailures = 5
    public static let failureWindow: TimeInterval = 15 * 60

    let db: any Database
    let hasher: PasswordHashing
    let now: @Sendable () -> Date

    public init(db: any Database, hasher: PasswordHashing, now: @escaping @Sendable () -> Date = { Date() }) {
        self.db = db
        self.hasher = hasher
        self.now = now
    }

    public struct SignedIn: Sendable {
        public let person: Person
        /// The secret for the session cookie; only its digest is stored.
        public let sessionToken: String
    }

    /// Checks the password and starts a session. Every attempt is recorded and audited.
    public func login(email rawEmail: String, password: String) async throws -> SignedIn {
        let at = now()
        let email = People.normalizedEmail(rawEmail)
        let windowStart = at.addingTimeInterval(-Self.failureWindow)
        let failures = try await LoginAttemptRecord.query(on: db)
            .filter(\.$email == email).filter(\.$succeeded == false).filter(\.$at >= windowStart)
            .sort(\.$at).all()
        if failures.count >= Self.maxFailures {
            let until = failures[failures.count - Self.maxFailures].at.addingTimeInterval(Self.failureWindow)
            // Refused attempts are audited but not counted as failures, so the lock ends on time
            // however often someone keeps trying.
            try await AuditChain.record(AuditEvent(
                actorID: nil, actorLabel: email, action: "login.locked", objectType: "session", objectID: email,
                summary: "refused: \(failures.count) failed attempts in 15 minutes"), on: db)
            let minutes = max(1, Int((until.timeIntervalSince(at).rounded() / 60).rounded(.up)))
            throw DomainError.locked(LocalizedText(
                zh: "登录失败次数过多，账户已暂时锁定，请 \(minutes) 分钟后再试。",
                en: "Too many failed sign-in attempts. The account is locked: try again in \(minutes) minutes."))
        }
        let record = try await PersonRecord.query(on: db).filter(\.$email == email).first()
        // An unknown email costs the same bcrypt work as a wrong password, so timing does not tell
        // which emails are registered.
        let ok: Bool
        if let hash = record?.passwordHash {
            ok = try hasher.verify(password, hash)
        } else {
            _ = try hasher.hash(password)
            ok = false
        }
        guard let record, ok, !record.disabled else {
            try await self.record(email: email, succeeded: false, person: record, action: "login.failed", at: at,
                                  summary: record?.disabled == true ? "account disabled" : "wrong email or password")
            throw DomainError.unauthenticated(LocalizedText(
                zh: "邮箱或密码不正确。连续 5 次错误将暂时锁定账户 15 分钟。",
                en: "The email address or password is wrong. After 5 failed attempts the account is locked for 15 minutes."))
        }
        let token = SecretToken.make()
        try await withWriteTransaction(on: db) { tx in
            let session = SessionRecord()
            session.id = UUID()
            session.tokenHash = SecretToken.digest(token)
            session.personID = record.id!
            session.createdAt = at
            session.lastSeenAt = at
            try await session.create(on: tx)
            try await Self.insertAttempt(email: email, succeeded: true, at: at, on: tx)
            try await AuditChain.append(AuditEvent(
                actorID: record.id, actorLabel: record.email, action: "login.succeeded", objectType: "session",
                objectID: session.id!.uuidString, summary: "signed in with password"), on: tx, at: at)
        }
        return SignedIn(person: try await People.load(record, on: db), sessionToken: token)
    }

    /// The person behind a session cookie, or nil when the session does not exist, is idle for more
    /// than 30 minutes or older than 12 hours (an expired session is deleted).
    public func resolveSession(_ token: String) async throws -> Person? {
        let at = now()
        guard let session = try await SessionRecord.query(on: db).filter(\.$tokenHash == SecretToken.digest(token)).first() else {
            return nil
        }
        if at.timeIntervalSince(session.lastSeenAt) > Self.idleTimeout || at.timeIntervalSince(session.createdAt) > Self.absoluteTimeout {
            try await session.delete(on: db)
            return nil
        }
        guard let person = try await PersonRecord.find(session.personID, on: db), !person.disabled else { return nil }
        // Touch at most once a minute: enough for a 30-minute idle limit, far fewer writes.
        if at.timeIntervalSince(session.lastSeenAt) > 60 {
            try await SessionRecord.query(on: db).filter(\.$id == session.id!).set(\.$lastSeenAt, to: at).update()
        }
        return try await People.load(person, on: db)
    }

    public func logout(_ token: String) async throws {
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            guard let session = try await SessionRecord.query(on: tx).filter(\.$tokenHash == SecretToken.digest(token)).first() else { return }
            let person = try await PersonRecord.find(session.personID, on: tx)
            try await session.delete(on: tx)
            try await AuditChain.append(AuditEvent(
                actorID: session.personID, actorLabel: person?.email ?? "unknown", action: "logout", objectType: "session",
                objectID: session.id!.uuidString, summary: "signed out"), on: tx, at: at)
        }
    }

    private func record(email: String, succeeded: Bool, person: PersonRecord?, action: String, at: Date, summary: String) async throws {
        try await withWriteTransaction(on: db) { tx in
            try await Self.insertAttempt(email: email, succeeded: succeeded, at: at, on: tx)
            try await AuditChain.append(AuditEvent(
                actorID: person?.id, actorLabel: email, action: action, objectType: "session", objectID: email,
                summary: summary), on: tx, at: at)
        }
    }

    static func insertAttempt(email: String, succeeded: Bool, at: Date, on db: any Database) async throws {
        let attempt = LoginAttemptRecord()
        attempt.id = UUID()
        attempt.email = email
        attempt.at = at
        attempt.succeeded = succeeded
        try await attempt.create(on: db)
    }
}
