import Foundation
import KechuangCore

/// A table to export: a header row and data rows of typed cells.
///
/// Rows may be shorter or longer than `columns`; writers pad every row (and the header) to the
/// widest row with empty cells, so nothing is dropped and every record has the same field count.
public struct ExportTable: Sendable, Equatable {
    public var columns: [String]
    public var rows: [[ExportCell]]

    public init(columns: [String], rows: [[ExportCell]] = []) {
        self.columns = columns
        self.rows = rows
    }

    /// The number of fields in every written record: the header or the widest row.
    var width: Int { rows.reduce(columns.count) { max($0, $1.count) } }
}

/// One typed cell. Dates are written as Beijing wall-clock time, `yyyy-MM-dd HH:mm`.
public enum ExportCell: Sendable, Equatable {
    case text(String)
    case number(Double)
    case integer(Int)
    case date(Date)
}

/// Formatting shared by the export writers and feeds. Pure arithmetic, no `DateFormatter`,
/// no locale: output is the same on every machine.
enum ExportFormat {
    /// `yyyy-MM-dd HH:mm` in Beijing time, as shown to people in CSV and XLSX (`BeijingTime`:
    /// fixed UTC+8, clamped to years 0001...9999 so that extreme or non-finite dates cannot trap).
    static func beijingMinute(_ date: Date) -> String { BeijingTime.format(date) }

    /// Locale-independent number text: integral values without a fraction ("3", not "3.0"),
    /// others as Swift's shortest round-tripping form ("0.1", "1e-05"). Non-finite values give
    /// "NaN", "Infinity", "-Infinity".
    static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        if value == value.rounded(), abs(value) < 1e15 {
            return value == 0 ? "0" : String(Int64(value))
        }
        return String(describing: value)
    }

    /// Characters allowed in an XML 1.0 document: #x9 | #xA | #xD | [#x20-#xD7FF] |
    /// [#xE000-#xFFFD] | [#x10000-#x10FFFF]. (Swift scalars are never surrogates.)
    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xFFFD: return true
        case 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Escapes & < > " ' for element content and attribute values, and drops characters
    /// that XML 1.0 does not allow at all (other control characters, U+FFFE, U+FFFF).
    /// With `attribute: true`, tab, LF and CR become character references, which survive
    /// attribute-value normalisation (a literal one would be read back as a space).
    static func xmlEscaped(_ text: String, attribute: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&apos;".unicodeScalars)
            case "\t" where attribute: out.append(contentsOf: "&#9;".unicodeScalars)
            case "\n" where attribute: out.append(contentsOf: "&#10;".unicodeScalars)
            case "\r" where attribute: out.append(contentsOf: "&#13;".unicodeScalars)
            default:
                if isXMLCharacter(scalar) { out.append(scalar) }
            }
        }
        return String(out)
    }
}
