import Foundation

/// Small, structurally valid PDFs built in the test: header at byte 0, a binary comment, numbered
/// objects, a classic cross-reference table with exact offsets, a trailer and `startxref`.
///
///     TestPDF.make()                                   // one empty A4 page
///     TestPDF.make(catalogExtra: "/OpenAction 5 0 R", extraObjects: ["<< /S /JavaScript /JS (app.alert(1)) >>"])
///     TestPDF.make(contentBytes: 300_000)              // a page whose content stream is ~300 KB
public enum TestPDF {
    /// Objects 1–4 are catalog, pages, page and content stream; `extraObjects` follow as 5, 6, …
    /// Each object is the text between `N 0 obj` and `endobj` (raw bytes allowed).
    public static func make(
        version: String = "1.4", catalogExtra: String = "", extraObjects: [Data] = [], trailerExtra: String = "",
        contentBytes: Int = 0
    ) -> Data {
        var content = Data()
        let line = Data("0 0 m 100 100 l S\n".utf8)
        while content.count < contentBytes { content += line }
        var objects: [Data] = [
            Data("<< /Type /Catalog /Pages 2 0 R \(catalogExtra) >>".utf8),
            Data("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Data("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>".utf8),
            Data("<< /Length \(content.count) >>\nstream\n".utf8) + content + Data("\nendstream".utf8),
        ]
        objects += extraObjects
        return assemble(version: version, objects: objects, trailerExtra: trailerExtra)
    }

    public static func make(catalogExtra: String = "", extraObjects: [String], trailerExtra: String = "") -> Data {
        make(catalogExtra: catalogExtra, extraObjects: extraObjects.map { Data($0.utf8) }, trailerExtra: trailerExtra)
    }

    /// `objects` numbered from 1, with a correct cross-reference table; object 1 is the root.
    public static func assemble(version: String = "1.4", objects: [Data], trailerExtra: String = "") -> Data {
        var bytes = Data("%PDF-\(version)\n".utf8) + Data([0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A])
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(bytes.count)
            bytes += Data("\(index + 1) 0 obj\n".utf8) + object + Data("\nendobj\n".utf8)
        }
        let xref = bytes.count
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets {
            table += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n"
        }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R \(trailerExtra) >>\nstartxref\n\(xref)\n%%EOF\n"
        return bytes + Data(table.utf8)
    }

    /// A zlib stream holding `bytes` in stored (uncompressed) deflate blocks, for object streams
    /// built in a test without a compressor.
    public static func zlibStored(_ bytes: Data) -> Data {
        var out = Data([0x78, 0x01])
        let chunks = stride(from: 0, to: max(bytes.count, 1), by: 65535).map { start in
            bytes.subdata(in: start..<min(bytes.count, start + 65535))
        }
        for (index, chunk) in chunks.enumerated() {
            out.append(index == chunks.count - 1 ? 1 : 0)
            let length = UInt16(chunk.count)
            out += Data([UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)])
            out += chunk
        }
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        let adler = b << 16 | a
        out += Data([UInt8(adler >> 24), UInt8((adler >> 16) & 0xFF), UInt8((adler >> 8) & 0xFF), UInt8(adler & 0xFF)])
        return out
    }

    /// An object stream (`/Type /ObjStm`) holding `objects` (numbered from `firstNumber`), with
    /// `compressed` data already zlib-encoded by the caller, or stored blocks when nil.
    public static func objectStream(_ objects: [String], firstNumber: Int, compressed: Data? = nil, filter: String = "/FlateDecode") -> Data {
        var header = ""
        var body = ""
        for (index, object) in objects.enumerated() {
            header += "\(firstNumber + index) \(body.utf8.count) "
            body += object + "\n"
        }
        let raw = Data((header + body).utf8)
        let data = compressed ?? zlibStored(raw)
        return Data("<< /Type /ObjStm /N \(objects.count) /First \(header.utf8.count) /Filter \(filter) /Length \(data.count) >>\nstream\n".utf8)
            + data + Data("\nendstream".utf8)
    }
}
