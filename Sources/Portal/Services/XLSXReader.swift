import Export
import Foundation
import Projects

/// Reads the first worksheet of an Office Open XML workbook into a table (a publisher's upload,
/// Art. 57). Pure Swift: the ZIP central directory, STORE or DEFLATE members (`Inflate`, bounded
/// output), shared and inline strings, numbers as written. Formulas are never evaluated: a cell's
/// cached value is read as text.
enum XLSXReader {
    struct Failure: Error { let reason: String }

    /// Every member's uncompressed size is bounded; an archive is at most `DatasetUpload.maximumBytes`.
    static let memberLimit = 64 << 20

    static func firstSheet(_ data: Data) throws -> ExportTable {
        let members = try Self.members(Array(data))
        let sheetName = members.keys.filter { $0.hasPrefix("xl/worksheets/sheet") && $0.hasSuffix(".xml") }
            .min { sheetNumber($0) < sheetNumber($1) }
        guard let sheetName, let sheet = members[sheetName] else { throw Failure(reason: "no worksheet") }
        let shared = try members["xl/sharedStrings.xml"].map { try sharedStrings(try $0()) } ?? []
        return try table(try sheet(), shared: shared)
    }

    static func sheetNumber(_ name: String) -> Int {
        Int(name.dropFirst("xl/worksheets/sheet".count).dropLast(".xml".count)) ?? Int.max
    }

    // MARK: ZIP

    static func u16(_ b: [UInt8], _ at: Int) throws -> Int {
        guard at >= 0, at + 2 <= b.count else { throw Failure(reason: "truncated") }
        return Int(b[at]) | Int(b[at + 1]) << 8
    }

    static func u32(_ b: [UInt8], _ at: Int) throws -> Int {
        guard at >= 0, at + 4 <= b.count else { throw Failure(reason: "truncated") }
        return Int(b[at]) | Int(b[at + 1]) << 8 | Int(b[at + 2]) << 16 | Int(b[at + 3]) << 24
    }

    /// The archive's members by name, each decompressed on demand.
    static func members(_ b: [UInt8]) throws -> [String: () throws -> [UInt8]] {
        // The end-of-central-directory record is in the last 64 KiB + 22 bytes.
        var eocd = -1
        var i = b.count - 22
        while i >= max(0, b.count - 65_557) {
            if b[i] == 0x50, b[i + 1] == 0x4B, b[i + 2] == 0x05, b[i + 3] == 0x06 { eocd = i; break }
            i -= 1
        }
        guard eocd >= 0 else { throw Failure(reason: "no central directory") }
        let count = try u16(b, eocd + 10)
        var at = try u32(b, eocd + 16)
        var out: [String: () throws -> [UInt8]] = [:]
        for _ in 0..<count {
            guard try u32(b, at) == 0x0201_4B50 else { throw Failure(reason: "bad central header") }
            let method = try u16(b, at + 10)
            let compressed = try u32(b, at + 20)
            let size = try u32(b, at + 24)
            let nameLength = try u16(b, at + 28), extraLength = try u16(b, at + 30), commentLength = try u16(b, at + 32)
            let local = try u32(b, at + 42)
            guard at + 46 + nameLength <= b.count else { throw Failure(reason: "truncated") }
            let name = String(decoding: b[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            at += 46 + nameLength + extraLength + commentLength
            guard try u32(b, local) == 0x0403_4B50 else { throw Failure(reason: "bad local header") }
            let start = local + 30 + (try u16(b, local + 26)) + (try u16(b, local + 28))
            guard start + compressed <= b.count, size <= memberLimit else { throw Failure(reason: "member too large") }
            out[name] = {
                switch method {
                case 0: return Array(b[start..<(start + compressed)])
                case 8: return try Inflate.raw(b[start..<(start + compressed)], limit: memberLimit)
                default: throw Failure(reason: "compression method \(method)")
                }
            }
        }
        return out
    }

    // MARK: XML (the few elements a worksheet needs)

    /// The shared strings, each the concatenation of its `<t>` runs.
    static func sharedStrings(_ xml: [UInt8]) throws -> [String] {
        let text = String(decoding: xml, as: UTF8.self)
        return elements("si", in: Substring(text)).map { runs(in: $0.body) }
    }

    /// The text of every `<t>` inside `body`, phonetic runs (`<rPh>`) left out.
    static func runs(in body: Substring) -> String {
        var cleaned = body
        while let start = cleaned.range(of: "<rPh"), let end = cleaned.range(of: "</rPh>", range: start.upperBound..<cleaned.endIndex) {
            cleaned = cleaned[..<start.lowerBound] + cleaned[end.upperBound...]
        }
        return elements("t", in: cleaned).map { unescape($0.body) }.joined()
    }

    /// Each `<name …>body</name>` (or `<name …/>`, with an empty body) in order, with its attribute text.
    static func elements(_ name: String, in text: Substring) -> [(attributes: Substring, body: Substring)] {
        var out: [(Substring, Substring)] = []
        var rest = text[...]
        let open = "<" + name, close = "</" + name + ">"
        while let start = rest.range(of: open) {
            let after = rest[start.upperBound...]
            guard let next = after.first, next == ">" || next == " " || next == "/" || next == "\t" || next == "\n" || next == "\r",
                  let tagEnd = after.firstIndex(of: ">") else {
                rest = after
                continue
            }
            let attributes = after[..<tagEnd]
            if attributes.hasSuffix("/") {
                out.append((attributes.dropLast(), after[tagEnd..<tagEnd]))
                rest = after[after.index(after: tagEnd)...]
                continue
            }
            let bodyStart = after.index(after: tagEnd)
            guard let end = after.range(of: close, range: bodyStart..<after.endIndex) else { break }
            out.append((attributes, after[bodyStart..<end.lowerBound]))
            rest = after[end.upperBound...]
        }
        return out
    }

    static func attribute(_ name: String, in attributes: Substring) -> String? {
        guard let start = attributes.range(of: " " + name + "=\"") else { return nil }
        let rest = attributes[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    static func unescape(_ s: Substring) -> String {
        guard s.contains("&") else { return String(s) }
        var out = ""
        var rest = s[...]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semi) <= 10 else {
                out += "&"
                rest = rest[rest.index(after: amp)...]
                continue
            }
            let entity = rest[rest.index(after: amp)..<semi]
            switch entity {
            case "lt": out += "<"
            case "gt": out += ">"
            case "amp": out += "&"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                let code = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16) : entity.hasPrefix("#") ? UInt32(entity.dropFirst()) : nil
                out += code.flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? "&\(entity);"
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }

    /// The column index of a cell reference (`C7` → 2).
    static func column(_ reference: String) -> Int? {
        var index = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard ("A"..."Z").contains(scalar) else { break }
            index = index * 26 + Int(scalar.value - 64)
            letters += 1
        }
        return letters == 0 || letters > 3 ? nil : index - 1
    }

    static func table(_ xml: [UInt8], shared: [String]) throws -> ExportTable {
        let text = String(decoding: xml, as: UTF8.self)
        guard let data = elements("sheetData", in: Substring(text)).first else { throw Failure(reason: "no sheetData") }
        var grid: [[ExportCell]] = []
        for row in elements("row", in: data.body) {
            var cells: [ExportCell] = []
            for cell in elements("c", in: row.body) {
                let index = attribute("r", in: cell.attributes).flatMap(column) ?? cells.count
                guard index < DatasetUpload.maximumColumns * 2 else { throw Failure(reason: "column out of range") }
                let value: ExportCell
                let raw = elements("v", in: cell.body).first.map { unescape($0.body) }
                switch attribute("t", in: cell.attributes) {
                case "s":
                    guard let n = raw.flatMap({ Int($0) }), shared.indices.contains(n) else { throw Failure(reason: "shared string") }
                    value = .text(shared[n])
                case "inlineStr": value = .text(elements("is", in: cell.body).first.map { runs(in: $0.body) } ?? "")
                case "str", "e": value = .text(raw ?? "")
                case "b": value = .text(raw == "1" ? "true" : "false")
                default:
                    if let raw, let i = Int(raw) { value = .integer(i) }
                    else if let raw, let d = Double(raw) { value = .number(d) }
                    else { value = .text(raw ?? "") }
                }
                while cells.count < index { cells.append(.text("")) }
                if index == cells.count { cells.append(value) } else if index < cells.count { cells[index] = value }
            }
            grid.append(cells)
        }
        // Trailing empty rows (formatting only) are dropped.
        while let last = grid.last, last.allSatisfy({ if case .text(let s) = $0 { s.isEmpty } else { false } }) { grid.removeLast() }
        guard let header = grid.first else { return ExportTable(columns: []) }
        let columns = header.map(DatasetCatalogue.text)
        var rows = Array(grid.dropFirst())
        // Trailing empty cells of a row are not cells.
        for i in rows.indices {
            while rows[i].count > columns.count, case .text("")? = rows[i].last { rows[i].removeLast() }
        }
        return ExportTable(columns: columns, rows: rows)
    }
}
