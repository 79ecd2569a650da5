import FluentKit

/// The review module's five tables, created by one migration as shipped (its name is recorded in
/// `_fluent_migrations`, so it stays one migration); each table's schema is built by its own helper.
struct REV0001_CreateReviewTables: AsyncMigration {
    var name: String { "REV0001 create rev_experts, rev_rounds, rev_assignments, rev_conflicts, rev_reviews" }

    func prepare(on db: any Database) async throws {
        try await Self.experts(db)
        try await Self.rounds(db)
        try await Self.assignments(db)
        try await Self.conflicts(db)
        try await Self.reviews(db)
    }

    func revert(on db: any Database) async throws {
        for table in ["rev_reviews", "rev_conflicts", "rev_assignments", "rev_rounds", "rev_experts"] {
            try await db.schema(table).delete()
        }
    }

    static func experts(_ db: any Database) async throws {
        try await db.schema("rev_experts")
            .id()
            .field("person_id", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("profile_json", .string, .required)
            .field("active", .bool, .required)
            .field("version", .int, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "person_id")
            .create()
    }

    static func rounds(_ db: any Database) async throws {
        try await db.schema("rev_rounds")
            .id()
            .field("call_id", .uuid, .required, .references("prj_calls", "id", onDelete: .restrict))
            .field("reviewers_per_proposal", .int, .required)
            .field("min_load", .int, .required)
            .field("max_load", .int, .required)
            .field("criteria_json", .string, .required)
            .field("deadline", .datetime, .required)
            .field("fair", .bool, .required)
            .field("seed", .int, .required)
            .field("state", .string, .required)
            .field("report_json", .string)
            .field("instance_json", .string)
            .field("version", .int, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "call_id")
            .create()
    }

    static func assignments(_ db: any Database) async throws {
        try await db.schema("rev_assignments")
            .id()
            .field("round_id", .uuid, .required, .references("rev_rounds", "id", onDelete: .restrict))
            .field("application_id", .uuid, .required, .references("prj_applications", "id", onDelete: .restrict))
            .field("expert_id", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("affinity", .int, .required)
            .field("status", .string, .required)
            .field("source", .string, .required)
            .field("decline_reason", .string)
            .field("reminded_at", .datetime)
            .field("updated_at", .datetime, .required)
            .unique(on: "round_id", "application_id", "expert_id")
            .create()
    }

    static func conflicts(_ db: any Database) async throws {
        try await db.schema("rev_conflicts")
            .id()
            .field("round_id", .uuid, .required, .references("rev_rounds", "id", onDelete: .restrict))
            .field("application_id", .uuid, .required, .references("prj_applications", "id", onDelete: .restrict))
            .field("expert_id", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("reason", .string, .required)
            .field("detail", .string, .required)
            .field("by_officer", .bool, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    static func reviews(_ db: any Database) async throws {
        try await db.schema("rev_reviews")
            .id()
            .field("assignment_id", .uuid, .required, .references("rev_assignments", "id", onDelete: .restrict))
            .field("application_id", .uuid, .required, .references("prj_applications", "id", onDelete: .restrict))
            .field("expert_id", .uuid, .required, .references("id_people", "id", onDelete: .restrict))
            .field("scores_json", .string, .required)
            .field("total", .double, .required)
            .field("comment", .string, .required)
            .field("language", .string, .required)
            .field("submitted_at", .datetime, .required)
            .unique(on: "assignment_id")
            .create()
    }
}
