import FluentKit
import SQLKit

// One migration per table. Shipped migrations are never edited: a change is a new migration.

struct ID0001_CreateOrganisations: AsyncMigration {
    var name: String { "ID0001 create id_organisations" }
    func prepare(on db: any Database) async throws {
        try await db.schema("id_organisations")
            .id()
            .field("name_zh", .string, .required)
            .field("name_en", .string)
            .field("type", .string, .required)
            .field("ownership", .string, .required)
            .field("district", .string, .required)
            .field("uscc", .string, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "uscc")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("id_organisations").delete() }
}

struct ID0002_CreatePeople: AsyncMigration {
    var name: String { "ID0002 create id_people" }
    func prepare(on db: any Database) async throws {
        try await db.schema("id_people")
            .id()
            .field("name", .string, .required)
            .field("email", .string, .required)
            .field("orcid", .string)
            .field("resident_id_sealed", .string)
            .field("resident_id_masked", .string)
            .field("nationality", .string, .required)
            .field("birth_year", .int)
            .field("password_hash", .string)
            .field("disabled", .bool, .required)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "email")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("id_people").delete() }
}

struct ID0003_CreateMemberships: AsyncMigration {
    var name: String { "ID0003 create id_memberships" }
    func prepare(on db: any Database) async throws {
        try await db.schema("id_memberships")
            .id()
            .field("person_id", .uuid, .required, .references("id_people", "id", onDelete: .cascade))
            .field("organisation_id", .uuid, .references("id_organisations", "id", onDelete: .restrict))
            .field("role", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "person_id", "organisation_id", "role")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("id_memberships").delete() }
}

struct ID0004_CreateSessions: AsyncMigration {
    var name: String { "ID0004 create id_sessions" }
    func prepare(on db: any Database) async throws {
        try await db.schema("id_sessions")
            .id()
            .field("token_hash", .string, .required)
            .field("person_id", .uuid, .required, .references("id_people", "id", onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("id_sessions").delete() }
}

struct ID0005_CreateLoginAttempts: AsyncMigration {
    var name: String { "ID0005 create id_login_attempts" }
    func prepare(on db: any Database) async throws {
        try await db.schema("id_login_attempts")
            .id()
            .field("email", .string, .required)
            .field("at", .datetime, .required)
            .field("succeeded", .bool, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("id_login_attempts").delete() }
}

struct ID0006_CreateAccessTokens: AsyncMigration {
    var name: String { "ID0006 create id_access_tokens" }
    func prepare(on db: any Database) async throws {
        try await db.schema("id_access_tokens")
            .id()
            .field("person_id", .uuid, .required, .references("id_people", "id", onDelete: .cascade))
            .field("name", .string, .required)
            .field("token_hash", .string, .required)
            .field("prefix", .string, .required)
            .field("scopes", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_used_at", .datetime)
            .field("revoked_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("id_access_tokens").delete() }
}

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
