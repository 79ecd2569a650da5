import FluentKit
import SQLKit

/// Vouchers; (id, expires_on, face_value_fen) is unique so that a redemption can reference all
/// three and the database can compare them (ENT0007).
struct ENT0006_CreateVouchers: AsyncMigration {
    var name: String { "ENT0006 create ent_vouchers" }
    func prepare(on db: any Database) async throws {
        try await db.schema("ent_vouchers")
            .id()
            .field("programme_id", .uuid, .required, .references("ent_voucher_programmes", "id", onDelete: .restrict))
            .field("organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("face_value_fen", .int64, .required)
            .field("issued_on", .string, .required)
            .field("expires_on", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "id", "expires_on", "face_value_fen", name: "ent_vouchers_terms")
            .constraint(.constraint(.custom(SQLTableConstraintAlgorithm.check(SQLRaw("face_value_fen > 0 AND issued_on <= expires_on"))),
                                    name: "ent_vouchers_valid_terms"))
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "ent_vouchers_organisation").on("ent_vouchers").column("organisation_id").run()
    }
    func revert(on db: any Database) async throws { try await db.schema("ent_vouchers").delete() }
}
