import FluentKit

struct PRJ0001_CreateProgrammes: AsyncMigration {
    var name: String { "PRJ0001 create prj_programmes" }
    func prepare(on db: any Database) async throws {
        try await db.schema("prj_programmes")
            .id()
            .field("code", .string, .required)
            .field("name_zh", .string, .required)
            .field("name_en", .string, .required)
            .field("kind", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "code")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("prj_programmes").delete() }
}
