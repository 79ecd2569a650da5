import FluentKit

/// Runs `body` in one transaction: all of its writes land, or none do. A transaction that lost a
/// race (SQLite stale snapshot, PostgreSQL serialization failure) runs again, up to five times.
public func withWriteTransaction<T: Sendable>(
    on db: any Database, _ body: @escaping @Sendable (any Database) async throws -> T
) async throws -> T {
    var attempt = 0
    while true {
        do {
            return try await db.transaction { tx in try await body(tx) }
        } catch where attempt < 4 && Dialect.isRetryable(error) {
            attempt += 1
            try await Task.sleep(nanoseconds: UInt64(attempt) * 20_000_000)
        }
    }
}
