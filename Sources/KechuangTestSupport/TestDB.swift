import FluentKit
import Foundation
import Identity
import KechuangCore
import Storage

/// A migrated database of the run's engine for one test, and the platform's services on it —
/// without the web layer or the application (for those, `withTestApp` in `KechuangWebTestSupport`).
public struct TestDB: TestFixtures {
    public let url: DatabaseURL
    public let clock: TestClock
    public let db: any Database
    public let sealer = FieldSealer(base64Key: TestKeys.dataKey)
    public var hasher: PasswordHashing { TestDB.fastHasher }

    /// Password hashing for services without the web layer (which uses bcrypt): HMAC-SM3 keyed with
    /// a random salt — fast, and never the password itself.
    public static let fastHasher = PasswordHashing(
        hash: { password in
            let salt = UUID().uuidString
            return "test-hmac-sm3$\(salt)$\(HMACSM3.hex(password, key: Array(salt.utf8)))"
        },
        verify: { password, stored in
            let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0] == "test-hmac-sm3" else { return false }
            return HMACSM3.hex(password, key: Array(parts[1].utf8)) == parts[2]
        })

    /// Runs `body` with a second connection pool on the same database, as a second node (or
    /// process) of the platform would have, and closes it afterwards.
    public func withSecondNode<T>(_ body: (any Database) async throws -> T) async throws -> T {
        let node = try TestNode(url)
        do {
            let result = try await body(node.db)
            await node.shutdown()
            return result
        } catch {
            await node.shutdown()
            throw error
        }
    }
}

/// Runs `body` with a migrated database of the run's engine (or SQLite when `forceSQLite`), then
/// removes it. At most a few tests hold a database at once (`TestDatabaseGate`).
public func withTestDatabase(forceSQLite: Bool = false, _ body: (TestDB) async throws -> Void) async throws {
    try await TestDatabaseGate.gated {
        let (url, drop) = try await TestDatabase.fresh(forceSQLite: forceSQLite)
        do {
            let node = try TestNode(url)
            do {
                try await node.migrate()
                try await body(TestDB(url: url, clock: TestClock(), db: node.db))
                await node.shutdown()
            } catch {
                await node.shutdown()
                throw error
            }
            await drop()
        } catch {
            await drop()
            throw TestDatabase.readable(error)
        }
    }
}

extension TestDatabase {
    /// PostgreSQL errors hide their details from `description`; tests should show them.
    public static func readable(_ error: any Error) -> any Error {
        String(describing: type(of: error)) == "PSQLError" ? TestSetupError(String(reflecting: error)) : error
    }
}
