import Foundation

extension CSVWriter {
    /// The start of a CSV written a record at a time (a streamed export): the byte-order mark and
    /// the header record, exactly as `csv(_:)` begins.
    public static func header(_ columns: [String]) -> String {
        var out = "\u{FEFF}"
        appendRecord(columns.map(ExportCell.text), width: columns.count, to: &out)
        return out
    }

    /// One record of such a CSV, with the same quoting and formula guard as `csv(_:)`.
    public static func record(_ cells: [ExportCell], width: Int) -> String {
        var out = ""
        appendRecord(cells, width: width, to: &out)
        return out
    }
}
