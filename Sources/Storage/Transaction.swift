import FluentKit

/// Runs `body` in one transaction: all of its writes land, or none do.
///
/// On SQLite the transaction starts with `BEGIN IMMEDIATE` behind the database's in-process write
/// gate, with a 30 s busy timeout on the connection (`SQLiteWrites`), so concurrent writers queue
/// instead of failing with "database is locked". On PostgreSQL it is an ordinary transaction.
/// Called on a database that is already inside a transaction, `body` joins that transaction.
///
/// A transaction that still lost a race (SQLite busy after the timeout — another process held the
/// lock for 30 s —, PostgreSQL serialization failure or deadlock) runs again, up to five times in
/// all, waiting a little longer each time; `body` must therefore be safe to run again.
public func withWriteTransaction<T: Sendable>(
    on db: any Database, _ body: @escaping @Sendable (any Database) async throws -> T
) async throws -> T {
    if db.inTransaction { return try await body(db) }
    var attempt = 0
    while true {
        do {
            if let gate = SQLiteWrites.gate(of: db) {
                return try await SQLiteWrites.immediateTransaction(on: db, gate: gate, body)
            }
            return try await db.transaction { tx in try await body(tx) }
        } catch where attempt < 4 && Dialect.isRetryable(error) {
            attempt += 1
            try await Task.sleep(nanoseconds: UInt64(attempt) * 50_000_000)
        }
    }
}
