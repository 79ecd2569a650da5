import Foundation

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
    /// Asia/Shanghai: UTC+08:00, no daylight saving time since 1991 (all dates this platform
    /// handles). The historical 1986–1991 DST is deliberately not modelled.
    static let beijingOffsetSeconds = 8 * 3600

    struct CivilTime: Equatable {
        var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
    }

    /// Wall-clock time at a fixed UTC offset; seconds are truncated (floored).
    /// Clamped to local years 0001...9999 so that extreme or non-finite dates cannot trap.
    static func civil(_ date: Date, offsetSeconds: Int) -> CivilTime {
        let interval = date.timeIntervalSince1970
        let lowest: Double = -62_135_596_800   // 0001-01-01T00:00:00 (local)
        let highest: Double = 253_402_300_799  // 9999-12-31T23:59:59 (local)
        let local = interval.isNaN ? 0 : interval.rounded(.down) + Double(offsetSeconds)
        let seconds = Int(min(max(local, lowest), highest))
        var days = seconds / 86_400
        var secondOfDay = seconds % 86_400
        if secondOfDay < 0 { secondOfDay += 86_400; days -= 1 }
        // Days since 1970-01-01 to a proleptic Gregorian date (era-based algorithm).
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return CivilTime(year: year, month: month, day: day,
                         hour: secondOfDay / 3600, minute: secondOfDay % 3600 / 60, second: secondOfDay % 60)
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    /// `yyyy-MM-dd HH:mm` in Beijing time, as shown to people in CSV and XLSX.
    static func beijingMinute(_ date: Date) -> String {
        let t = civil(date, offsetSeconds: beijingOffsetSeconds)
        return "\(padded(t.year, 4))-\(padded(t.month, 2))-\(padded(t.day, 2)) \(padded(t.hour, 2)):\(padded(t.minute, 2))"
    }

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
