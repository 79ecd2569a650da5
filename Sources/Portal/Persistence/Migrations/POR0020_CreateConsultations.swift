import FluentKit

struct POR0020_CreateConsultations: AsyncMigration {
    var name: String { "POR0020 create por_consultations" }
    func prepare(on db: any Database) async throws {
        try await db.schema("por_consultations")
            .id()
            .field("kind", .string, .required)
            .field("title_zh", .string, .required)
            .field("title_en", .string)
            .field("summary_zh", .string, .required)
            .field("summary_en", .string)
            .field("department", .string, .required)
            .field("body", .string, .required)
            .field("opens_on", .string, .required)
            .field("closes_on", .string, .required)
            .field("state", .string, .required)
            .field("published_at", .datetime)
            .field("report_zh", .string)
            .field("report_en", .string)
            .field("reported_at", .datetime)
            .field("adopted_policy_id", .string)
            .field("created_by", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .field("updated_at", .datetime, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("por_consultations").delete() }
}
