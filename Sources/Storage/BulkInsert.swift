import FluentKit
import Foundation
import SQLKit

/// Many rows in few statements (issue #20's matching run writes 591,659 at once). Fluent's model
/// inserts encode every value of every row through `Codable` and, on PostgreSQL, send it over the
/// network one bind at a time, which cost more than the database's own work. Instead:
/// - **PostgreSQL**: each varying column travels as ONE `text[]` array (PostgresNIO's binary array
///   encoding) and the rows are `unnest(...)`ed by the server. Measured against the earlier JSON text
///   unpacked with `json_array_elements` on the same 591,659 rows: 4.5 s instead of 8.1 s.
/// - **SQLite** (no array binds): the varying columns as one JSON array of arrays bound once as text
///   and unpacked by `json_each`. A `VALUES` list binding every value was tried (faster from Python's
///   sqlite3, 4.5 s against 6.1 s) and was slower from Swift: the matching run wrote in 8.2–9.0 s
///   instead of 7.6 s, the per-value encoding through SQLKit costing more than the JSON.
///
/// The columns that are the same for every row are bound once, encoded by the driver exactly as any
/// other write. The varying values are text or UUIDs (written as Swift prints them, upper case, as
/// the drivers store them on SQLite; cast to `uuid` on PostgreSQL).
///
/// Rows go in in the order given: give them in key order (and ids from `TimeOrderedIDs`) when there
/// are many, and see `withForeignKeysCheckedOnce` for loads of tens of thousands of rows on PostgreSQL.
public struct BulkInsert: Sendable {
    public enum Kind: Sendable { case uuid, text }

    public let table: String
    public let varying: [(name: String, kind: Kind)]
    public let constant: [(name: String, value: any Encodable & Sendable)]

    public init(into table: String, varying: [(name: String, kind: Kind)], constant: [(name: String, value: any Encodable & Sendable)]) {
        self.table = table
        self.varying = varying
        self.constant = constant
    }

    /// Inserts one row per element of `rows` (each with one value per varying column, in order);
    /// call inside a write transaction when the rows must land together.
    public func run(_ rows: [[String]], on db: any Database) async throws {
        guard !rows.isEmpty else { return }
        guard let sql = db as? any SQLDatabase else { throw BulkInsertUnavailable() }
        for row in rows where row.count != varying.count { throw BulkInsertRowWidth(expected: varying.count, got: row.count) }
        let columns = SQLList((varying.map(\.name) + constant.map(\.name)).map { SQLIdentifier($0) })
        let constants = SQLList(constant.map { SQLBind($0.value) })
        if Dialect.of(db) == .postgres {
            let arrays = SQLList(varying.indices.map { i in SQLQueryString("\(bind: rows.map { $0[i] })::text[]") })
            let names = SQLList(varying.indices.map { SQLRaw("c\($0)") })
            var picks: [any SQLExpression] = varying.enumerated().map { i, column in SQLRaw(column.kind == .uuid ? "u.c\(i)::uuid" : "u.c\(i)") }
            if !constant.isEmpty { picks.append(constants) }
            try await sql.raw("INSERT INTO \(ident: table) (\(columns)) SELECT \(SQLList(picks)) FROM unnest(\(arrays)) AS u(\(names))").run()
            return
        }
        // SQLite: the varying columns as one JSON array of arrays, bound once and unpacked by `json_each`.
        var json = "["
        json.reserveCapacity(rows.count * (varying.count * 40 + 4))
        for (r, row) in rows.enumerated() {
            if r > 0 { json += "," }
            json += "["
            for (i, value) in row.enumerated() {
                if i > 0 { json += "," }
                Self.appendJSONString(value, to: &json)
            }
            json += "]"
        }
        json += "]"
        var picks: [any SQLExpression] = varying.indices.map { SQLRaw("json_extract(r.value, '$[\($0)]')") }
        if !constant.isEmpty { picks.append(constants) }
        try await sql.raw("INSERT INTO \(ident: table) (\(columns)) SELECT \(SQLList(picks)) FROM json_each(\(bind: json)) AS r").run()
    }

    /// `value` as a JSON string literal.
    static func appendJSONString(_ value: String, to out: inout String) {
        out += "\""
        // Ids and numbers (the usual case) need no escaping: appended whole.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += value
            out += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count) + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

struct BulkInsertRowWidth: Error, CustomStringConvertible {
    let expected: Int, got: Int
    var description: String { "BulkInsert: a row has \(got) values for \(expected) varying columns." }
}

struct BulkInsertUnavailable: Error, CustomStringConvertible {
    var description: String { "The database offers no SQL interface; cannot insert rows in bulk." }
}
