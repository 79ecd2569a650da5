import Foundation
import KechuangCore

/// JSON columns of this module: encoded on write; on read, a value that does not decode is a
/// `StoredDataError` naming the column, never a default.
enum StoredJSON {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ raw: String, table: String, id: UUID?, column: String) throws -> T {
        do { return try JSONDecoder().decode(type, from: Data(raw.utf8)) } catch {
            throw StoredDataError(table: table, id: id?.uuidString ?? "", column: column, reason: "does not decode: \(error)")
        }
    }

    static func day(_ raw: String, table: String, id: UUID?, column: String) throws -> BeijingDay {
        guard let day = BeijingDay(parsing: raw) else { throw StoredDataError(table: table, id: id?.uuidString ?? "", column: column, reason: "not a day: \"\(raw)\"") }
        return day
    }
}
