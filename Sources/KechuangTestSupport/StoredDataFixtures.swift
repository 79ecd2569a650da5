import FluentKit
import Foundation
import KechuangCore
import SQLKit

extension TestFixtures {
    /// Writes `value` into one column of one row with plain SQL, around every service: the damaged
    /// row a bad migration, a manual fix or a disk error could leave behind.
    public func damage(_ table: String, id: UUID, set column: String, to value: String) async throws {
        guard let sql = db as? any SQLDatabase else { throw StoredDataError(table: table, id: id.uuidString, column: column, reason: "not an SQL database") }
        try await sql.update(table).set(column, to: value).where("id", .equal, id).run()
    }

    /// One column of one row as stored, read with plain SQL.
    public func storedValue(_ table: String, id: UUID, column: String) async throws -> String? {
        guard let sql = db as? any SQLDatabase else { return nil }
        return try await sql.select().column(SQLIdentifier(column)).from(table).where("id", .equal, id).first()?.decode(column: column, as: String.self)
    }

    /// Whether `error` is the `StoredDataError` for that table and column.
    public static func isStoredDataError(_ error: any Error, table: String, column: String) -> Bool {
        guard let stored = error as? StoredDataError else { return false }
        return stored.table == table && stored.column == column
    }
}
