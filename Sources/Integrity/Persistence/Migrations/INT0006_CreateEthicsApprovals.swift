import FluentKit

struct INT0006_CreateEthicsApprovals: AsyncMigration {
    var name: String { "INT0006 create int_ethics_approvals" }
    func prepare(on db: any Database) async throws {
        try await db.schema("int_ethics_approvals")
            .id()
            .field("committee_id", .uuid, .required, .references("int_ethics_committees", "id", onDelete: .restrict))
            .field("approval_number", .string, .required)
            .field("project_title", .string, .required)
            .field("decision_date", .string, .required)
            .field("scopes", .string, .required)
            .field("valid_from", .string, .required)
            .field("valid_until", .string, .required)
            .field("high_risk", .string, .required)
            .field("expert_review_json", .string)
            .field("created_by", .uuid, .required)
            .field("created_at", .datetime, .required)
            .field("version", .int, .required)
            .unique(on: "approval_number")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("int_ethics_approvals").delete() }
}
