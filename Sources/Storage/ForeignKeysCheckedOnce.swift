import FluentKit
import PostgresNIO
import SQLKit

/// Runs `body` — a load of many rows into `table`, inside the caller's write transaction — with the
/// table's foreign keys checked once for all rows at the end instead of once per row.
///
/// PostgreSQL checks a foreign key with one query per inserted row. For issue #20's 591,659 matches
/// with three foreign keys that was 12.6 s of a 15.6 s insert; the same rows with the keys checked
/// afterwards took 3.7 s plus 0.5 s for the check (docs/BENCHMARKS.md). PostgreSQL's manual gives
/// the remedy for bulk loads ("Populating a Database: Remove Foreign Key Constraints"): drop the keys,
/// load, and add them again. Here all three steps are one transaction: adding a key back checks every
/// row with one query, and a row that breaks it fails the whole transaction, so nothing unchecked is
/// ever committed and nobody else sees the table without its keys (dropping takes an ACCESS EXCLUSIVE
/// lock on the table and on the tables it references, held to commit).
///
/// That lock is the price: while the load runs, other requests that read those tables wait (for the
/// matching run: `id_organisations`, so signed-in requests wait a few seconds). Callers use this only
/// for loads of tens of thousands of rows (`foreignKeysWorthCheckingOnce(rows:)`), and it never waits
/// long for the lock: if another transaction holds one of the tables for more than `lockTimeout`, the
/// keys stay in place and are checked row by row as usual. SQLite checks a foreign key with one index lookup in the same
/// process, cheaply: there `body` simply runs.
public func withForeignKeysCheckedOnce<T: Sendable>(
    on table: String, in tx: any Database, lockTimeout: String = "2s",
    _ body: @escaping @Sendable (any Database) async throws -> T
) async throws -> T {
    guard Dialect.of(tx) == .postgres, let sql = tx as? any SQLDatabase else { return try await body(tx) }
    let keys = try await sql.raw("""
        SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
        WHERE conrelid = \(bind: table)::regclass AND contype = 'f' ORDER BY conname
        """).all().map { (name: try $0.decode(column: "conname", as: String.self), definition: try $0.decode(column: "def", as: String.self)) }
    guard !keys.isEmpty else { return try await body(tx) }
    try await sql.raw("SAVEPOINT kechuang_foreign_keys").run()
    do {
        try await sql.raw("SET LOCAL lock_timeout = \(literal: lockTimeout)").run()
        try await sql.raw("ALTER TABLE \(ident: table) \(SQLList(keys.map { SQLQueryString("DROP CONSTRAINT \(ident: $0.name)") }))").run()
        try await sql.raw("RELEASE SAVEPOINT kechuang_foreign_keys").run()
        try await sql.raw("SET LOCAL lock_timeout TO DEFAULT").run()
    } catch where isLockNotAvailable(error) {
        // Someone holds one of the tables: keep the keys and let PostgreSQL check row by row.
        try await sql.raw("ROLLBACK TO SAVEPOINT kechuang_foreign_keys").run()
        tx.logger.notice("foreign keys of \(table) checked row by row: a table was busy (\(error))")
        return try await body(tx)
    }
    let result = try await body(tx)
    // The definitions are PostgreSQL's own text for the keys it just dropped.
    try await sql.raw("ALTER TABLE \(ident: table) \(SQLList(keys.map { SQLQueryString("ADD CONSTRAINT \(ident: $0.name) \(unsafeRaw: $0.definition)") }))").run()
    return result
}

/// Whether a load of `rows` rows is large enough to check its foreign keys once rather than row by row.
public func foreignKeysWorthCheckingOnce(rows: Int) -> Bool { rows >= 50_000 }

private func isLockNotAvailable(_ error: any Error) -> Bool {
    (error as? PSQLError)?.serverInfo?[.sqlState] == "55P03"
}
