import FluentKit
import Foundation
import KechuangCore
import SQLKit
import Storage

/// Which database the test run uses: `KECHUANG_TEST_DATABASE=sqlite` (default) or `postgres`
/// with `KECHUANG_TEST_POSTGRES_URL` pointing at a server where the role may create databases.
/// `scripts/test` runs the whole suite once with each.
public enum TestDatabase {
    public static var isPostgres: Bool { ProcessInfo.processInfo.environment["KECHUANG_TEST_DATABASE"] == "postgres" }

    /// A fresh, empty database for one test, and how to remove it afterwards.
    public static func fresh(forceSQLite: Bool = false) async throws -> (url: DatabaseURL, drop: @Sendable () async -> Void) {
        // Every database a test builds appends audit entries with the same fixed key.
        AuditKeyring.install(TestKeys.auditKey)
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
        let node = try TestNode(.postgres(url: url), poolSize: 1)
        do {
            guard let db = node.db as? any SQLDatabase else { throw TestSetupError("PostgreSQL driver has no SQL interface") }
            try await db.raw(SQLQueryString(sql)).run()
            await node.shutdown()
        } catch {
            await node.shutdown()
            throw error
        }
    }
}

public struct TestSetupError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// The fixed secrets of every test database and app.
public enum TestKeys {
    /// The password of every person `person(…)` creates.
    public static let password = "Correct-horse-9"

    /// A 32-byte data key for encrypted fields.
    public static let dataKey = Data((0..<32).map { UInt8($0) }).base64EncodedString()

    /// The audit key of every test database (bytes 0x40…0x5f); tests that need another make their own.
    public static let auditKey: AuditKey = {
        do { return try AuditKey(bytes: (0x40..<0x60).map { UInt8($0) }) } catch { fatalError("a 32-byte test key: \(error)") }
    }()
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

    /// Runs `body` holding one of the places.
    public static func gated<T>(_ body: () async throws -> T) async throws -> T {
        await shared.acquire()
        do {
            let result = try await body()
            await shared.release()
            return result
        } catch {
            await shared.release()
            throw error
        }
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
