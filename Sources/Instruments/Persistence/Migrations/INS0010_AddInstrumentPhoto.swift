import FluentKit

/// The instrument's photo: its description (SHA-256 key, format, size, text alternative zh/en) as
/// JSON; the bytes are in the file store. Null: no photo.
struct INS0010_AddInstrumentPhoto: AsyncMigration {
    var name: String { "INS0010 add photo_json to ins_instruments" }
    func prepare(on db: any Database) async throws {
        try await db.schema("ins_instruments").field("photo_json", .string).update()
    }
    func revert(on db: any Database) async throws { try await db.schema("ins_instruments").deleteField("photo_json").update() }
}
