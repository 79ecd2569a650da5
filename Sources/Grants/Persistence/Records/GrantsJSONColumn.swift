import Foundation
import KechuangCore

/// Reading and writing the module's JSON and day columns strictly: a value that does not decode
/// is a `StoredDataError` naming the column, never a default.
enum GrantsJSONColumn {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ raw: String, table: String, id: UUID?, column: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(T.self, from: Data(raw.utf8))
        } catch {
            throw StoredDataError(table: table, id: id?.uuidString ?? "", column: column, reason: "JSON does not decode as \(T.self): \(error)")
        }
    }

    static func day(_ raw: String, table: String, id: UUID?, column: String) throws -> BeijingDay {
        guard let day = BeijingDay(parsing: raw) else {
            throw StoredDataError(table: table, id: id?.uuidString ?? "", column: column, reason: "not a calendar day: \"\(raw)\"")
        }
        return day
    }
}
