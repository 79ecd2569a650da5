import FluentKit

/// Each programme's acceptance scheme per research type (Art. 31): indicator set, reviewer kind,
/// panel size and pass mark, as a JSON document.
struct GRT0024_CreateAcceptanceSchemes: AsyncMigration {
    var name: String { "GRT0024 create grt_acceptance_schemes" }
    func prepare(on db: any Database) async throws {
        try await db.schema("grt_acceptance_schemes")
            .id()
            .field("programme_id", .uuid, .required)
            .field("research_type", .string, .required)
            .field("scheme_json", .string, .required)
            .field("updated_at", .datetime, .required)
            .unique(on: "programme_id", "research_type", name: "grt_acceptance_schemes_key")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("grt_acceptance_schemes").delete() }
}
