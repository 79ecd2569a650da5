import FluentKit
import SQLKit

/// A benefit's conditions as they were when a matching run judged them, stored once per benefit and
/// version of its conditions (`ent_benefit_criteria`); a match names the version it was judged by
/// (`criteria_id`) and keeps only its own figures per criterion, so it explains itself criterion by
/// criterion with the source even after the benefit's conditions change. Matches written before this
/// migration keep the full explanation in `reasons_json` and no `criteria_id`.
struct ENT0011_CreateBenefitCriteria: AsyncMigration {
    var name: String { "ENT0011 create ent_benefit_criteria" }
    func prepare(on db: any Database) async throws {
        try await db.schema("ent_benefit_criteria")
            .id()
            .field("benefit_id", .uuid, .required, .references("ent_benefits", "id", onDelete: .restrict))
            .field("criteria_json", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "ent_benefit_criteria_benefit").on("ent_benefit_criteria").column("benefit_id").run()
        try await db.schema("ent_benefit_matches").field("criteria_id", .uuid, .references("ent_benefit_criteria", "id", onDelete: .restrict)).update()
    }
    func revert(on db: any Database) async throws {
        try await db.schema("ent_benefit_matches").deleteField("criteria_id").update()
        try await db.schema("ent_benefit_criteria").delete()
    }
}
