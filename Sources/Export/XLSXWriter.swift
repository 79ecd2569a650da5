import Foundation

/// A minimal Office Open XML workbook (one sheet), written by hand: no dependencies.
///
/// Parts: `[Content_Types].xml`, `_rels/.rels`, `docProps/core.xml`, `xl/workbook.xml`,
/// `xl/_rels/workbook.xml.rels`, `xl/styles.xml`, `xl/worksheets/sheet1.xml`, packed in a ZIP
/// archive with the STORE method. Text is written as inline strings (`t="inlineStr"`), so no
/// shared-strings part is needed and nothing is ever evaluated as a formula; numbers as `<v>`;
/// dates as text `yyyy-MM-dd HH:mm` (Beijing time). The header row is bold and frozen.
///
/// The output is deterministic: the same table gives the same bytes (fixed ZIP timestamps,
/// no creation date in the document properties).
/// Limits: Excel shows at most 1,048,576 rows and 16,384 columns; the archive is not ZIP64,
/// so the workbook must stay under 4 GiB.
public enum XLSXWriter {
    public static func xlsx(_ table: ExportTable, sheetName: String) -> Data {
        let name = sanitizedSheetName(sheetName)
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", contentTypes)
        zip.add("_rels/.rels", packageRelationships)
        zip.add("docProps/core.xml", coreProperties(title: name))
        zip.add("xl/workbook.xml", workbook(sheetName: name))
        zip.add("xl/_rels/workbook.xml.rels", workbookRelationships)
        zip.add("xl/styles.xml", styles)
        zip.add("xl/worksheets/sheet1.xml", worksheet(table))
        return zip.finished()
    }

    // MARK: Sheet name

    /// Excel's rules for a sheet name: 1–31 characters, none of `[ ] : * ? / \`, not starting
    /// or ending with an apostrophe, not the reserved "History". Forbidden characters become
    /// "_", control characters are dropped, an empty result becomes "Sheet1". The length is
    /// counted in UTF-16 units, as Excel does, without splitting a character.
    static func sanitizedSheetName(_ proposed: String) -> String {
        var cleaned = ""
        for character in proposed {
            if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { continue }
            if "[]:*?/\\".contains(character) {
                cleaned.append("_")
            } else {
                cleaned.append(character)
            }
        }
        var name = cleaned.trimmingApostrophes()
        var limited = ""
        for character in name {
            if limited.utf16.count + character.utf16.count > 31 { break }
            limited.append(character)
        }
        name = limited.trimmingApostrophes().trimmingSpaces()
        if name.isEmpty { return "Sheet1" }
        if name.lowercased() == "history" { return "History_" }
        return name
    }

    // MARK: Cell references

    /// Column letters for a zero-based index: 0 → A, 25 → Z, 26 → AA, 16383 → XFD.
    static func columnName(_ index: Int) -> String {
        var n = index + 1
        var letters: [Character] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    // MARK: Parts

    static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static let contentTypes = xmlDeclaration + """
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
    <Default Extension="xml" ContentType="application/xml"/>\
    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
    <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
    <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
    </Types>
    """

    static let packageRelationships = xmlDeclaration + """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="\(relationshipsNamespace)/officeDocument" Target="xl/workbook.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
    </Relationships>
    """

    static func coreProperties(title: String) -> String {
        xmlDeclaration + """
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
        <dc:title>\(ExportFormat.xmlEscaped(title))</dc:title><dc:creator>Kechuang</dc:creator>\
        </cp:coreProperties>
        """
    }

    static func workbook(sheetName: String) -> String {
        xmlDeclaration + """
        <workbook xmlns="\(mainNamespace)" xmlns:r="\(relationshipsNamespace)">\
        <sheets><sheet name="\(ExportFormat.xmlEscaped(sheetName, attribute: true))" sheetId="1" r:id="rId1"/></sheets>\
        </workbook>
        """
    }

    static let workbookRelationships = xmlDeclaration + """
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="\(relationshipsNamespace)/worksheet" Target="worksheets/sheet1.xml"/>\
    <Relationship Id="rId2" Type="\(relationshipsNamespace)/styles" Target="styles.xml"/>\
    </Relationships>
    """

    /// Style 0: normal; style 1: bold (the header row).
    static let styles = xmlDeclaration + """
    <styleSheet xmlns="\(mainNamespace)">\
    <fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>\
    <font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>\
    <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
    <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
    <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
    <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
    <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
    <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
    </styleSheet>
    """

    static func worksheet(_ table: ExportTable) -> String {
        let width = table.width
        let lastRow = table.rows.count + 1
        let letters = (0..<width).map(columnName)
        var xml = xmlDeclaration
        xml += "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipsNamespace)\">"
        if width > 0 {
            xml += "<dimension ref=\"A1:\(columnName(width - 1))\(lastRow)\"/>"
        }
        if !table.rows.isEmpty {
            xml += "<sheetViews><sheetView workbookViewId=\"0\">"
            xml += "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            xml += "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>"
            xml += "</sheetView></sheetViews>"
        }
        xml += "<sheetData>"
        xml += "<row r=\"1\">"
        for (index, title) in table.columns.enumerated() {
            xml += inlineString(reference: letters[index] + "1", text: title, style: 1)
        }
        xml += "</row>"
        for (rowIndex, row) in table.rows.enumerated() {
            let r = String(rowIndex + 2)
            xml += "<row r=\"\(r)\">"
            for (index, cell) in row.enumerated() {
                xml += self.cell(cell, reference: letters[index] + r)
            }
            xml += "</row>"
        }
        xml += "</sheetData></worksheet>"
        return xml
    }

    static func cell(_ cell: ExportCell, reference: String) -> String {
        switch cell {
        case .text(let text):
            return inlineString(reference: reference, text: text, style: 0)
        case .integer(let value):
            return "<c r=\"\(reference)\"><v>\(value)</v></c>"
        case .number(let value):
            // <v> must be an xsd:double Excel understands; NaN and infinities are not, so
            // they are written as text.
            guard value.isFinite else {
                return inlineString(reference: reference, text: ExportFormat.number(value), style: 0)
            }
            return "<c r=\"\(reference)\"><v>\(ExportFormat.number(value))</v></c>"
        case .date(let date):
            return inlineString(reference: reference, text: ExportFormat.beijingMinute(date), style: 0)
        }
    }

    static func inlineString(reference: String, text: String, style: Int) -> String {
        let styleAttribute = style == 0 ? "" : " s=\"\(style)\""
        return "<c r=\"\(reference)\"\(styleAttribute) t=\"inlineStr\"><is><t xml:space=\"preserve\">"
            + ExportFormat.xmlEscaped(text) + "</t></is></c>"
    }
}

private extension String {
    func trimmingApostrophes() -> String {
        var s = Substring(self)
        while s.first == "'" { s.removeFirst() }
        while s.last == "'" { s.removeLast() }
        return String(s)
    }

    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}

// MARK: - ZIP

/// CRC-32 as used by ZIP (IEEE 802.3, reflected polynomial 0xEDB88320), table-driven.
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { index -> UInt32 in
        var c = UInt32(index)
        for _ in 0..<8 {
            c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1
        }
        return c
    }

    static func checksum<Bytes: Sequence>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return crc ^ 0xFFFF_FFFF
    }
}

/// A ZIP archive writer (PKWARE APPNOTE 6.3): local file headers, a central directory and the
/// end-of-central-directory record; STORE method only, no ZIP64, no data descriptors.
struct ZipWriter {
    /// 2025-01-01 00:00:00 in MS-DOS format: date = (year-1980)<<9 | month<<5 | day,
    /// time = hour<<11 | minute<<5 | second/2. Fixed so the output is reproducible.
    static let dosDate: UInt16 = UInt16((2025 - 1980) << 9 | 1 << 5 | 1)
    static let dosTime: UInt16 = 0
    /// Version 2.0: needed for folders in names; the usual value for STORE entries.
    static let version: UInt16 = 20

    private var archive = Data()
    private var centralDirectory = Data()
    private var entryCount = 0

    mutating func add(_ path: String, _ text: String) {
        add(path, data: Data(text.utf8))
    }

    mutating func add(_ path: String, data: Data) {
        let name = Data(path.utf8)
        let crc = CRC32.checksum(data)
        let size = UInt32(data.count)
        let offset = UInt32(archive.count)
        // Bit 11: the name is UTF-8 (set only when it is not plain ASCII).
        let flags: UInt16 = path.utf8.allSatisfy { $0 < 0x80 } ? 0 : 0x0800

        archive.appendLittleEndian(UInt32(0x0403_4B50))  // local file header signature
        archive.appendLittleEndian(Self.version)          // version needed to extract
        archive.appendLittleEndian(flags)
        archive.appendLittleEndian(UInt16(0))             // method: stored
        archive.appendLittleEndian(Self.dosTime)
        archive.appendLittleEndian(Self.dosDate)
        archive.appendLittleEndian(crc)
        archive.appendLittleEndian(size)                  // compressed size
        archive.appendLittleEndian(size)                  // uncompressed size
        archive.appendLittleEndian(UInt16(name.count))
        archive.appendLittleEndian(UInt16(0))             // extra field length
        archive.append(name)
        archive.append(data)

        centralDirectory.appendLittleEndian(UInt32(0x0201_4B50))  // central file header signature
        centralDirectory.appendLittleEndian(Self.version)         // version made by (MS-DOS, 2.0)
        centralDirectory.appendLittleEndian(Self.version)         // version needed to extract
        centralDirectory.appendLittleEndian(flags)
        centralDirectory.appendLittleEndian(UInt16(0))            // method: stored
        centralDirectory.appendLittleEndian(Self.dosTime)
        centralDirectory.appendLittleEndian(Self.dosDate)
        centralDirectory.appendLittleEndian(crc)
        centralDirectory.appendLittleEndian(size)
        centralDirectory.appendLittleEndian(size)
        centralDirectory.appendLittleEndian(UInt16(name.count))
        centralDirectory.appendLittleEndian(UInt16(0))            // extra field length
        centralDirectory.appendLittleEndian(UInt16(0))            // file comment length
        centralDirectory.appendLittleEndian(UInt16(0))            // disk number start
        centralDirectory.appendLittleEndian(UInt16(0))            // internal attributes
        centralDirectory.appendLittleEndian(UInt32(0))            // external attributes
        centralDirectory.appendLittleEndian(offset)               // local header offset
        centralDirectory.append(name)
        entryCount += 1
    }

    func finished() -> Data {
        var out = archive
        let directoryOffset = UInt32(out.count)
        out.append(centralDirectory)
        out.appendLittleEndian(UInt32(0x0605_4B50))              // end of central directory
        out.appendLittleEndian(UInt16(0))                        // number of this disk
        out.appendLittleEndian(UInt16(0))                        // disk with the central directory
        out.appendLittleEndian(UInt16(entryCount))               // entries on this disk
        out.appendLittleEndian(UInt16(entryCount))               // entries in total
        out.appendLittleEndian(UInt32(centralDirectory.count))   // size of the central directory
        out.appendLittleEndian(directoryOffset)                  // offset of the central directory
        out.appendLittleEndian(UInt16(0))                        // comment length
        return out
    }
}

private extension Data {
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        var little = value.littleEndian
        Swift.withUnsafeBytes(of: &little) { append(contentsOf: $0) }
    }
}
