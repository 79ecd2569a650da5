import FluentKit
import SQLKit
import Storage

/// Two active bookings (or a booking and a blackout) of one instrument never overlap — guaranteed
/// by the database, not only by the check in `Bookings.book`:
///
/// - PostgreSQL: an exclusion constraint over the time range (`btree_gist` for the uuid equality),
///   so a concurrent insert from any node waits for the other transaction and then fails with
///   SQLSTATE 23P01 (exclusion_violation).
/// - SQLite: triggers that abort an insert or an update that would overlap an active booking; write
///   transactions are serialised (`BEGIN IMMEDIATE` behind the write gate), so the check and the
///   insert are atomic.
///
/// Intervals are half-open [starts_at, ends_at): a booking ending at 10:00 and one starting at 10:00 do not overlap.
struct INS0006_BookingsNeverOverlap: AsyncMigration {
    var name: String { "INS0006 ins_bookings never overlap" }

    static let activeStates = "('requested', 'confirmed')"

    func prepare(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        switch Dialect.of(db) {
        case .postgres:
            try await sql.raw("CREATE EXTENSION IF NOT EXISTS btree_gist").run()
            try await sql.raw("""
                ALTER TABLE ins_bookings ADD CONSTRAINT ins_bookings_no_overlap
                EXCLUDE USING gist (instrument_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
                WHERE (state IN \(unsafeRaw: Self.activeStates) AND kind <> 'sample')
                """).run()
        case .sqlite:
            for (event, name) in [("INSERT", "ins_bookings_no_overlap_insert"), ("UPDATE", "ins_bookings_no_overlap_update")] {
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: name) BEFORE \(unsafeRaw: event) ON ins_bookings
                    WHEN NEW.state IN \(unsafeRaw: Self.activeStates) AND NEW.kind <> 'sample'
                    BEGIN
                        SELECT RAISE(ABORT, 'ins_bookings_no_overlap') WHERE EXISTS (
                            SELECT 1 FROM ins_bookings b
                            WHERE b.instrument_id = NEW.instrument_id AND b.id <> NEW.id
                              AND b.state IN \(unsafeRaw: Self.activeStates) AND b.kind <> 'sample'
                              AND b.starts_at < NEW.ends_at AND NEW.starts_at < b.ends_at);
                    END
                    """).run()
            }
        }
    }

    func revert(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        switch Dialect.of(db) {
        case .postgres: try await sql.raw("ALTER TABLE ins_bookings DROP CONSTRAINT ins_bookings_no_overlap").run()
        case .sqlite:
            try await sql.raw("DROP TRIGGER ins_bookings_no_overlap_insert").run()
            try await sql.raw("DROP TRIGGER ins_bookings_no_overlap_update").run()
        }
    }
}
