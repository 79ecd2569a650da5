import FluentKit

/// Published releases of the monitoring figures: a frozen snapshot (JSON) per year and edition,
/// never changed after publication.
struct MON0003_CreateReleases: AsyncMigration {
    var name: String { "MON0003 create mon_releases" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mon_releases")
            .id()
            .field("year", .int, .required)
            .field("edition", .int, .required)
            .field("observations_json", .string, .required)
            .field("sm3", .string, .required)
            .field("published_by", .uuid)
            .field("published_at", .datetime, .required)
            .unique(on: "year", "edition", name: "mon_releases_year_edition")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("mon_releases").delete() }
}
