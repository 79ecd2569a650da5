import FluentKit

/// Organisations located in a zone or park (Art. 13–16); an organisation is listed once per zone.
struct MON0001_CreateZoneMembers: AsyncMigration {
    var name: String { "MON0001 create mon_zone_members" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mon_zone_members")
            .id()
            .field("zone_code", .string, .required)
            .field("organisation_id", .uuid, .required, .references("id_organisations", "id", onDelete: .restrict))
            .field("added_by", .uuid)
            .field("added_at", .datetime, .required)
            .unique(on: "zone_code", "organisation_id", name: "mon_zone_members_once")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("mon_zone_members").delete() }
}
