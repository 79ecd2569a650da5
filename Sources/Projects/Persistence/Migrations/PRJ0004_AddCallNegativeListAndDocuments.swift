import FluentKit

struct PRJ0004_AddCallNegativeListAndDocuments: AsyncMigration {
    var name: String { "PRJ0004 add prj_calls.negative_list and required_documents" }
    func prepare(on db: any Database) async throws {
        try await db.schema("prj_calls").field("negative_list", .string, .required, .sql(.default("[]"))).update()
        try await db.schema("prj_calls").field("required_documents", .string, .required, .sql(.default("[]"))).update()
    }
    func revert(on db: any Database) async throws {
        try await db.schema("prj_calls").deleteField("negative_list").deleteField("required_documents").update()
    }
}
