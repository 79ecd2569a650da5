import FluentKit

/// Directed commissions (Art. 29): the institution the officer named, why, and the application it created.
struct GRT0031_CreateCommissions: AsyncMigration {
    var name: String { "GRT0031 create grt_commissions" }
    func prepare(on db: any Database) async throws {
        try await db.schema("grt_commissions")
            .id()
            .field("call_id", .uuid, .required, .references("prj_calls", "id", onDelete: .restrict))
            .field("application_id", .uuid, .required, .references("prj_applications", "id", onDelete: .restrict))
            .field("organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("pi_person_id", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("title_zh", .string, .required)
            .field("amount", .int64, .required)
            .field("reason", .string, .required)
            .field("commissioned_by", .uuid, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "application_id", name: "grt_commissions_application_key")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("grt_commissions").delete() }
}
