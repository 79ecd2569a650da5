import FluentKit
import Foundation
import PostgresNIO
import SQLKit
import SQLiteNIO

/// Everything that differs between SQLite and PostgreSQL lives here, and nowhere else.
public enum Dialect: String, Sendable {
    case sqlite, postgres

    public static func of(_ db: any Database) -> Dialect {
        (db as? any SQLDatabase)?.dialect.name == "postgresql" ? .postgres : .sqlite
    }

    /// Settings applied once when a node starts: SQLite in WAL mode, so readers never block the writer
    /// and a committed write survives a crash. (Foreign keys are switched on per connection by the driver.)
    public func prepare(_ db: any Database) async throws {
        guard self == .sqlite, let sql = db as? any SQLDatabase else { return }
        try await sql.raw("PRAGMA journal_mode = WAL").run()
        try await sql.raw("PRAGMA synchronous = FULL").run()
    }

    /// Serialises appends to the audit chain across every app node sharing the database.
    /// PostgreSQL: a transaction-scoped advisory lock. SQLite: the database has one writer at a time,
    /// so the write transaction itself serialises appends.
    public func lockAuditChain(_ db: any Database) async throws {
        guard self == .postgres, let sql = db as? any SQLDatabase else { return }
        try await sql.raw("SELECT pg_advisory_xact_lock(\(literal: Self.auditLockKey))").run()
    }

    static let auditLockKey = 0x4B43_4155  // "KCAU"

    /// An online, consistent copy of an SQLite database (`VACUUM INTO`); PostgreSQL has pg_dump for this.
    public func backup(_ db: any Database, to path: String) async throws {
        guard self == .sqlite, let sql = db as? any SQLDatabase else {
            throw BackupUnsupported()
        }
        try await sql.raw("VACUUM INTO \(bind: path)").run()
    }

    public struct BackupUnsupported: Error, CustomStringConvertible {
        public init() {}
        public var description: String {
            "kechuang backup copies SQLite databases. For PostgreSQL use pg_dump, e.g. pg_dump --format=custom --file=kechuang.dump \"$KECHUANG_DATABASE_URL\"."
        }
    }

    /// Whether the database refused text it cannot store (PostgreSQL: a NUL character or a byte
    /// sequence invalid in UTF-8, SQLSTATE 22021 / 22P05): the request's input was bad, not the server.
    public static func isUnstorableText(_ error: any Error) -> Bool {
        guard let error = error as? PSQLError, let state = error.serverInfo?[.sqlState] else { return false }
        return state == "22021" || state == "22P05"
    }

    /// Whether a failed transaction may simply be run again: SQLite's stale-snapshot busy error,
    /// PostgreSQL's serialization failure and deadlock.
    static func isRetryable(_ error: any Error) -> Bool {
        if let error = error as? PSQLError, let state = error.serverInfo?[.sqlState] {
            return state == "40001" || state == "40P01"
        }
        if let error = error as? SQLiteError {
            return [.busy, .busyInSnapshot, .busyTimeout, .locked].contains(error.reason)
        }
        // SQLite's own wording, as other layers may wrap the error.
        return String(describing: error).contains("database is locked")
    }
}
