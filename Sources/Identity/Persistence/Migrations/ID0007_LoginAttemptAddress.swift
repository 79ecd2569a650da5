import FluentKit
import SQLKit

/// Sign-in throttling per account and per client address: the address of each attempt, and indexes
/// for the two questions asked on every sign-in (failures of this account, failures from this address).
struct ID0007_LoginAttemptAddress: AsyncMigration {
    var name: String { "ID0007 id_login_attempts address and indexes" }
    func prepare(on db: any Database) async throws {
        try await db.schema("id_login_attempts").field("address", .string).update()
        guard let sql = db as? any SQLDatabase else { throw LoginAttemptMigrationError() }
        try await sql.create(index: "id_login_attempts_email_at").on("id_login_attempts").column("email").column("at").run()
        try await sql.create(index: "id_login_attempts_address_at").on("id_login_attempts").column("address").column("at").run()
    }
    func revert(on db: any Database) async throws {
        if let sql = db as? any SQLDatabase {
            try await sql.drop(index: "id_login_attempts_email_at").run()
            try await sql.drop(index: "id_login_attempts_address_at").run()
        }
        try await db.schema("id_login_attempts").deleteField("address").update()
    }
}

struct LoginAttemptMigrationError: Error, CustomStringConvertible {
    var description: String { "ID0007 needs an SQL database (SQLite or PostgreSQL)" }
}
