import FluentKit
import SQLKit

/// Technology contracts submitted for registration (技术合同认定登记), their decision and number.
/// Parties are columns so that the statistics group by them without decoding.
struct MKT0023_CreateContracts: AsyncMigration {
    var name: String { "MKT0023 create mkt_contracts" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mkt_contracts")
            .id()
            .field("number", .string)
            .field("state", .string, .required)
            .field("type", .string, .required)
            .field("subtype", .string, .required)
            .field("title", .string, .required)
            .field("field", .string, .required)
            .field("technical_content", .string, .required)
            .field("seller_name", .string, .required)
            .field("seller_uscc", .string, .required)
            .field("seller_kind", .string, .required)
            .field("seller_district", .string, .required)
            .field("buyer_name", .string, .required)
            .field("buyer_uscc", .string, .required)
            .field("buyer_kind", .string, .required)
            .field("buyer_district", .string, .required)
            .field("total_amount", .int64, .required)
            .field("technical_amount", .int64, .required)
            .field("goods_amount", .int64, .required)
            .field("other_amount", .int64, .required)
            .field("signed_on", .string, .required)
            .field("starts_on", .string, .required)
            .field("ends_on", .string, .required)
            .field("point", .string, .required)
            .field("pdf_key", .string)
            .field("pdf_sha256", .string)
            .field("pdf_name", .string)
            .field("inquiry_id", .uuid)
            .field("submitted_by", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("return_rule", .string)
            .field("return_reason", .string)
            .field("returns", .int, .required)
            .field("registrar_id", .uuid, .references("id_people", "id", onDelete: .restrict))
            .field("registered_on", .string)
            .field("submitted_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .field("version", .int, .required)
            .unique(on: "number")
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "mkt_contracts_state_registered").on("mkt_contracts").column("state").column("registered_on").run()
        try await sql.create(index: "mkt_contracts_submitted_by").on("mkt_contracts").column("submitted_by").run()
    }
    func revert(on db: any Database) async throws { try await db.schema("mkt_contracts").delete() }
}
