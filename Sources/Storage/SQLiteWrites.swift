import FluentKit
import FluentSQLiteDriver
import Foundation
import SQLKit

/// How the platform writes to SQLite without "database is locked" (issue #11, item 7).
///
/// SQLite has one writer at a time. A transaction opened with a plain `BEGIN` starts as a reader and
/// becomes a writer at its first write; if another connection committed in between, SQLite cannot
/// upgrade it and answers `SQLITE_BUSY` at once, without waiting — under eight concurrent clients that
/// failed 3 % of writes. So on SQLite every write transaction:
///
/// 1. waits its turn in-process (`SQLiteWriteGate`, an async FIFO: a waiting request holds no thread),
/// 2. sets `PRAGMA busy_timeout` on its connection (30 s: another *process* — the CLI, a second node
///    on the same file — holding the write lock is waited for, sleeping, not spinning), and
/// 3. starts with `BEGIN IMMEDIATE`, taking the write lock before it reads anything, so it never has
///    to upgrade and can never deadlock with another writer.
///
/// Readers are never blocked (WAL).
struct SQLiteWriteConfiguration: DatabaseConfiguration {
    var base: any DatabaseConfiguration
    let gate: SQLiteWriteGate

    var middleware: [any AnyModelMiddleware] {
        get { base.middleware }
        set { base.middleware = newValue }
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        base.makeDriver(for: databases)
    }
}

/// Lets one write transaction at a time into an SQLite database from this process, first come first served.
actor SQLiteWriteGate {
    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func enter() async {
        if !busy {
            busy = true
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    func leave() {
        if waiters.isEmpty {
            busy = false
        } else {
            waiters.removeFirst().resume()
        }
    }
}

enum SQLiteWrites {
    /// How long a write waits for another process's write lock before SQLite gives up.
    static let busyTimeoutMilliseconds = 30_000

    /// The gate of a database registered through `DatabaseURL.register`, if it is SQLite.
    static func gate(of db: any Database) -> SQLiteWriteGate? {
        (db.context.configuration as? SQLiteWriteConfiguration)?.gate
    }

    /// One `BEGIN IMMEDIATE … COMMIT` on one connection, behind the gate.
    static func immediateTransaction<T: Sendable>(
        on db: any Database, gate: SQLiteWriteGate, _ body: @escaping @Sendable (any Database) async throws -> T
    ) async throws -> T {
        await gate.enter()
        do {
            let result = try await db.withConnection { connection -> T in
                guard let sql = connection as? any SQLDatabase else { throw SQLiteWritesUnavailable() }
                try await sql.raw("PRAGMA busy_timeout = \(unsafeRaw: String(busyTimeoutMilliseconds))").run()
                try await sql.raw("BEGIN IMMEDIATE").run()
                let tx = WriteTransactionDatabase(base: connection, sql: sql)
                do {
                    let result = try await body(tx)
                    try await sql.raw("COMMIT").run()
                    return result
                } catch {
                    // The body's error is the one to report; a failed ROLLBACK is logged beside it
                    // (SQLite rolls back by itself when the connection closes).
                    do { try await sql.raw("ROLLBACK").run() } catch let rollback {
                        sql.logger.warning("ROLLBACK after \(error) failed: \(rollback)")
                    }
                    throw error
                }
            }
            await gate.leave()
            return result
        } catch {
            await gate.leave()
            throw error
        }
    }
}

struct SQLiteWritesUnavailable: Error, CustomStringConvertible {
    var description: String { "The SQLite connection offers no SQL interface; cannot open a write transaction." }
}

/// One connection inside an open `BEGIN IMMEDIATE` transaction. It reports `inTransaction`, so nested
/// `transaction`/`withWriteTransaction` calls join it instead of opening another.
struct WriteTransactionDatabase: Database, SQLDatabase {
    let base: any Database
    let sql: any SQLDatabase

    var context: DatabaseContext { base.context }
    var inTransaction: Bool { true }

    func execute(query: DatabaseQuery, onOutput: @escaping @Sendable (any DatabaseOutput) -> Void) -> EventLoopFuture<Void> {
        base.execute(query: query, onOutput: onOutput)
    }

    func execute(schema: DatabaseSchema) -> EventLoopFuture<Void> { base.execute(schema: schema) }

    func execute(enum: DatabaseEnum) -> EventLoopFuture<Void> { base.execute(enum: `enum`) }

    func transaction<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        closure(self)
    }

    func withConnection<T>(_ closure: @escaping @Sendable (any Database) -> EventLoopFuture<T>) -> EventLoopFuture<T> {
        closure(self)
    }

    func transaction<T: Sendable>(_ closure: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await closure(self)
    }

    func withConnection<T: Sendable>(_ closure: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        try await closure(self)
    }

    // SQLDatabase
    var logger: Logger { sql.logger }
    var eventLoop: any EventLoop { sql.eventLoop }
    var version: (any SQLDatabaseReportedVersion)? { sql.version }
    var dialect: any SQLDialect { sql.dialect }
    var queryLogLevel: Logger.Level? { sql.queryLogLevel }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) -> EventLoopFuture<Void> {
        sql.execute(sql: query, onRow)
    }

    func execute(sql query: any SQLExpression, _ onRow: @escaping @Sendable (any SQLRow) -> Void) async throws {
        try await sql.execute(sql: query, onRow)
    }

    func withSession<R>(_ closure: @escaping @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await closure(self)
    }
}
