import Foundation

/// Why the PDF inspector refuses a file.
public enum PDFFinding: String, Error, Sendable, Equatable, CaseIterable {
    /// `%PDF-1.x` (or `%PDF-2.x`) is not at byte 0.
    case headerNotAtStart
    /// An executable, archive or web page signature (ELF, PE, ZIP, `<html`, `<script`) in the first KB.
    case foreignSignature
    /// No `%%EOF` within the last 2048 bytes.
    case noEndOfFile
    /// `startxref` is missing or does not point at a cross-reference table or stream.
    case noCrossReference
    /// The trailer (or cross-reference stream dictionary) is missing or names no `/Root`.
    case noTrailer
    /// The objects cannot be read: an unterminated string, dictionary or stream, or nesting too deep.
    case malformed
    /// `/Encrypt`: the file is encrypted, so its content cannot be checked (or read by reviewers).
    case encrypted
    /// `/JavaScript` or `/JS`: scripts, e.g. run by `/OpenAction` or `/AA` when the file is opened.
    case javaScript
    /// `/Launch`: an action that starts another program.
    case launchAction
    /// `/EmbeddedFile(s)`, `/EF`, `/FileAttachment`: other files carried inside the PDF.
    case embeddedFile
    /// `/RichMedia`: Flash or other media with its own scripting.
    case richMedia
    /// `/XFA`: a dynamic XML form (scripted).
    case xfaForm
    /// An object stream compressed with a filter the inspector cannot undo (anything but
    /// FlateDecode without predictor) or that does not decompress: what it holds cannot be checked.
    case uninspectableObjectStream
    /// Something shaped like an object (`12 0 obj`) inside the data of a stream, where a reader
    /// following the cross-reference table would find it but an object scan would not.
    case hiddenObject
}

/// A structural check of uploaded PDFs, in pure Swift (no PDF library): the header at byte 0, no
/// foreign file signatures, a cross-reference table or stream found through `startxref`, a trailer
/// with `/Root`, and every object tokenised — names with `#xx` escapes decoded, so `/J#53` is
/// `/JS` — looking for what makes a document active or opaque: encryption, JavaScript, launch
/// actions, embedded files, rich media and XFA forms. Object streams (`/Type /ObjStm`, PDF 1.5+)
/// are inflated (`Inflate`) and scanned too; one that cannot be inflated is refused rather than
/// trusted. Stream data itself (page content, images, fonts) is not interpreted, but a stream that
/// contains something shaped like an object is refused, so objects cannot hide inside a stream.
public enum PDFInspector {
    /// Names that refuse a file wherever they occur as a name token (key or value).
    static let forbiddenNames: [String: PDFFinding] = [
        "Encrypt": .encrypted,
        "JavaScript": .javaScript, "JS": .javaScript,
        "Launch": .launchAction,
        "EmbeddedFile": .embeddedFile, "EmbeddedFiles": .embeddedFile, "EF": .embeddedFile, "FileAttachment": .embeddedFile,
        "RichMedia": .richMedia,
        "XFA": .xfaForm,
    ]

    /// Signatures of files that are not PDFs, searched (case-insensitively for the text ones) in the
    /// first 1024 bytes. `MZ` alone is too short to search for in binary data; a PE file is found by
    /// its DOS stub message, and `MZ` at byte 0 already fails the header check.
    static let foreignSignatures: [[UInt8]] = [
        [0x7F, 0x45, 0x4C, 0x46],                // ELF
        [0x50, 0x4B, 0x03, 0x04],                // ZIP (also DOCX, JAR, APK)
        Array("This program cannot be run in DOS mode".utf8),
    ]
    static let foreignTextSignatures: [[UInt8]] = [
        Array("<html".utf8), Array("<script".utf8), Array("<!doctype".utf8), Array("<svg".utf8), Array("<?xml".utf8),
    ]

    /// Most bytes all object streams of one file may inflate to.
    static let inflateLimit = 64 << 20
    static let maxDepth = 64

    /// The first reason to refuse `data`, or nil when it is a plain, inspectable PDF.
    public static func inspect(_ data: Data) -> PDFFinding? {
        let bytes = [UInt8](data)
        if !hasHeader(bytes) { return .headerNotAtStart }
        if hasForeignSignature(bytes) { return .foreignSignature }
        if !hasEndOfFile(bytes) { return .noEndOfFile }
        do {
            try checkCrossReference(bytes)
            var budget = inflateLimit
            try scan(bytes[...], allowStreams: true, inflateBudget: &budget)
            return nil
        } catch let finding as PDFFinding {
            return finding
        } catch {
            return .malformed
        }
    }

    // MARK: Header, signatures, end of file

    static func hasHeader(_ bytes: [UInt8]) -> Bool {
        let header = Array("%PDF-".utf8)
        guard bytes.count >= 8, Array(bytes[0..<5]) == header else { return false }
        return (bytes[5] == UInt8(ascii: "1") || bytes[5] == UInt8(ascii: "2")) && bytes[6] == UInt8(ascii: ".")
            && isDigit(bytes[7])
    }

    static func hasForeignSignature(_ bytes: [UInt8]) -> Bool {
        let head = Array(bytes.prefix(1024))
        let lowered = head.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        return foreignSignatures.contains { find($0, in: head[...]) != nil }
            || foreignTextSignatures.contains { find($0, in: lowered[...]) != nil }
    }

    static func hasEndOfFile(_ bytes: [UInt8]) -> Bool {
        find(Array("%%EOF".utf8), in: bytes[max(0, bytes.count - 2048)...]) != nil
    }

    // MARK: Cross-reference and trailer

    /// `startxref` near the end → the offset → `xref … trailer << … /Root … >>`, or an object whose
    /// dictionary has `/Type /XRef` and `/Root` (a cross-reference stream).
    static func checkCrossReference(_ bytes: [UInt8]) throws {
        let tailStart = max(0, bytes.count - 4096)
        guard let at = findLast(Array("startxref".utf8), in: bytes[tailStart...]) else { throw PDFFinding.noCrossReference }
        var lexer = Lexer(bytes: bytes[...], position: at + 9)
        guard case .integer(let offset)? = try lexer.next(), offset >= 0, offset < bytes.count else {
            throw PDFFinding.noCrossReference
        }
        lexer.position = offset
        switch try lexer.next() {
        case .keyword("xref")?:
            // Subsections: "first count", then count entries "offset generation f|n".
            while true {
                guard let token = try lexer.next() else { throw PDFFinding.noTrailer }
                if token == .keyword("trailer") { break }
                guard case .integer = token, case .integer(let count)? = try lexer.next(), count >= 0 else {
                    throw PDFFinding.noCrossReference
                }
                for _ in 0..<count {
                    guard case .integer? = try lexer.next(), case .integer? = try lexer.next(),
                          case .keyword(let kind)? = try lexer.next(), kind == "f" || kind == "n" else {
                        throw PDFFinding.noCrossReference
                    }
                }
            }
            guard try lexer.next() == .dictionaryStart else { throw PDFFinding.noTrailer }
            let trailer = try lexer.dictionary(depth: 1)
            guard trailer["Root"] != nil else { throw PDFFinding.noTrailer }
            if trailer["Encrypt"] != nil { throw PDFFinding.encrypted }
        case .integer?:
            guard case .integer? = try lexer.next(), try lexer.next() == .keyword("obj"),
                  try lexer.next() == .dictionaryStart else { throw PDFFinding.noCrossReference }
            let dictionary = try lexer.dictionary(depth: 1)
            guard dictionary["Type"] == .name("XRef") else { throw PDFFinding.noCrossReference }
            guard dictionary["Root"] != nil else { throw PDFFinding.noTrailer }
            if dictionary["Encrypt"] != nil { throw PDFFinding.encrypted }
        default:
            throw PDFFinding.noCrossReference
        }
    }

    // MARK: Object scan

    /// Tokenises `bytes` from start to end: every name is checked, every stream's data skipped up
    /// to its `endstream` (and checked for hidden objects), every object stream inflated and scanned.
    static func scan(_ bytes: ArraySlice<UInt8>, allowStreams: Bool, inflateBudget: inout Int) throws {
        var lexer = Lexer(bytes: bytes, position: bytes.startIndex)
        var lastDictionary: [String: Value]?
        while let token = try lexer.next() {
            switch token {
            case .dictionaryStart:
                lastDictionary = try lexer.dictionary(depth: 1)
            case .arrayStart:
                _ = try lexer.array(depth: 1)
                lastDictionary = nil
            case .keyword("stream"):
                guard allowStreams else { throw PDFFinding.malformed }
                let data = try lexer.streamData()
                if let dictionary = lastDictionary, isObjectStream(dictionary) {
                    let content = try decodeObjectStream(dictionary, data, budget: &inflateBudget)
                    try scan(content[...], allowStreams: false, inflateBudget: &inflateBudget)
                } else if containsObjectHeader(data) {
                    throw PDFFinding.hiddenObject
                }
                lastDictionary = nil
            default:
                lastDictionary = nil
            }
        }
    }

    static func isObjectStream(_ dictionary: [String: Value]) -> Bool {
        dictionary["Type"] == .name("ObjStm") || dictionary["First"] != nil || dictionary["Extends"] != nil
            || (dictionary["Type"] != nil && !isName(dictionary["Type"]))
    }

    private static func isName(_ value: Value?) -> Bool {
        if case .name? = value { return true }
        return false
    }

    /// The decompressed content of an object stream: no filter, or FlateDecode without a predictor.
    static func decodeObjectStream(_ dictionary: [String: Value], _ data: ArraySlice<UInt8>, budget: inout Int) throws -> [UInt8] {
        let filters: [Value]
        switch dictionary["Filter"] {
        case nil: filters = []
        case .name(let name)?: filters = [.name(name)]
        case .array(let values)?: filters = values
        default: throw PDFFinding.uninspectableObjectStream
        }
        if dictionary["DecodeParms"] != nil || dictionary["DP"] != nil { throw PDFFinding.uninspectableObjectStream }
        var content = Array(data)
        for filter in filters {
            guard filter == .name("FlateDecode") || filter == .name("Fl") else { throw PDFFinding.uninspectableObjectStream }
            do {
                content = try Inflate.zlib(content[...], limit: budget)
            } catch {
                throw PDFFinding.uninspectableObjectStream
            }
        }
        budget -= content.count
        return content
    }

    /// Whether the data holds `<digits> <digits> obj` (an indirect object's header).
    static func containsObjectHeader(_ data: ArraySlice<UInt8>) -> Bool {
        var i = data.startIndex
        let end = data.endIndex
        while i + 2 < end {
            if data[i] == UInt8(ascii: "o"), data[i + 1] == UInt8(ascii: "b"), data[i + 2] == UInt8(ascii: "j") {
                var j = i - 1
                var ok = true
                // whitespace, digits, whitespace, digits
                for part in 0..<4 {
                    let wantDigits = part % 2 == 1
                    var seen = 0
                    while j >= data.startIndex, wantDigits ? isDigit(data[j]) : isWhitespace(data[j]) {
                        j -= 1
                        seen += 1
                    }
                    if seen == 0 { ok = false; break }
                }
                if ok { return true }
            }
            i += 1
        }
        return false
    }

    // MARK: Bytes

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x00 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x20
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"):
            return true
        default:
            return false
        }
    }

    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    static func find(_ pattern: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
        var i = bytes.startIndex
        while i <= bytes.endIndex - pattern.count {
            if bytes[i] == pattern[0] && bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }

    static func findLast(_ pattern: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
        var i = bytes.endIndex - pattern.count
        while i >= bytes.startIndex {
            if bytes[i] == pattern[0] && bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i -= 1
        }
        return nil
    }

    // MARK: Tokens and values

    enum Token: Equatable {
        case name(String)
        case integer(Int)
        case real
        case string
        case dictionaryStart, dictionaryEnd, arrayStart, arrayEnd, braceStart, braceEnd
        case keyword(String)
    }

    indirect enum Value: Equatable {
        case name(String)
        case integer(Int)
        case other
        case array([Value])
        case dictionary([String: Value])
    }

    /// The PDF lexer (ISO 32000-1 §7.2–7.3). Names are decoded (`#xx`) and checked against the
    /// forbidden list as they are read.
    struct Lexer {
        let bytes: ArraySlice<UInt8>
        var position: Int

        init(bytes: ArraySlice<UInt8>, position: Int) {
            self.bytes = bytes
            self.position = position
        }

        mutating func next() throws -> Token? {
            skipWhitespaceAndComments()
            guard position < bytes.endIndex else { return nil }
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "/"):
                position += 1
                return .name(try name())
            case UInt8(ascii: "("):
                try literalString()
                return .string
            case UInt8(ascii: "<"):
                if position + 1 < bytes.endIndex, bytes[position + 1] == UInt8(ascii: "<") {
                    position += 2
                    return .dictionaryStart
                }
                position += 1
                while position < bytes.endIndex, bytes[position] != UInt8(ascii: ">") { position += 1 }
                guard position < bytes.endIndex else { throw PDFFinding.malformed }
                position += 1
                return .string
            case UInt8(ascii: ">"):
                position += 1
                if position < bytes.endIndex, bytes[position] == UInt8(ascii: ">") {
                    position += 1
                    return .dictionaryEnd
                }
                return .keyword(">")
            case UInt8(ascii: "["): position += 1; return .arrayStart
            case UInt8(ascii: "]"): position += 1; return .arrayEnd
            case UInt8(ascii: "{"): position += 1; return .braceStart
            case UInt8(ascii: "}"): position += 1; return .braceEnd
            case UInt8(ascii: ")"): position += 1; return .keyword(")")
            default:
                let start = position
                while position < bytes.endIndex, !PDFInspector.isWhitespace(bytes[position]), !PDFInspector.isDelimiter(bytes[position]) {
                    position += 1
                }
                let text = String(decoding: bytes[start..<position], as: UTF8.self)
                if let value = Int(text) { return .integer(value) }
                if Double(text) != nil { return .real }
                return .keyword(text)
            }
        }

        mutating func skipWhitespaceAndComments() {
            while position < bytes.endIndex {
                let byte = bytes[position]
                if PDFInspector.isWhitespace(byte) {
                    position += 1
                } else if byte == UInt8(ascii: "%") {
                    while position < bytes.endIndex, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
                } else {
                    return
                }
            }
        }

        /// A name after its `/`, with `#xx` escapes decoded; refused when forbidden.
        mutating func name() throws -> String {
            var decoded: [UInt8] = []
            while position < bytes.endIndex, !PDFInspector.isWhitespace(bytes[position]), !PDFInspector.isDelimiter(bytes[position]) {
                let byte = bytes[position]
                if byte == UInt8(ascii: "#"), position + 2 < bytes.endIndex,
                   let high = hexValue(bytes[position + 1]), let low = hexValue(bytes[position + 2]) {
                    decoded.append(high << 4 | low)
                    position += 3
                } else {
                    decoded.append(byte)
                    position += 1
                }
            }
            let name = String(decoding: decoded, as: UTF8.self)
            if let finding = PDFInspector.forbiddenNames[name] { throw finding }
            return name
        }

        private func hexValue(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 0x30...0x39: return byte - 0x30
            case 0x41...0x46: return byte - 0x41 + 10
            case 0x61...0x66: return byte - 0x61 + 10
            default: return nil
            }
        }

        /// `( … )` with balanced parentheses and backslash escapes.
        mutating func literalString() throws {
            position += 1
            var depth = 1
            while position < bytes.endIndex {
                let byte = bytes[position]
                position += 1
                if byte == UInt8(ascii: "\\") {
                    position += 1
                } else if byte == UInt8(ascii: "(") {
                    depth += 1
                } else if byte == UInt8(ascii: ")") {
                    depth -= 1
                    if depth == 0 { return }
                }
            }
            throw PDFFinding.malformed
        }

        /// The rest of a dictionary after `<<`.
        mutating func dictionary(depth: Int) throws -> [String: Value] {
            guard depth <= PDFInspector.maxDepth else { throw PDFFinding.malformed }
            var result: [String: Value] = [:]
            var key: String?
            var pending: [Value] = []
            func flush() {
                if let key, let value = pending.last { result[key] = pending.count == 3 ? .other : value }
            }
            while true {
                guard let token = try next() else { throw PDFFinding.malformed }
                if token == .dictionaryEnd { flush(); return result }
                if case .name(let name) = token, key == nil || !pending.isEmpty {
                    flush()
                    key = name
                    pending = []
                    continue
                }
                pending.append(try value(token, depth: depth))
            }
        }

        /// The rest of an array after `[`.
        mutating func array(depth: Int) throws -> [Value] {
            guard depth <= PDFInspector.maxDepth else { throw PDFFinding.malformed }
            var result: [Value] = []
            while true {
                guard let token = try next() else { throw PDFFinding.malformed }
                if token == .arrayEnd { return result }
                result.append(try value(token, depth: depth))
            }
        }

        private mutating func value(_ token: Token, depth: Int) throws -> Value {
            switch token {
            case .name(let name): return .name(name)
            case .integer(let value): return .integer(value)
            case .dictionaryStart: return .dictionary(try dictionary(depth: depth + 1))
            case .arrayStart: return .array(try array(depth: depth + 1))
            case .keyword("stream"): throw PDFFinding.malformed
            default: return .other
            }
        }

        /// The data after `stream` up to the next `endstream`, leaving the lexer after it.
        mutating func streamData() throws -> ArraySlice<UInt8> {
            if position < bytes.endIndex, bytes[position] == 0x0D { position += 1 }
            if position < bytes.endIndex, bytes[position] == 0x0A { position += 1 }
            let start = position
            guard let end = PDFInspector.find(Array("endstream".utf8), in: bytes[start...]) else { throw PDFFinding.malformed }
            position = end + 9
            var dataEnd = end
            if dataEnd > start, bytes[dataEnd - 1] == 0x0A { dataEnd -= 1 }
            if dataEnd > start, bytes[dataEnd - 1] == 0x0D { dataEnd -= 1 }
            return bytes[start..<dataEnd]
        }
    }
}
