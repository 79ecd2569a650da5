import FluentKit

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
