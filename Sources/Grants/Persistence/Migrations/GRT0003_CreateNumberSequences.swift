import FluentKit

/// Project numbering (`ProjectNumber`): the letter and two digits each programme was given, and
/// the last sequence number used per programme and year. Both are taken inside the award's
/// write transaction; the unique keys make a second writer fail instead of sharing a number.
struct GRT0003_CreateNumberSequences: AsyncMigration {
    var name: String { "GRT0003 create grt_number_sequences" }
    func prepare(on db: any Database) async throws {
        try await db.schema("grt_programme_codes")
            .id()
            .field("programme_id", .uuid, .required, .references("prj_programmes", "id", onDelete: .restrict))
            .field("letter", .string, .required)
            .field("digits", .int, .required)
            .unique(on: "programme_id", name: "grt_programme_codes_programme_key")
            .unique(on: "letter", "digits", name: "grt_programme_codes_letter_digits_key")
            .create()
        try await db.schema("grt_number_sequences")
            .id()
            .field("programme_id", .uuid, .required, .references("prj_programmes", "id", onDelete: .restrict))
            .field("year", .int, .required)
            .field("last", .int, .required)
            .unique(on: "programme_id", "year", name: "grt_number_sequences_programme_year_key")
            .create()
    }
    func revert(on db: any Database) async throws {
        try await db.schema("grt_number_sequences").delete()
        try await db.schema("grt_programme_codes").delete()
    }
}
