import FluentKit

/// Figures departments report per indicator and year (Art. 63). A revision is a new row with the
/// next `revision`; none is overwritten, so the history stays.
struct MON0002_CreateReportedValues: AsyncMigration {
    var name: String { "MON0002 create mon_reported_values" }
    func prepare(on db: any Database) async throws {
        try await db.schema("mon_reported_values")
            .id()
            .field("indicator_code", .string, .required)
            .field("year", .int, .required)
            .field("revision", .int, .required)
            .field("value", .double, .required)
            .field("note", .string, .required)
            .field("department_id", .uuid, .references("id_organisations", "id", onDelete: .restrict))
            .field("entered_by", .uuid)
            .field("entered_at", .datetime, .required)
            .unique(on: "indicator_code", "year", "revision", name: "mon_reported_values_revision")
            .create()
    }
    func revert(on db: any Database) async throws { try await db.schema("mon_reported_values").delete() }
}
