/// Storage — where the platform keeps its data, on SQLite (embedded default) or PostgreSQL.
///
/// - `DatabaseURL`: `sqlite:./kechuang.sqlite` or `postgres://…`, and how each is configured.
/// - `Dialect`: the only place where SQL differs by engine (pragmas, chain lock, backup, retries).
/// - `withWriteTransaction`: every multi-row write runs in one transaction, retried when SQLite
///   reports a stale snapshot.
/// - `AuditChain`: the append-only audit log, an SM3 hash chain (GB/T 32905-2016).
///
/// Imports: KechuangCore, FluentKit, SQLKit and the two drivers. Never Vapor.
public enum Storage {
    /// Storage's own migrations, applied before every domain module's.
    public static let migrations: [any Migration] = [ST0001_CreateAuditLog(), ST0002_AuditHashScheme()]
}

import FluentKit
