import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation

/// Which database the platform runs on, parsed from `--db` or `KECHUANG_DATABASE_URL`.
public enum DatabaseURL: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    /// The default when nothing is configured: an SQLite file in the working directory.
    public static let defaultURL = "sqlite:./kechuang.sqlite"

    public struct ParseError: Error, CustomStringConvertible {
        public let input: String
        public var description: String {
            "Unrecognised database URL '\(input)'. Use sqlite:PATH (e.g. sqlite:./kechuang.sqlite) or postgres://USER:PASSWORD@HOST:PORT/DATABASE."
        }
    }

    public init(parsing raw: String) throws {
        let s = raw.trimmingCharacters(in: .whitespaces)
        if s.hasPrefix("sqlite://") {
            self = .sqlite(path: String(s.dropFirst("sqlite://".count)))
        } else if s.hasPrefix("sqlite:") {
            self = .sqlite(path: String(s.dropFirst("sqlite:".count)))
        } else if s.hasPrefix("postgres://") || s.hasPrefix("postgresql://") {
            self = .postgres(url: s)
        } else {
            throw ParseError(input: raw)
        }
        if case .sqlite(let path) = self, path.isEmpty { throw ParseError(input: raw) }
    }

    /// `--db` if given, else `KECHUANG_DATABASE_URL`, else `sqlite:./kechuang.sqlite`.
    public static func resolve(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> DatabaseURL {
        try DatabaseURL(parsing: flag ?? environment["KECHUANG_DATABASE_URL"] ?? defaultURL)
    }

    public var dialect: Dialect {
        switch self {
        case .sqlite: .sqlite
        case .postgres: .postgres
        }
    }

    /// A printable form without the password.
    public var description: String {
        switch self {
        case .sqlite(let path): return "sqlite:\(path)"
        case .postgres(let url):
            guard var parts = URLComponents(string: url) else { return "postgres://…" }
            if parts.password != nil { parts.password = "***" }
            return parts.string ?? "postgres://…"
        }
    }

    /// Registers this database as the default one. `poolSize` is PostgreSQL's connections per
    /// event loop (SQLite always has one).
    public func register(in databases: Databases, poolSize: Int = 4) throws {
        switch self {
        case .sqlite(let path):
            let storage: SQLiteConfiguration.Storage = path == ":memory:" ? .memory : .file(path: path)
            // Wrapped so that every write transaction finds this database's write gate (SQLiteWrites.swift).
            let base = DatabaseConfigurationFactory.sqlite(SQLiteConfiguration(storage: storage, enableForeignKeys: true), sqlLogLevel: nil).make()
            databases.use(SQLiteWriteConfiguration(base: base, gate: SQLiteWriteGate()), as: .sqlite)
            databases.default(to: .sqlite)
        case .postgres(let url):
            databases.use(try .postgres(url: url, maxConnectionsPerEventLoop: poolSize, connectionPoolTimeout: .seconds(30), sqlLogLevel: .trace), as: .psql)
            databases.default(to: .psql)
        }
    }
}
