import Foundation

/// CSV for spreadsheets (RFC 4180), made to open correctly in Excel with Chinese text.
///
/// - UTF-8 with a byte-order mark (EF BB BF): without it Excel decodes the file in the system
///   code page and Chinese turns into mojibake.
/// - Every record ends with CRLF; every record has the same number of fields (short rows
///   are padded with empty fields).
/// - A field is quoted when it contains a comma, a double quote, CR or LF, or starts or ends
///   with a space or tab; quotes inside are doubled.
/// - Formula injection guard (CWE-1236): a text cell (header cells included) that starts with
///   `=`, `+`, `-`, `@`, tab or CR is prefixed with a single quote, so a spreadsheet shows it
///   as text instead of evaluating it. Number and date cells are never prefixed.
/// - Dates: `yyyy-MM-dd HH:mm`, Beijing time (Asia/Shanghai, UTC+8).
/// - Numbers: locale-independent, `.` as the decimal separator, integral values without ".0".
public enum CSVWriter {
    public static func csv(_ table: ExportTable) -> Data {
        let width = table.width
        var out = "\u{FEFF}"
        appendRecord(table.columns.map(ExportCell.text), width: width, to: &out)
        for row in table.rows {
            appendRecord(row, width: width, to: &out)
        }
        return Data(out.utf8)
    }

    static func appendRecord(_ cells: [ExportCell], width: Int, to out: inout String) {
        for index in 0..<width {
            if index > 0 { out += "," }
            if index < cells.count { out += field(cells[index]) }
        }
        out += "\r\n"
    }

    /// One field as written, quoted if needed.
    static func field(_ cell: ExportCell) -> String {
        switch cell {
        case .text(let text): return quotedIfNeeded(guarded(text))
        case .number(let value): return ExportFormat.number(value)
        case .integer(let value): return String(value)
        case .date(let date): return ExportFormat.beijingMinute(date)
        }
    }

    /// Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection").
    static let formulaTriggers: Set<Character> = ["=", "+", "-", "@", "\t", "\r", "\r\n"]

    static func guarded(_ text: String) -> String {
        guard let first = text.first, formulaTriggers.contains(first) else { return text }
        return "'" + text
    }

    static func quotedIfNeeded(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let needsQuotes = scalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
            || scalars.first == " " || scalars.first == "\t"
            || scalars.last == " " || scalars.last == "\t"
        guard needsQuotes else { return text }
        var quoted = String.UnicodeScalarView()
        quoted.append("\"")
        for scalar in scalars {
            quoted.append(scalar)
            if scalar == "\"" { quoted.append("\"") }
        }
        quoted.append("\"")
        return String(quoted)
    }
}
