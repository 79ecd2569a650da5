import FluentKit
import Foundation
import SQLKit

/// Many rows in one statement with two binds in all, whatever the row count: the varying columns
/// travel as ONE JSON array of arrays (bound once as text and unpacked by the database:
/// `json_each` on SQLite, `json_array_elements` on PostgreSQL), the columns that are the same for
/// every row are bound once. A multi-row `VALUES` list binds every value of every row, and encoding
/// millions of binds one by one costs more than the database's own work (issue #20's matching run).
///
/// The varying values are text or UUIDs (written as Swift prints them, upper case, as the drivers
/// store them on SQLite; cast to `uuid` on PostgreSQL); the constant ones are ordinary binds, encoded
/// by the driver exactly as any other write.
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
        var json = "["
        json.reserveCapacity(rows.count * (varying.count * 40 + 4))
        for (r, row) in rows.enumerated() {
            guard row.count == varying.count else { throw BulkInsertRowWidth(expected: varying.count, got: row.count) }
            if r > 0 { json += "," }
            json += "["
            for (i, value) in row.enumerated() {
                if i > 0 { json += "," }
                Self.appendJSONString(value, to: &json)
            }
            json += "]"
        }
        json += "]"
        let postgres = Dialect.of(db) == .postgres
        var picks: [any SQLExpression] = varying.enumerated().map { i, column in
            if postgres {
                return SQLRaw(column.kind == .uuid ? "(r.e->>\(i))::uuid" : "(r.e->>\(i))")
            }
            return SQLRaw("json_extract(r.value, '$[\(i)]')")
        }
        picks += constant.map { SQLBind($0.value) }
        let columns = SQLList((varying.map(\.name) + constant.map(\.name)).map { SQLIdentifier($0) })
        let source: SQLQueryString = postgres ? "json_array_elements(\(bind: json)::json) AS r(e)" : "json_each(\(bind: json)) AS r"
        try await sql.raw("INSERT INTO \(ident: table) (\(columns)) SELECT \(SQLList(picks)) FROM \(source)").run()
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
