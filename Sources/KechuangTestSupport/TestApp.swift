import FluentKit
import SQLKit
import Foundation
import Identity
import KechuangApp
import KechuangCore
import Storage
import Vapor
import Web

/// Which database the test run uses: `KECHUANG_TEST_DATABASE=sqlite` (default) or `postgres`
/// with `KECHUANG_TEST_POSTGRES_URL` pointing at a server where the role may create databases.
/// `scripts/test` runs the whole suite once with each.
public enum TestDatabase {
    public static var isPostgres: Bool { ProcessInfo.processInfo.environment["KECHUANG_TEST_DATABASE"] == "postgres" }

    /// A fresh, empty database for one test, and how to remove it afterwards.
    public static func fresh(forceSQLite: Bool = false) async throws -> (url: DatabaseURL, drop: @Sendable () async -> Void) {
        // Every app a test builds appends audit entries with the same fixed key.
        AuditKeyring.install(TestApp.auditKey)
        if isPostgres && !forceSQLite {
            guard let admin = ProcessInfo.processInfo.environment["KECHUANG_TEST_POSTGRES_URL"] else {
                throw TestSetupError("KECHUANG_TEST_DATABASE=postgres needs KECHUANG_TEST_POSTGRES_URL")
            }
            let name = "kc_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
            try await adminSQL(admin, "CREATE DATABASE \(name)")
            guard var parts = URLComponents(string: admin) else { throw TestSetupError("bad KECHUANG_TEST_POSTGRES_URL") }
            parts.path = "/" + name
            let url = DatabaseURL.postgres(url: parts.string ?? admin)
            return (url, { try? await adminSQL(admin, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)") })
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kechuang-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = DatabaseURL.sqlite(path: dir.appendingPathComponent("test.sqlite").path)
        return (url, { try? FileManager.default.removeItem(at: dir) })
    }

    static func adminSQL(_ url: String, _ sql: String) async throws {
        let app = try await Application.make(.testing)
        do {
            try DatabaseURL.postgres(url: url).register(in: app.databases, poolSize: 1)
            guard let db = app.db as? any SQLDatabase else { throw TestSetupError("PostgreSQL driver has no SQL interface") }
            try await db.raw(SQLQueryString(sql)).run()
            try await app.asyncShutdown()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }
}

public struct TestSetupError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// A migrated application on a fresh database, with helpers to make people and sign them in.
public struct TestApp: Sendable {
    public let app: Application
    public let url: DatabaseURL
    public let clock: TestClock

    /// The password of every person `person(…)` creates.
    public static let password = "Correct-horse-9"

    /// A 32-byte data key for encrypted fields.
    public static let dataKey = Data((0..<32).map { UInt8($0) }).base64EncodedString()

    /// The audit key of every test app (bytes 0x40…0x5f); tests that need another make their own.
    public static let auditKey: AuditKey = {
        do { return try AuditKey(bytes: (0x40..<0x60).map { UInt8($0) }) } catch { fatalError("a 32-byte test key: \(error)") }
    }()

    public var db: any Database { app.db }
    public var people: People { KechuangApp.people(app) }
    public var organisations: Organisations { KechuangApp.organisations(app) }
    public var signIn: SignInService { SignInService(db: app.db, hasher: app.webServices.hasher, now: app.webServices.now) }
    public var tokens: AccessTokens { AccessTokens(db: app.db, now: app.webServices.now) }

    /// Creates an organisation with a valid unified social credit code.
    public func organisation(_ name: String = "测试大学", type: OrganisationType = .university) async throws -> Organisation {
        try await organisations.create(OrganisationInput(
            nameZh: name + String(UUID().uuidString.prefix(4)), nameEn: nil, type: type.rawValue, ownership: Ownership.state.rawValue,
            district: District.haidian.rawValue, uscc: TestData.uscc()), by: .system)
    }

    /// Creates a person holding `roles` (at `organisation`, or platform-wide) who can sign in.
    public func person(_ roles: [Role] = [], email: String? = nil, organisation: UUID? = nil) async throws -> Person {
        let email = email ?? "p\(UUID().uuidString.prefix(8).lowercased())@example.cn"
        return try await people.create(
            PersonInput(name: "测试用户", email: email, nationality: "CN"), password: Self.password,
            memberships: roles.map { Membership(organisationID: $0 == .platformAdmin ? nil : organisation, role: $0) }, by: .system)
    }

    /// Signs the person in and returns the session cookie's value.
    public func sessionToken(for person: Person) async throws -> String {
        try await signIn.login(email: person.email, password: Self.password).sessionToken
    }
}

/// A clock tests move by hand, to cross expiry limits without waiting.
public final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    public init(_ start: Date = Date()) { current = start }

    public var now: Date { lock.withLock { current } }

    public func advance(by seconds: TimeInterval) { lock.withLock { current = current.addingTimeInterval(seconds) } }
}

/// Limits how many tests hold a database at once. Swift Testing starts every test together; on
/// PostgreSQL each holds connections, and a server has a bounded number of them.
public actor TestDatabaseGate {
    public static let shared = TestDatabaseGate(limit: TestDatabase.isPostgres ? 6 : 16)

    private let limit: Int
    private var inUse = 0
    private var waiters: [CheckedContinuation<Void, Never>] = []

    init(limit: Int) { self.limit = limit }

    public func acquire() async {
        if inUse < limit {
            inUse += 1
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    public func release() {
        if waiters.isEmpty {
            inUse -= 1
        } else {
            waiters.removeFirst().resume()
        }
    }
}

/// Runs `body` with a migrated app on a fresh database of the run's engine (or SQLite when
/// `forceSQLite`, to compare engines in one test), then removes it.
public func withTestApp(forceSQLite: Bool = false, _ body: (TestApp) async throws -> Void) async throws {
    await TestDatabaseGate.shared.acquire()
    do {
        try await withTestAppUngated(forceSQLite: forceSQLite, body)
        await TestDatabaseGate.shared.release()
    } catch {
        await TestDatabaseGate.shared.release()
        throw error
    }
}

private func withTestAppUngated(forceSQLite: Bool, _ body: (TestApp) async throws -> Void) async throws {
    let (url, drop) = try await TestDatabase.fresh(forceSQLite: forceSQLite)
    let clock = TestClock()
    let app = try await KechuangApp.makeApplication(
        .init(database: url, dataKey: TestApp.dataKey, bcryptCost: 4, postgresPoolSize: 2,
              attachmentsDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("kechuang-files-\(UUID().uuidString)").path,
              auditKey: TestApp.auditKey,
              now: { clock.now }), environment: .testing)
    app.logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .warning
    do {
        try await KechuangApp.migrate(app)
        try await body(TestApp(app: app, url: url, clock: clock))
        try await app.asyncShutdown()
        await drop()
    } catch {
        try? await app.asyncShutdown()
        await drop()
        // PostgreSQL errors hide their details from `description`; tests should show them.
        if String(describing: type(of: error)) == "PSQLError" { throw TestSetupError(String(reflecting: error)) }
        throw error
    }
}

/// Valid identifiers for test data.
public enum TestData {
    /// A new, valid unified social credit code (GB 32100-2015) each call.
    public static func uscc() -> String {
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        let body = "91110108" + String((0..<9).map { _ in alphabet[Int.random(in: 0..<alphabet.count)] })
        return body + String(UnifiedSocialCreditCode.checkCharacter(for: body)!)
    }
}
