import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Export

/// Exports and feeds: CSV and XLSX that open in Excel with Chinese text, and iCalendar / Atom
/// feeds of deadlines. The readers here (CSV fields, ZIP central directory, CRC-32, XML, iCalendar
/// unfolding) are written independently of the writers, so a shared mistake cannot hide.
@Suite("Exports and feeds (PRJ)")
struct ExportTests {
    // MARK: Fixtures

    /// 2025-06-30 17:00 Beijing time (09:00 UTC).
    static let closing = Date(timeIntervalSince1970: 1_751_274_000)

    static let table = ExportTable(
        columns: ["项目名称", "金额（万元）", "人数", "截止时间"],
        rows: [
            [.text("北京市自然科学基金 <A&B> \"重点\" 'x'"), .number(123.45), .integer(7), .date(closing)],
            [.text("含控制字符\u{01}\u{0B}的文本"), .number(-0.5), .integer(-3), .date(closing)],
            [.text("第一行\n第二行")],
        ]
    )

    static let longSummary = "申报说明：请于截止前提交。Deadline, strict; no \\ exceptions.\n"
        + String(repeating: "科技创新项目申报😀", count: 12)

    static let items = [
        FeedItem(id: "call-2025-001", title: "2025年度青年项目, 第一批; 截止", summary: longSummary,
                 link: "https://kc.example.cn/calls/2025-001?a=1&b=2", updated: closing,
                 starts: closing.addingTimeInterval(-30 * 86_400), ends: closing),
        FeedItem(id: "notice-7", title: "只有开始时间", summary: "s", link: "https://kc.example.cn/n/7",
                 updated: closing.addingTimeInterval(3600), starts: closing),
        FeedItem(id: "news-8", title: "没有日期", summary: "s", link: "https://kc.example.cn/n/8",
                 updated: closing.addingTimeInterval(-3600)),
    ]

    // MARK: CSV

    static func csvText(_ table: ExportTable) -> String {
        let data = CSVWriter.csv(table)
        return String(decoding: data.dropFirst(3), as: UTF8.self)
    }

    @Test("CSV starts with a UTF-8 byte-order mark, so Excel decodes Chinese correctly")
    func csvStartsWithByteOrderMark() {
        let data = CSVWriter.csv(Self.table)
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(Self.csvText(Self.table).hasPrefix("项目名称,"))
    }

    @Test("CSV ends every record with CRLF, including the last")
    func csvRecordsEndWithCRLF() {
        let bytes = Array(CSVWriter.csv(ExportTable(columns: ["a", "b"], rows: [[.text("1"), .text("2")]])).dropFirst(3))
        #expect(String(decoding: bytes, as: UTF8.self) == "a,b\r\n1,2\r\n")
    }

    @Test("CSV quotes fields with a comma, quote, CR, LF or edge spaces and doubles the quotes")
    func csvQuotesWhereRFC4180Requires() {
        #expect(CSVWriter.field(.text("a,b")) == "\"a,b\"")
        #expect(CSVWriter.field(.text("say \"hi\"")) == "\"say \"\"hi\"\"\"")
        #expect(CSVWriter.field(.text("line1\nline2")) == "\"line1\nline2\"")
        #expect(CSVWriter.field(.text("a\rb")) == "\"a\rb\"")
        #expect(CSVWriter.field(.text(" padded")) == "\" padded\"")
        #expect(CSVWriter.field(.text("padded ")) == "\"padded \"")
        #expect(CSVWriter.field(.text("中文 plain")) == "中文 plain")
        #expect(CSVWriter.field(.text("")) == "")
    }

    @Test("CSV prefixes text starting with = + - @ tab or CR with an apostrophe (formula injection)")
    func csvGuardsAgainstFormulaInjection() {
        #expect(CSVWriter.field(.text("=HYPERLINK(\"http://x\")")) == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(CSVWriter.field(.text("+1")) == "'+1")
        #expect(CSVWriter.field(.text("-2+3")) == "'-2+3")
        #expect(CSVWriter.field(.text("@SUM(A1)")) == "'@SUM(A1)")
        #expect(CSVWriter.field(.text("\t=1")) == "'\t=1")
        #expect(CSVWriter.field(.text("\r=1")) == "\"'\r=1\"")
        #expect(CSVWriter.field(.text("a=b")) == "a=b")
        // Header cells are text too.
        #expect(Self.csvText(ExportTable(columns: ["=cmd"])) == "'=cmd\r\n")
        // Numbers are not text: a negative number stays a number.
        #expect(CSVWriter.field(.number(-0.5)) == "-0.5")
        #expect(CSVWriter.field(.integer(-3)) == "-3")
    }

    @Test("CSV writes dates as yyyy-MM-dd HH:mm in Beijing time and numbers without locale")
    func csvFormatsDatesAndNumbers() {
        #expect(CSVWriter.field(.date(Self.closing)) == "2025-06-30 17:00")
        #expect(CSVWriter.field(.date(Date(timeIntervalSince1970: 16 * 3600))) == "1970-01-02 00:00")
        #expect(CSVWriter.field(.number(123.45)) == "123.45")
        #expect(CSVWriter.field(.number(3)) == "3")
        #expect(CSVWriter.field(.number(0.1)) == "0.1")
        #expect(CSVWriter.field(.integer(1_000_000)) == "1000000")
    }

    @Test("CSV pads short rows so every record has the same number of fields")
    func csvPadsShortRows() {
        let text = Self.csvText(ExportTable(columns: ["a", "b", "c"], rows: [[.text("x")], []]))
        #expect(text == "a,b,c\r\nx,,\r\n,,\r\n")
    }

    @Test("CSV read back by an RFC 4180 parser gives the cells, guarded and formatted")
    func csvRoundTripsThroughAParser() {
        let records = Self.parseCSV(Self.csvText(Self.table))
        #expect(records.count == 4)
        #expect(records[0] == ["项目名称", "金额（万元）", "人数", "截止时间"])
        #expect(records[1] == ["北京市自然科学基金 <A&B> \"重点\" 'x'", "123.45", "7", "2025-06-30 17:00"])
        #expect(records[3] == ["第一行\n第二行", "", "", ""])
    }

    /// A small RFC 4180 reader: records end with CRLF, fields may be quoted.
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var inQuotes = false
        var scalars = Array(text.unicodeScalars)[...]
        while let c = scalars.popFirst() {
            if inQuotes {
                if c == "\"" {
                    if scalars.first == "\"" { scalars.removeFirst(); field.unicodeScalars.append("\"") } else { inQuotes = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                inQuotes = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\r" && scalars.first == "\n" {
                scalars.removeFirst()
                record.append(field); field = ""
                records.append(record); record = []
            } else {
                field.unicodeScalars.append(c)
            }
        }
        return records
    }

    // MARK: XLSX — the ZIP container

    struct ZipEntry {
        var name: String
        var method: Int
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var data: [UInt8]
    }

    enum ZipError: Error { case noEndRecord, badSignature(Int), mismatch(String) }

    static func u16(_ b: [UInt8], _ o: Int) -> Int { Int(b[o]) | Int(b[o + 1]) << 8 }
    static func u32(_ b: [UInt8], _ o: Int) -> UInt32 {
        UInt32(b[o]) | UInt32(b[o + 1]) << 8 | UInt32(b[o + 2]) << 16 | UInt32(b[o + 3]) << 24
    }

    /// Reads an archive the way unzip does: end record → central directory → local headers.
    static func readZip(_ data: Data) throws -> [ZipEntry] {
        let b = Array(data)
        guard let end = stride(from: b.count - 22, through: 0, by: -1).first(where: { u32(b, $0) == 0x0605_4B50 })
        else { throw ZipError.noEndRecord }
        let count = u16(b, end + 10)
        guard u16(b, end + 8) == count else { throw ZipError.mismatch("entry counts") }
        let directorySize = Int(u32(b, end + 12))
        var offset = Int(u32(b, end + 16))
        guard offset + directorySize == end else { throw ZipError.mismatch("directory size/offset") }
        var entries: [ZipEntry] = []
        for _ in 0..<count {
            guard u32(b, offset) == 0x0201_4B50 else { throw ZipError.badSignature(offset) }
            let method = u16(b, offset + 10)
            let crc = u32(b, offset + 16)
            let compressed = Int(u32(b, offset + 20))
            let size = Int(u32(b, offset + 24))
            let nameLength = u16(b, offset + 28)
            let extraLength = u16(b, offset + 30)
            let commentLength = u16(b, offset + 32)
            let local = Int(u32(b, offset + 42))
            let name = String(decoding: b[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self)
            offset += 46 + nameLength + extraLength + commentLength

            guard u32(b, local) == 0x0403_4B50 else { throw ZipError.badSignature(local) }
            let localNameLength = u16(b, local + 26)
            let localExtraLength = u16(b, local + 28)
            let localName = String(decoding: b[(local + 30)..<(local + 30 + localNameLength)], as: UTF8.self)
            guard localName == name, u32(b, local + 14) == crc, Int(u32(b, local + 18)) == compressed,
                  Int(u32(b, local + 22)) == size, u16(b, local + 8) == method
            else { throw ZipError.mismatch("local header of \(name)") }
            let start = local + 30 + localNameLength + localExtraLength
            entries.append(ZipEntry(name: name, method: method, crc: crc, compressedSize: compressed,
                                    size: size, data: Array(b[start..<(start + compressed)])))
        }
        return entries
    }

    /// CRC-32 bit by bit, without a table: independent of the writer's.
    static func bitwiseCRC32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    static func xlsxEntries(_ table: ExportTable = table, sheetName: String = "申报汇总") throws -> [String: ZipEntry] {
        let entries = try readZip(XLSXWriter.xlsx(table, sheetName: sheetName))
        return Dictionary(entries.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    @Test("CRC-32 gives the standard check value for \"123456789\"")
    func crc32CheckValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(Self.bitwiseCRC32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum([UInt8]()) == 0)
    }

    @Test("XLSX is a ZIP archive with every required part, stored, each with a correct CRC-32")
    func xlsxIsAValidZipWithRequiredParts() throws {
        let entries = try Self.readZip(XLSXWriter.xlsx(Self.table, sheetName: "申报汇总"))
        let names = Set(entries.map(\.name))
        for required in ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                         "xl/worksheets/sheet1.xml", "xl/styles.xml"] {
            #expect(names.contains(required), "missing \(required)")
        }
        #expect(names.count == entries.count, "duplicate names")
        for entry in entries {
            #expect(entry.method == 0)
            #expect(entry.size == entry.compressedSize)
            #expect(entry.data.count == entry.size)
            #expect(Self.bitwiseCRC32(entry.data) == entry.crc, "CRC of \(entry.name)")
        }
    }

    @Test("XLSX sheet holds the Chinese text XML-escaped in inline strings, numbers as values")
    func xlsxSheetHoldsEscapedChineseText() throws {
        let sheetEntry = try #require(try Self.xlsxEntries()["xl/worksheets/sheet1.xml"])
        let sheet = String(decoding: sheetEntry.data, as: UTF8.self)
        #expect(sheet.contains("北京市自然科学基金 &lt;A&amp;B&gt; &quot;重点&quot; &apos;x&apos;"))
        #expect(sheet.contains("<c r=\"A1\" s=\"1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">项目名称</t></is></c>"))
        #expect(sheet.contains("<c r=\"B2\"><v>123.45</v></c>"))
        #expect(sheet.contains("<c r=\"C3\"><v>-3</v></c>"))
        #expect(sheet.contains(">2025-06-30 17:00<"))
        #expect(sheet.contains("含控制字符的文本"), "control characters invalid in XML 1.0 are dropped")
        #expect(sheet.contains("state=\"frozen\""))
        #expect(sheet.contains("<dimension ref=\"A1:D4\"/>"))
    }

    @Test("XLSX parts are all well-formed XML")
    func xlsxPartsAreWellFormed() throws {
        for (name, entry) in try Self.xlsxEntries() {
            let root = Self.parseXML(Data(entry.data))
            #expect(root != nil, "\(name) is not well-formed")
        }
    }

    @Test("XLSX workbook names the sheet; the header style is bold")
    func xlsxWorkbookAndStyles() throws {
        let entries = try Self.xlsxEntries(sheetName: "申报/汇总:[2025]")
        let workbookEntry = try #require(entries["xl/workbook.xml"])
        let workbook = try #require(Self.parseXML(Data(workbookEntry.data)))
        #expect(workbook.first("sheet")?.attributes["name"] == "申报_汇总__2025_")
        let stylesEntry = try #require(entries["xl/styles.xml"])
        let styles = try #require(Self.parseXML(Data(stylesEntry.data)))
        let xfs = styles.first("cellXfs")?.children ?? []
        #expect(xfs.count == 2)
        let boldFont = Int(xfs.last?.attributes["fontId"] ?? "") ?? -1
        let fonts = styles.first("fonts")?.children ?? []
        #expect(fonts.indices.contains(boldFont) && fonts[boldFont].first("b") != nil)
    }

    @Test("XLSX sheet names: at most 31 characters, none of []:*?/\\, never empty")
    func xlsxSanitizesSheetNames() {
        #expect(XLSXWriter.sanitizedSheetName("a[b]c:d*e?f/g\\h") == "a_b_c_d_e_f_g_h")
        #expect(XLSXWriter.sanitizedSheetName("") == "Sheet1")
        #expect(XLSXWriter.sanitizedSheetName("''") == "Sheet1")
        #expect(XLSXWriter.sanitizedSheetName("'quoted'") == "quoted")
        #expect(XLSXWriter.sanitizedSheetName(String(repeating: "长", count: 40)) == String(repeating: "长", count: 31))
        #expect(XLSXWriter.sanitizedSheetName(String(repeating: "😀", count: 20)).utf16.count == 30)
        #expect(XLSXWriter.sanitizedSheetName("tab\there") == "tabhere")
    }

    @Test("XLSX column letters: A…Z, AA…ZZ, AAA…XFD")
    func xlsxColumnLetters() {
        #expect(XLSXWriter.columnName(0) == "A")
        #expect(XLSXWriter.columnName(25) == "Z")
        #expect(XLSXWriter.columnName(26) == "AA")
        #expect(XLSXWriter.columnName(701) == "ZZ")
        #expect(XLSXWriter.columnName(702) == "AAA")
        #expect(XLSXWriter.columnName(16_383) == "XFD")
    }

    @Test("XLSX output is reproducible byte for byte")
    func xlsxIsDeterministic() {
        #expect(XLSXWriter.xlsx(Self.table, sheetName: "s") == XLSXWriter.xlsx(Self.table, sheetName: "s"))
    }

    @Test("XLSX writes NaN and infinities as text: <v> cannot hold them")
    func xlsxNonFiniteNumbersAreText() throws {
        let table = ExportTable(columns: ["x"], rows: [[.number(.nan)], [.number(-.infinity)]])
        let sheetEntry = try #require(try Self.xlsxEntries(table)["xl/worksheets/sheet1.xml"])
        let sheet = String(decoding: sheetEntry.data, as: UTF8.self)
        #expect(sheet.contains("<c r=\"A2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">NaN</t></is></c>"))
        #expect(sheet.contains(">-Infinity<"))
    }

    // MARK: Dates

    @Test("Beijing time is UTC+8 with no DST, matching Foundation's calendar across years")
    func beijingTimeMatchesFoundationCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600)!
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<500 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            // From about 1900 to 2100.
            let seconds = Double(Int64(seed >> 33) % 6_311_390_400) - 2_208_988_800
            let date = Date(timeIntervalSince1970: seconds)
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
            let expected = String(format: "%04d-%02d-%02d %02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!)
            #expect(ExportFormat.beijingMinute(date) == expected)
        }
        #expect(ExportFormat.beijingMinute(Date(timeIntervalSince1970: 1_709_164_800)) == "2024-02-29 08:00")
        #expect(ExportFormat.beijingMinute(Date(timeIntervalSince1970: -1)) == "1970-01-01 07:59")
        #expect(ExportFormat.beijingMinute(.distantFuture).hasPrefix("4001-"))
        #expect(ExportFormat.beijingMinute(Date(timeIntervalSince1970: .infinity)) == "9999-12-31 23:59")
    }

    // MARK: iCalendar

    static var calendarText: String { ICalendar.calendar(name: "科创, 截止日期", items: items, now: closing) }

    /// RFC 5545 §3.1: remove every CRLF followed by one space or tab.
    static func unfold(_ text: String) -> [String] {
        var bytes = Array(text.utf8)[...]
        var out: [UInt8] = []
        while let byte = bytes.popFirst() {
            if byte == 0x0D, bytes.first == 0x0A, bytes.dropFirst().first == 0x20 || bytes.dropFirst().first == 0x09 {
                bytes.removeFirst(2)
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self).components(separatedBy: "\r\n").dropLast()
    }

    static func unescapeText(_ value: String) -> String {
        var out = ""
        var escaped = false
        for c in value {
            if escaped {
                out.append(c == "n" || c == "N" ? "\n" : c)
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return out
    }

    @Test("iCalendar lines end with CRLF and are at most 75 octets, each valid UTF-8 by itself")
    func icalFoldsAt75OctetsWithoutSplittingCharacters() {
        let bytes = Array(Self.calendarText.utf8)
        #expect(bytes.suffix(2) == [0x0D, 0x0A])
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for i in bytes.indices where bytes[i] == 0x0A {
            #expect(i > 0 && bytes[i - 1] == 0x0D, "bare LF at \(i)")
            lines.append(bytes[start..<(i - 1)])
            start = i + 1
        }
        #expect(bytes.filter { $0 == 0x0D }.count == lines.count, "bare CR")
        #expect(lines.count > 20)
        var folded = 0
        for line in lines {
            #expect(line.count <= 75, "line of \(line.count) octets")
            #expect(Array(String(decoding: line, as: UTF8.self).utf8) == Array(line), "a UTF-8 sequence was split")
            if line.first == 0x20 { folded += 1 }
        }
        #expect(folded >= 3, "the long description is folded")
    }

    @Test("iCalendar unfolding restores the text exactly")
    func icalUnfoldingRestoresText() throws {
        let lines = Self.unfold(Self.calendarText)
        let description = try #require(lines.first { $0.hasPrefix("DESCRIPTION:") })
        #expect(Self.unescapeText(String(description.dropFirst("DESCRIPTION:".count))) == Self.longSummary)
        // Folding in the middle of a long run of 3- and 4-octet characters, too.
        let long = "SUMMARY:" + String(repeating: "汉😀a", count: 60)
        let physical = ICalendar.folded(long)
        #expect(physical.utf8.split(separator: 0x0A).allSatisfy { $0.count <= 76 }) // 75 + CR
        #expect(Self.unfold(physical) == [long])
    }

    @Test("iCalendar TEXT escapes backslash, semicolon, comma and newlines")
    func icalEscapesText() {
        #expect(ICalendar.escapedText("a,b;c\\d\ne\r\nf\rg") == "a\\,b\\;c\\\\d\\ne\\nf\\ng")
        #expect(ICalendar.escapedText("bell\u{07}tab\t") == "belltab\t")
        #expect(Self.unfold(Self.calendarText).contains("SUMMARY:2025年度青年项目\\, 第一批\\; 截止"))
        #expect(Self.unfold(Self.calendarText).contains("NAME:科创\\, 截止日期"))
    }

    @Test("iCalendar: one VEVENT per dated item at its deadline in Asia/Shanghai, with a VTIMEZONE")
    func icalEventsAtDeadlines() {
        let lines = Self.unfold(Self.calendarText)
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
        #expect(lines.contains("VERSION:2.0"))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 2, "the item without dates is left out")
        #expect(lines.filter { $0 == "END:VEVENT" }.count == 2)
        #expect(lines.contains("UID:call-2025-001@kechuang"))
        #expect(lines.contains("UID:notice-7@kechuang"))
        #expect(!lines.contains { $0.contains("news-8") })
        #expect(lines.contains("DTSTAMP:20250630T090000Z"))
        #expect(lines.filter { $0 == "DTSTART;TZID=Asia/Shanghai:20250630T170000" }.count == 2)
        #expect(!lines.contains { $0.hasPrefix("DTEND") }, "a deadline is an instant: DTSTART only")
        #expect(lines.contains("URL:https://kc.example.cn/calls/2025-001?a=1&b=2"))
        for required in ["BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:VTIMEZONE"] {
            #expect(lines.contains(required), "missing \(required)")
        }
        // Property names only, no stray lines: every unfolded line is NAME[;PARAM]:VALUE.
        #expect(lines.allSatisfy { $0.firstIndex(of: ":") != nil })
    }

    // MARK: Atom

    static var atomText: String {
        AtomFeed.feed(title: "科创 <公告> & \"通知\"\u{0C}", selfURL: "https://KC.example.cn:8443/feeds/calls.atom", items: items)
    }

    @Test("Atom feed is well-formed XML in the Atom namespace with id, title, updated, self link, author")
    func atomIsWellFormed() throws {
        let root = try #require(Self.parseXML(Data(Self.atomText.utf8)))
        #expect(root.name == "feed")
        #expect(root.namespace == "http://www.w3.org/2005/Atom")
        #expect(root.child("id")?.text == "https://KC.example.cn:8443/feeds/calls.atom")
        #expect(root.child("title")?.text == "科创 <公告> & \"通知\"", "escaped text reads back; form feed dropped")
        #expect(root.child("updated")?.text == "2025-06-30T10:00:00Z", "the latest item's time")
        let selfLink = root.children.first { $0.name == "link" && $0.attributes["rel"] == "self" }
        #expect(selfLink?.attributes["href"] == "https://KC.example.cn:8443/feeds/calls.atom")
        #expect(root.child("author")?.child("name")?.text == "Kechuang")
    }

    @Test("Atom entries carry a tag: id, title, updated, alternate link and summary")
    func atomEntries() throws {
        let root = try #require(Self.parseXML(Data(Self.atomText.utf8)))
        let entries = root.children.filter { $0.name == "entry" }
        #expect(entries.count == 3)
        let first = try #require(entries.first)
        #expect(first.child("id")?.text == "tag:kc.example.cn,2025:call-2025-001")
        #expect(first.child("title")?.text == "2025年度青年项目, 第一批; 截止")
        #expect(first.child("updated")?.text == "2025-06-30T09:00:00Z")
        #expect(first.child("link")?.attributes["href"] == "https://kc.example.cn/calls/2025-001?a=1&b=2")
        #expect(first.child("summary")?.text == Self.longSummary)
        #expect(entries.allSatisfy { $0.child("id")?.text?.hasPrefix("tag:") == true })
        #expect(AtomFeed.entryID("无 日期", authority: "a.cn") == "tag:a.cn,2025:%E6%97%A0%20%E6%97%A5%E6%9C%9F")
    }

    @Test("Atom: an empty feed is still valid, dated at the epoch; odd hosts fall back to kechuang")
    func atomEmptyFeedAndTagAuthority() throws {
        let root = try #require(Self.parseXML(Data(AtomFeed.feed(title: "t", selfURL: "urn:x", items: []).utf8)))
        #expect(root.child("updated")?.text == "1970-01-01T00:00:00Z")
        #expect(AtomFeed.tagAuthority("https://user@Example.CN:443/x") == "example.cn")
        #expect(AtomFeed.tagAuthority("https://[::1]/x") == "kechuang")
        #expect(AtomFeed.tagAuthority("not a url") == "kechuang")
    }

    // MARK: XML reading

    final class Node {
        let name: String
        let namespace: String?
        let attributes: [String: String]
        var children: [Node] = []
        var characters = ""
        init(name: String, namespace: String?, attributes: [String: String]) {
            self.name = name
            self.namespace = namespace
            self.attributes = attributes
        }
        var text: String? { characters }
        func child(_ name: String) -> Node? { children.first { $0.name == name } }
        /// Depth-first search.
        func first(_ name: String) -> Node? {
            for c in children {
                if c.name == name { return c }
                if let found = c.first(name) { return found }
            }
            return nil
        }
    }

    final class TreeBuilder: NSObject, XMLParserDelegate {
        var stack: [Node] = []
        var root: Node?

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            let node = Node(name: elementName, namespace: namespaceURI, attributes: attributeDict)
            if let parent = stack.last { parent.children.append(node) } else { root = node }
            stack.append(node)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            stack.removeLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.characters += string
        }
    }

    /// The document's root element, or nil when the parser reports an error.
    static func parseXML(_ data: Data) -> Node? {
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        let builder = TreeBuilder()
        parser.delegate = builder
        guard parser.parse(), parser.parserError == nil else { return nil }
        return builder.root
    }
}
