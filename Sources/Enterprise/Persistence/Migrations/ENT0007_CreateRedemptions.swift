import FluentKit
import SQLKit

/// A voucher is never spent twice or past its expiry — guaranteed by the database, on SQLite and
/// PostgreSQL alike, whatever the application does and however many nodes redeem at once:
///
/// - `voucher_id` is unique: a second redemption of the same voucher (a concurrent one included)
///   fails with a unique violation;
/// - the redemption carries the voucher's expiry and face value under a composite foreign key to
///   `ent_vouchers (id, expires_on, face_value_fen)`, so they cannot differ from the voucher's, and a
///   CHECK compares them: `redeemed_on <= expires_on` (days as `yyyy-MM-dd`, which order as text)
///   and `0 < amount_fen <= face_value_fen`.
struct ENT0007_CreateRedemptions: AsyncMigration {
    var name: String { "ENT0007 create ent_redemptions" }
    func prepare(on db: any Database) async throws {
        try await db.schema("ent_redemptions")
            .id()
            .field("voucher_id", .uuid, .required)
            .field("expires_on", .string, .required)
            .field("face_value_fen", .int64, .required)
            .field("provider_id", .uuid, .required, .references("ent_providers", "id", onDelete: .restrict))
            .field("organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("service", .string, .required)
            .field("amount_fen", .int64, .required)
            .field("redeemed_on", .string, .required)
            .field("instrument_id", .uuid)
            .field("description", .string, .required)
            .field("state", .string, .required)
            .field("service_record", .string, .required)
            .field("claimed_at", .datetime)
            .field("settled_at", .datetime)
            .field("settled_by", .uuid)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "voucher_id", name: "ent_redemptions_once_per_voucher")
            .foreignKey(["voucher_id", "expires_on", "face_value_fen"], references: "ent_vouchers", ["id", "expires_on", "face_value_fen"],
                        onDelete: .restrict, onUpdate: .restrict, name: "ent_redemptions_voucher_terms")
            .constraint(.constraint(.custom(SQLTableConstraintAlgorithm.check(SQLRaw(
                "redeemed_on <= expires_on AND amount_fen > 0 AND amount_fen <= face_value_fen"))), name: "ent_redemptions_before_expiry_within_value"))
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "ent_redemptions_provider").on("ent_redemptions").column("provider_id").run()
    }
    func revert(on db: any Database) async throws { try await db.schema("ent_redemptions").delete() }
}
