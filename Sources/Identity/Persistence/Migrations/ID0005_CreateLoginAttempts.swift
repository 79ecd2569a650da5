import FluentKit

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
