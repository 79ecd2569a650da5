import FluentKit

/// Adds `audit_log.scheme`: `hmac-sm3` for entries keyed with the audit key; existing rows keep NULL,
/// meaning the plain SM3 chain they were written with (re-keyed once by `kechuang audit rekey`).
struct ST0002_AuditHashScheme: AsyncMigration {
    var name: String { "ST0002 audit_log hash scheme" }

    func prepare(on database: any Database) async throws {
        try await database.schema("audit_log").field("scheme", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_log").deleteField("scheme").update()
    }
}
