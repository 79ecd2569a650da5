import FluentKit
import SQLKit

/// One profile per enterprise and year.
struct ENT0001_CreateProfiles: AsyncMigration {
    var name: String { "ENT0001 create ent_profiles" }
    func prepare(on db: any Database) async throws {
        try await db.schema("ent_profiles")
            .id()
            .field("organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("year", .int, .required)
            .field("figures_json", .string, .required)
            .field("district", .string, .required)
            .field("state", .string, .required)
            .field("tier", .string)
            .field("note", .string, .required)
            .field("verified_by", .uuid)
            .field("verified_at", .datetime)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "organisation_id", "year", name: "ent_profiles_one_per_year")
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "ent_profiles_year_state").on("ent_profiles").column("year").column("state").run()
    }
    func revert(on db: any Database) async throws { try await db.schema("ent_profiles").delete() }
}
