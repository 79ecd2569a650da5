import FluentKit
import SQLKit

struct INS0002_CreateInstruments: AsyncMigration {
    var name: String { "INS0002 create ins_instruments" }
    func prepare(on db: any Database) async throws {
        try await db.schema("ins_instruments")
            .id()
            .field("name_zh", .string, .required)
            .field("name_en", .string, .required)
            .field("category_code", .string, .required)
            .field("maker", .string, .required)
            .field("model", .string, .required)
            .field("original_value_yuan", .int64, .required)
            .field("purchase_date", .string)
            .field("public_funding", .bool, .required)
            .field("organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("lab_id", .uuid, .references("ins_labs", "id", onDelete: .restrict))
            .field("location", .string, .required)
            .field("district", .string, .required)
            .field("specs", .string, .required)
            .field("status", .string, .required)
            .field("service_json", .string)
            .field("published", .bool, .required)
            .field("published_at", .datetime)
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "ins_instruments_organisation").on("ins_instruments").column("organisation_id").run()
        try await sql.create(index: "ins_instruments_updated").on("ins_instruments").column("updated_at").run()
    }
    func revert(on db: any Database) async throws { try await db.schema("ins_instruments").delete() }
}
