import Foundation
import KechuangCore

/// JSON columns of the Market scenario and certification tables: written sorted, dates ISO 8601;
/// a column that does not decode is a `StoredDataError`, never silently empty.
enum MarketJSON {
    static func encode<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ json: String, table: String, id: UUID?, column: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(type, from: Data(json.utf8))
        } catch {
            throw StoredDataError(table: table, id: id?.uuidString ?? "", column: column, reason: "does not decode as \(T.self): \(error)")
        }
    }
}
