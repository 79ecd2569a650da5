import FluentKit
import SQLKit

/// An enterprise is told of a benefit once a year: matching again adds nothing.
struct ENT0003_CreateBenefitMatches: AsyncMigration {
    var name: String { "ENT0003 create ent_benefit_matches" }
    func prepare(on db: any Database) async throws {
        try await db.schema("ent_benefit_matches")
            .id()
            .field("benefit_id", .uuid, .required, .references("ent_benefits", "id", onDelete: .restrict))
            .field("organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("year", .int, .required)
            .field("state", .string, .required)
            .field("reasons_json", .string, .required)
            .field("matched_at", .datetime, .required)
            .field("decided_by", .uuid)
            .field("decided_at", .datetime)
            .field("note", .string, .required)
            .field("version", .int, .required)
            .unique(on: "benefit_id", "organisation_id", "year", name: "ent_benefit_matches_once")
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "ent_benefit_matches_organisation").on("ent_benefit_matches").column("organisation_id").run()
    }
    func revert(on db: any Database) async throws { try await db.schema("ent_benefit_matches").delete() }
}
