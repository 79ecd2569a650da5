import FluentKit

struct POR0021_CreateConsultationComments: AsyncMigration {
    var name: String { "POR0021 create por_consultation_comments" }
    func prepare(on db: any Database) async throws {
        try await db.schema("por_consultation_comments")
            .id()
            .field("consultation_id", .uuid, .required, .references("por_consultations", "id", onDelete: .restrict))
            .field("author_id", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("organisation_id", .uuid, .references("id_organisations", "id", onDelete: .restrict))
            .field("organisation_name", .string)
            .field("article_label", .string)
            .field("body", .string, .required)
            .field("created_at", .datetime, .required)
            .field("hidden_reason", .string)
            .field("hidden_by", .uuid)
            .field("hidden_at", .datetime)
            .field("response", .string)
            .field("response_reason", .string)
            .field("responded_by", .uuid)
            .field("responded_at", .datetime)
            .field("version", .int, .required)
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("por_consultation_comments").delete() }
}
