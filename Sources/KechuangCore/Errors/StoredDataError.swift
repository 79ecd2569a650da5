/// Data read from the database that cannot become a domain value: an unknown enum string, a JSON
/// column that does not decode, a list with an entry nobody knows. Never defaulted, never dropped:
/// the read fails, the request answers 500 and the log names the table, row and column, so that
/// a damaged row cannot silently change what the platform decides ("fail loudly, never open").
public struct StoredDataError: Error, Sendable, Equatable, CustomStringConvertible {
    public let table: String
    /// The row's primary key as text (empty when the row has none).
    public let id: String
    public let column: String
    public let reason: String

    public init(table: String, id: String, column: String, reason: String) {
        self.table = table
        self.id = id
        self.column = column
        self.reason = reason
    }

    public var description: String { "stored data cannot be read: \(table).\(column) of row \(id): \(reason)" }

    /// What the people using the platform are told (the details go to the log).
    public static let message = LocalizedText(
        zh: "平台保存的一条记录已损坏，无法读取；本次操作未执行。请将请求编号告知平台管理员。",
        en: "A record stored on the platform is damaged and cannot be read; nothing was done. Give the request id to the platform administrator.")
}

/// Reading stored values strictly: every helper throws `StoredDataError` instead of defaulting.
public enum StoredValue {
    /// The enum case whose raw value is `raw`, or a `StoredDataError` naming the column.
    public static func decode<E: RawRepresentable>(_ type: E.Type, _ raw: String, table: String, id: (any CustomStringConvertible)?, column: String) throws -> E
    where E.RawValue == String {
        guard let value = E(rawValue: raw) else {
            throw StoredDataError(table: table, id: id.map { "\($0)" } ?? "", column: column, reason: "unknown value \"\(raw)\" for \(E.self)")
        }
        return value
    }

    /// A separator-joined list of enum raw values; an unknown entry is an error, not dropped.
    public static func decodeList<E: RawRepresentable>(_ type: E.Type, _ raw: String, separator: Character, table: String, id: (any CustomStringConvertible)?,
                                                       column: String) throws -> [E] where E.RawValue == String {
        try raw.split(separator: separator).map { try decode(type, String($0), table: table, id: id, column: column) }
    }
}
