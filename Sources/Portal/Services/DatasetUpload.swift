import Export
import Foundation
import KechuangCore

/// A publisher's file for a new version (Art. 57): CSV, JSON (an array of objects) or XLSX (the
/// first sheet), read into a table. The type is decided by the bytes, never by the name or the
/// declared media type: a name that says `.csv` over an XLSX archive (or the reverse) is refused,
/// and so is anything larger than `maximumBytes`, empty, binary, or without a header row.
public struct DatasetUpload: Sendable {
    public let fileName: String
    public let data: Data

    public init(fileName: String, data: Data) {
        self.fileName = fileName
        self.data = data
    }

    public static let maximumBytes = 10 << 20
    public static let maximumColumns = 200
    public static let maximumRows = 200_000

    /// What the bytes are: a ZIP archive is XLSX, text starting with `[` is JSON, other UTF-8 text is CSV.
    public static func sniff(_ data: Data) -> DatasetFormat? {
        let bytes = [UInt8](data.prefix(4))
        if bytes == [0x50, 0x4B, 0x03, 0x04] { return .xlsx }
        guard String(data: data, encoding: .utf8) != nil, !data.contains(0) else { return nil }
        let text = String(decoding: data.prefix(64), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
        return text.hasPrefix("[") ? .json : .csv
    }

    static func failure(_ rule: String, _ zh: String, _ en: String) -> DomainError {
        .validation([FieldError(field: "file", rule: rule, message: LocalizedText(zh: zh, en: en), basis: .art(57))])
    }

    /// The table in the file, or a validation error on the field `file` citing Art. 57.
    public func table() throws -> ExportTable {
        guard !data.isEmpty else { throw Self.failure("dataset.file.required", "请选择要上传的数据文件", "Choose the data file to upload") }
        guard data.count <= Self.maximumBytes else {
            throw Self.failure("dataset.file.size", "文件不得超过10 MB", "The file must be 10 MB or smaller")
        }
        guard let format = Self.sniff(data) else {
            throw Self.failure("dataset.file.type", "只接受 CSV、JSON 或 XLSX 文件（UTF-8 文本或 Excel 工作簿）", "Upload a CSV, JSON or XLSX file (UTF-8 text or an Excel workbook)")
        }
        let declared = fileName.split(separator: ".").last.map { $0.lowercased() }
        if let declared, ["csv", "json", "xlsx"].contains(declared), declared != format.rawValue {
            throw Self.failure("dataset.file.mismatch", "文件扩展名（.\(declared)）与文件内容（\(format.euFileType)）不符",
                               "The file name says .\(declared) but its content is \(format.euFileType)")
        }
        let table: ExportTable
        do {
            switch format {
            case .csv: table = try Self.csv(String(decoding: data, as: UTF8.self))
            case .json: table = try Self.json(data)
            case .xlsx: table = try XLSXReader.firstSheet(data)
            }
        } catch let error as DomainError {
            throw error
        } catch {
            throw Self.failure("dataset.file.unreadable", "无法读取该\(format.euFileType)文件", "The \(format.euFileType) file could not be read")
        }
        try Self.check(table)
        return table
    }

    static func check(_ table: ExportTable) throws {
        let names = table.columns.map { $0.trimmingCharacters(in: .whitespaces) }
        guard !names.isEmpty, !names.contains(where: \.isEmpty) else {
            throw failure("dataset.file.header", "第一行须为列名，且每列都要有名称", "The first row must name every column")
        }
        guard Set(names).count == names.count else { throw failure("dataset.file.header", "列名不得重复", "Column names must not repeat") }
        guard names.count <= maximumColumns else { throw failure("dataset.file.columns", "列数不得超过200", "At most 200 columns") }
        guard !table.rows.isEmpty else { throw failure("dataset.file.rows", "文件中没有数据行", "The file has no data rows") }
        guard table.rows.count <= maximumRows else { throw failure("dataset.file.rows", "行数不得超过200000", "At most 200,000 rows") }
        if let bad = table.rows.firstIndex(where: { $0.count > names.count }) {
            throw failure("dataset.file.row_width", "第\(bad + 2)行的单元格多于列名", "Row \(bad + 2) has more cells than there are columns")
        }
    }

    // MARK: CSV (RFC 4180)

    static func csv(_ input: String) throws -> ExportTable {
        var text = Substring(input)
        if text.first == "\u{FEFF}" { text = text.dropFirst() }
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var atFieldStart = true
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let p = pending { pending = nil; return p }
            return iterator.next()
        }
        while let ch = next() {
            if quoted {
                if ch == "\"" {
                    if let following = next() {
                        if following == "\"" { field.unicodeScalars.append("\"") } else { quoted = false; pending = following }
                    } else { quoted = false }
                } else { field.unicodeScalars.append(ch) }
                continue
            }
            switch ch {
            case "\"" where atFieldStart: quoted = true; atFieldStart = false
            case ",": record.append(field); field = ""; atFieldStart = true
            case "\r": continue
            case "\n":
                record.append(field)
                if record != [""] { records.append(record) }
                record = []; field = ""; atFieldStart = true
            default: field.unicodeScalars.append(ch); atFieldStart = false
            }
        }
        if quoted { throw failure("dataset.file.unreadable", "CSV 文件中有未闭合的引号", "The CSV file has an unclosed quote") }
        if !atFieldStart || !field.isEmpty || !record.isEmpty { record.append(field) }
        if !record.isEmpty, record != [""] { records.append(record) }
        guard let header = records.first else { return ExportTable(columns: []) }
        return ExportTable(columns: header, rows: records.dropFirst().map { $0.map(ExportCell.text) })
    }

    // MARK: JSON (an array of flat objects)

    /// One JSON value of a flat object.
    enum Cell: Decodable {
        case null, bool(Bool), integer(Int), number(Double), text(String)

        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .null }
            else if let b = try? c.decode(Bool.self) { self = .bool(b) }
            else if let i = try? c.decode(Int.self) { self = .integer(i) }
            else if let d = try? c.decode(Double.self) { self = .number(d) }
            else { self = .text(try c.decode(String.self)) }
        }

        var export: ExportCell {
            switch self {
            case .null: .text("")
            case .bool(let b): .text(b ? "true" : "false")
            case .integer(let i): .integer(i)
            case .number(let d): .number(d)
            case .text(let s): .text(s)
            }
        }
    }

    static func json(_ data: Data) throws -> ExportTable {
        let objects: [[String: Cell]]
        do {
            objects = try JSONDecoder().decode([[String: Cell]].self, from: data)
        } catch {
            throw failure("dataset.file.json_shape", "JSON 文件须为对象数组，值为文字、数字或空值", "The JSON file must be an array of objects whose values are text, numbers or null")
        }
        var columns: [String] = []
        var known: Set<String> = []
        // Keys as first met, sorted within each object (a decoded dictionary does not keep the file's order).
        for object in objects {
            for key in object.keys.sorted() where known.insert(key).inserted { columns.append(key) }
        }
        let rows: [[ExportCell]] = objects.map { object in columns.map { object[$0]?.export ?? .text("") } }
        return ExportTable(columns: columns, rows: rows)
    }
}
