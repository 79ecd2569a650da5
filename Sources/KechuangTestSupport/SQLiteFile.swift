import Foundation
import SQLKit
import Storage

/// Raw SQL against an SQLite file from a test, e.g. to tamper with a row behind the platform's back.
/// Opens its own short-lived connection, so it works on files the `kechuang` binary wrote.
public enum SQLiteFile {
    /// Runs one statement.
    public static func execute(_ path: String, _ sql: String) async throws {
        try await withSQL(path) { try await $0.raw(SQLQueryString(sql)).run() }
    }

    /// The integer in the first column of the first row of `sql` (e.g. `SELECT count(*) …`).
    public static func integer(_ path: String, _ sql: String) async throws -> Int? {
        try await withSQL(path) { db in
            guard let row = try await db.raw(SQLQueryString(sql)).first(), let column = row.allColumns.first else { return nil }
            return try row.decode(column: column, as: Int?.self)
        }
    }

    /// The text in the first column of the first row of `sql`.
    public static func text(_ path: String, _ sql: String) async throws -> String? {
        try await withSQL(path) { db in
            guard let row = try await db.raw(SQLQueryString(sql)).first(), let column = row.allColumns.first else { return nil }
            return try row.decode(column: column, as: String?.self)
        }
    }

    private static func withSQL<T: Sendable>(_ path: String, _ body: (any SQLDatabase) async throws -> T) async throws -> T {
        let node = try TestNode(.sqlite(path: path), poolSize: 1)
        do {
            guard let db = node.db as? any SQLDatabase else { throw TestSetupError("SQLite driver has no SQL interface") }
            let result = try await body(db)
            await node.shutdown()
            return result
        } catch {
            await node.shutdown()
            throw error
        }
    }
}
