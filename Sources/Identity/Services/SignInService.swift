import FluentKit
import Foundation
import KechuangCore
import Storage

/// Sign-in with email and password, server-side sessions, and throttling without a lock.
/// Sessions and attempts live in the database, so any app node can serve any request.
///
/// Throttling (no stranger can lock anyone out): failures are counted in the last 15 minutes
/// per (account, address), per account and per address.
/// - After `pairFreeFailures` (5) failures of one account from one address, that address waits
///   30 s after its last failure, doubling with each further failure up to 15 minutes.
/// - After `accountFreeFailures` (20) failures of one account from anywhere, every address that
///   has itself failed on that account waits the same way — but an address that has not failed on
///   it (the owner at their usual desk) is not slowed, so a distributed guesser cannot lock the
///   owner out either.
/// - After `addressMaxFailures` (30) failures from one address across accounts (password
///   spraying), that address waits until the oldest of them leaves the 15-minute window.
/// A throttled attempt checks no password, stores nothing and writes no audit row (so it cannot
/// prolong the wait or flood the chain); it is answered `SignInThrottled` (429 + Retry-After).
/// Attempts store the account key (SHA-256 of the normalised e-mail), never the typed text; a
/// failure for an unknown e-mail writes no audit row.
public struct SignInService: Sendable {
    /// A session ends after 30 minutes without a request…
    public static let idleTimeout: TimeInterval = 30 * 60
    /// …and 12 hours after sign-in, whatever happens.
    public static let absoluteTimeout: TimeInterval = 12 * 60 * 60
    /// Failures of one account from one address before the progressive delay starts.
    public static let pairFreeFailures = 5
    /// Failures of one account from all addresses before addresses that failed on it are delayed.
    public static let accountFreeFailures = 20
    /// Failures from one address (any accounts) in the window before it must wait.
    public static let addressMaxFailures = 30
    /// The window in which failures count.
    public static let failureWindow: TimeInterval = 15 * 60
    /// The first delay, doubled per further failure, at most `maxDelay`.
    public static let baseDelay: TimeInterval = 30
    public static let maxDelay: TimeInterval = 15 * 60

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

    /// What sign-in attempts store instead of the typed e-mail.
    public static func accountKey(_ rawEmail: String) -> String {
        SecretToken.digest(People.normalizedEmail(rawEmail))
    }

    /// The delay for `failures` failures once `free` of them were free: 30 s, 60 s, … up to 15 min.
    public static func delay(failures: Int, free: Int) -> TimeInterval {
        let exponent = min(failures - free, 10)
        return min(maxDelay, baseDelay * Double(1 << max(0, exponent)))
    }

    /// Seconds `address` must still wait before trying `accountKey` again; 0 when it may try now.
    public func wait(accountKey: String, address: String, at: Date) async throws -> TimeInterval {
        let windowStart = at.addingTimeInterval(-Self.failureWindow)
        let attempts = try await LoginAttemptRecord.query(on: db)
            .filter(\.$email == accountKey).filter(\.$at >= windowStart)
            .sort(\.$at).all()
        let ofAccount = attempts.filter { !$0.succeeded }
        let fromAddress = try await LoginAttemptRecord.query(on: db)
            .filter(\.$address == address).filter(\.$succeeded == false).filter(\.$at >= windowStart)
            .sort(\.$at).all()
        // A success from this address wipes its slate for this account.
        let lastSuccess = attempts.last { $0.succeeded && $0.address == address }?.at
        let pair = ofAccount.filter { failure in
            failure.address == address && (lastSuccess.map { failure.at > $0 } ?? true)
        }
        var wait: TimeInterval = 0
        if pair.count >= Self.pairFreeFailures, let last = pair.last {
            wait = max(wait, last.at.addingTimeInterval(Self.delay(failures: pair.count, free: Self.pairFreeFailures)).timeIntervalSince(at))
        }
        if ofAccount.count >= Self.accountFreeFailures, !pair.isEmpty, let last = ofAccount.last {
            wait = max(wait, last.at.addingTimeInterval(Self.delay(failures: ofAccount.count, free: Self.accountFreeFailures)).timeIntervalSince(at))
        }
        if fromAddress.count >= Self.addressMaxFailures {
            let oldestCounted = fromAddress[fromAddress.count - Self.addressMaxFailures]
            wait = max(wait, oldestCounted.at.addingTimeInterval(Self.failureWindow).timeIntervalSince(at))
        }
        return wait
    }

    /// Checks the password and starts a session. `address` is the client's address (the web layer
    /// passes the peer or a trusted proxy's `X-Forwarded-For`; the CLI passes nothing).
    public func login(email rawEmail: String, password: String, address: String = "local") async throws -> SignedIn {
        let at = now()
        let email = People.normalizedEmail(rawEmail)
        let key = Self.accountKey(email)
        let wait = try await self.wait(accountKey: key, address: address, at: at)
        if wait > 0 {
            // A millisecond's grace: dates come back from the database rounded to the microsecond.
            throw SignInThrottled(retryAfter: max(1, Int((wait - 0.001).rounded(.up))))
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
            try await recordFailure(key: key, address: address, person: record, at: at,
                                    summary: record?.disabled == true ? "account disabled" : "wrong password")
            throw DomainError.unauthenticated(LocalizedText(
                zh: "邮箱或密码不正确。同一地址连续 5 次错误后，每次再试须等待的时间逐步加长（30 秒起，最长 15 分钟）。",
                en: "The email address or password is wrong. After 5 failed attempts from your address, each further attempt must wait longer (from 30 seconds up to 15 minutes)."))
        }
        let token = SecretToken.make()
        try await withWriteTransaction(on: db) { tx in
            let session = SessionRecord()
            session.id = UUID()
            session.tokenHash = SecretToken.digest(token)
            session.personID = try record.requireID()
            session.createdAt = at
            session.lastSeenAt = at
            try await session.create(on: tx)
            try await Self.insertAttempt(key: key, address: address, succeeded: true, at: at, on: tx)
            try await AuditChain.append(AuditEvent(
                actorID: record.id, actorLabel: record.email, action: "login.succeeded", objectType: "session",
                objectID: (try session.requireID()).uuidString, summary: "signed in with password"), on: tx, at: at)
        }
        return SignedIn(person: try await People.load(record, on: db), sessionToken: token)
    }

    /// The person behind a session cookie, or nil when the session does not exist, is idle for more
    /// than 30 minutes or older than 12 hours (an expired session is deleted).
    public func resolveSession(_ token: String) async throws -> Person? {
        let at = now()
        // One query: the session with its person, memberships and organisations (`CredentialLookup`).
        guard let found = try await Self.sessionLookup.find(hash: SecretToken.digest(token), on: db) else { return nil }
        let id = try found.credential.decode(column: "c_id", as: UUID.self)
        let lastSeenAt = try found.credential.decode(column: "c_last_seen_at", as: Date.self)
        let createdAt = try found.credential.decode(column: "c_created_at", as: Date.self)
        if at.timeIntervalSince(lastSeenAt) > Self.idleTimeout || at.timeIntervalSince(createdAt) > Self.absoluteTimeout {
            try await SessionRecord.query(on: db).filter(\.$id == id).delete()
            return nil
        }
        guard !found.disabled else { return nil }
        // Touch at most once a minute: enough for a 30-minute idle limit, far fewer writes.
        if at.timeIntervalSince(lastSeenAt) > 60 {
            try await SessionRecord.query(on: db).filter(\.$id == id).set(\.$lastSeenAt, to: at).update()
        }
        return found.person
    }

    static let sessionLookup = CredentialLookup(table: SessionRecord.schema, columns: ["id", "created_at", "last_seen_at"])

    public func logout(_ token: String) async throws {
        let at = now()
        try await withWriteTransaction(on: db) { tx in
            guard let session = try await SessionRecord.query(on: tx).filter(\.$tokenHash == SecretToken.digest(token)).first() else { return }
            let person = try await PersonRecord.find(session.personID, on: tx)
            try await session.delete(on: tx)
            try await AuditChain.append(AuditEvent(
                actorID: session.personID, actorLabel: person?.email ?? "unknown", action: "logout", objectType: "session",
                objectID: (try session.requireID()).uuidString, summary: "signed out"), on: tx, at: at)
        }
    }

    /// Stores the failure (account key and address). Audited only when the account exists, with the
    /// account's own e-mail: an unknown e-mail leaves no audit row (the typed text may be anything,
    /// even a password typed into the wrong field).
    private func recordFailure(key: String, address: String, person: PersonRecord?, at: Date, summary: String) async throws {
        try await withWriteTransaction(on: db) { tx in
            try await Self.insertAttempt(key: key, address: address, succeeded: false, at: at, on: tx)
            if let person {
                try await AuditChain.append(AuditEvent(
                    actorID: person.id, actorLabel: person.email, action: "login.failed", objectType: "session",
                    objectID: person.id?.uuidString ?? "", summary: summary), on: tx, at: at)
            }
        }
    }

    static func insertAttempt(key: String, address: String, succeeded: Bool, at: Date, on db: any Database) async throws {
        let attempt = LoginAttemptRecord()
        attempt.id = UUID()
        attempt.email = key
        attempt.address = address
        attempt.at = at
        attempt.succeeded = succeeded
        try await attempt.create(on: db)
    }
}

/// A sign-in attempt refused because of too many recent failures (see `SignInService`): no password
/// was checked. Answered 429 with `Retry-After: retryAfter`.
public struct SignInThrottled: Error, Sendable, Equatable {
    public let retryAfter: Int

    public init(retryAfter: Int) { self.retryAfter = retryAfter }

    public var message: LocalizedText {
        let wait = retryAfter < 60 ? (zh: "\(retryAfter) 秒", en: retryAfter == 1 ? "1 second" : "\(retryAfter) seconds")
            : { let m = (retryAfter + 59) / 60; return (zh: "\(m) 分钟", en: m == 1 ? "1 minute" : "\(m) minutes") }()
        return LocalizedText(
            zh: "登录失败次数过多，请 \(wait.zh)后再试。账户没有被锁定：等待结束后即可再次登录。",
            en: "Too many failed sign-in attempts. Try again in \(wait.en). The account is not locked: you can sign in once the wait is over.")
    }
}
