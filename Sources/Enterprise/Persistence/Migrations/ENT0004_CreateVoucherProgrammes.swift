import FluentKit
import SQLKit

/// The year's budget is a cap the database keeps: `issued_fen` never exceeds `budget_fen`.
struct ENT0004_CreateVoucherProgrammes: AsyncMigration {
    var name: String { "ENT0004 create ent_voucher_programmes" }
    func prepare(on db: any Database) async throws {
        try await db.schema("ent_voucher_programmes")
            .id()
            .field("year", .int, .required)
            .field("name_zh", .string, .required)
            .field("name_en", .string, .required)
            .field("face_value_fen", .int64, .required)
            .field("cap_per_enterprise_fen", .int64, .required)
            .field("budget_fen", .int64, .required)
            .field("issued_fen", .int64, .required)
            .field("expires_on", .string, .required)
            .field("eligibility_json", .string, .required)
            .field("created_at", .datetime, .required)
            .constraint(.constraint(.custom(SQLTableConstraintAlgorithm.check(SQLRaw(
                "issued_fen >= 0 AND issued_fen <= budget_fen AND face_value_fen > 0 AND cap_per_enterprise_fen >= face_value_fen"))),
                name: "ent_voucher_programmes_within_budget"))
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("ent_voucher_programmes").delete() }
}
