import FluentKit

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
