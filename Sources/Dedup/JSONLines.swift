/// Reading `docs.jsonl` fast: the file is read in large chunks with `read(2)` and split at
/// newlines; each line is scanned once by a small JSON tokenizer that decodes only the two fields
/// needed — `id` (to a `String`) and `text` (straight to Unicode scalars, UTF-8 decoded and
/// unescaped in the same pass: `\n \t \" \\ \/ \b \f \r \uXXXX` including surrogate pairs) — and
/// skips every other value without decoding it. A general JSON decoder would build a dictionary
/// and a `String` per field for every one of 318,000 × ≈ 9 KB lines only to throw most of it away.
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

public struct JSONLinesError: Error, CustomStringConvertible {
    public let line: Int
    public let reason: String
    public var description: String { "line \(line): \(reason)" }
}

/// Sequential chunked reader over a file descriptor. `next()` hands out buffers that end at a
/// line boundary (the last line of the file may lack its newline).
final class ChunkedLineReader {
    let fd: Int32
    private var buffer: UnsafeMutableRawBufferPointer
    private var carry = 0          // bytes of an incomplete line kept at the start of buffer
    private(set) var fileOffset: UInt64 = 0  // file offset of buffer[0]
    private var eof = false

    init(path: String, chunkSize: Int = 32 << 20) throws {
        fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw JSONLinesError(line: 0, reason: "cannot open \(path): \(String(cString: strerror(errno)))") }
        buffer = .allocate(byteCount: chunkSize, alignment: 64)
    }

    deinit {
        buffer.deallocate()
        close(fd)
    }

    private var pendingTail: (cut: Int, filled: Int)?

    /// The next run of complete lines and the file offset of its first byte; nil at the end.
    /// The bytes stay valid until the next call.
    func next() throws -> (bytes: UnsafeRawBufferPointer, offset: UInt64)? {
        while true {
            if let (cut, filled) = pendingTail {
                let tail = filled - cut
                if tail > 0 { memmove(buffer.baseAddress!, buffer.baseAddress! + cut, tail) }
                carry = tail
                pendingTail = nil
            }
            if eof {
                guard carry > 0 else { return nil }
                let n = carry
                carry = 0
                let start = fileOffset
                fileOffset += UInt64(n)
                return (UnsafeRawBufferPointer(rebasing: buffer[0..<n]), start)
            }
            if carry == buffer.count {  // one line longer than the buffer: grow
                let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: buffer.count * 2, alignment: 64)
                bigger.copyMemory(from: UnsafeRawBufferPointer(buffer))
                buffer.deallocate()
                buffer = bigger
            }
            var filled = carry
            while filled < buffer.count {
                let r = read(fd, buffer.baseAddress! + filled, buffer.count - filled)
                if r < 0 {
                    if errno == EINTR { continue }
                    throw JSONLinesError(line: 0, reason: "read failed: \(String(cString: strerror(errno)))")
                }
                if r == 0 { eof = true; break }
                filled += r
            }
            var cut = filled
            while cut > carry && buffer[cut - 1] != 0x0A { cut -= 1 }
            if cut == carry {  // no newline in the new bytes
                carry = filled
                continue
            }
            pendingTail = (cut, filled)
            let start = fileOffset
            fileOffset += UInt64(cut)
            return (UnsafeRawBufferPointer(rebasing: buffer[0..<cut]), start)
        }
    }
}

/// Decodes `id` and `text` of one JSON object line.
struct JSONLineDecoder {
    var id = ""
    var hasText = false

    /// Parses `line`; the text's scalars go to `ws` (via `reserveSource`/direct writes).
    /// Throws on malformed JSON or a missing `id`.
    mutating func decode(_ line: UnsafeRawBufferPointer, into ws: ShingleWorkspace, lineNumber: Int) throws {
        id = ""
        hasText = false
        ws.srcCount = 0
        let p = line.bindMemory(to: UInt8.self)
        var i = 0
        let n = p.count
        func fail(_ why: String) -> JSONLinesError { JSONLinesError(line: lineNumber, reason: why) }
        func skipWS() { while i < n && (p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0D || p[i] == 0x0A) { i += 1 } }
        skipWS()
        guard i < n && p[i] == UInt8(ascii: "{") else { throw fail("not a JSON object") }
        i += 1
        var gotID = false
        var first = true
        while true {
            skipWS()
            guard i < n else { throw fail("unterminated object") }
            if first && p[i] == UInt8(ascii: "}") { break }
            if !first {
                if p[i] == UInt8(ascii: "}") { break }
                guard p[i] == UInt8(ascii: ",") else { throw fail("expected ',' or '}'") }
                i += 1
                skipWS()
                guard i < n else { throw fail("unterminated object") }
            }
            first = false
            guard p[i] == UInt8(ascii: "\"") else { throw fail("expected a key") }
            // keys are short and plain: compare raw bytes
            let keyStart = i + 1
            i = try skipString(p, i, lineNumber)
            let keyEnd = i - 1
            let keyLen = keyEnd - keyStart
            let isID = keyLen == 2 && p[keyStart] == UInt8(ascii: "i") && p[keyStart + 1] == UInt8(ascii: "d")
            let isText = keyLen == 4 && p[keyStart] == UInt8(ascii: "t") && p[keyStart + 1] == UInt8(ascii: "e")
                && p[keyStart + 2] == UInt8(ascii: "x") && p[keyStart + 3] == UInt8(ascii: "t")
            skipWS()
            guard i < n && p[i] == UInt8(ascii: ":") else { throw fail("expected ':'") }
            i += 1
            skipWS()
            guard i < n else { throw fail("missing value") }
            if (isID || isText) && p[i] == UInt8(ascii: "\"") {
                let start = ws.srcCount
                i = try decodeString(p, i, ws, lineNumber)
                if isID {
                    var view = String.UnicodeScalarView()
                    for k in start..<ws.srcCount { view.append(Unicode.Scalar(ws.src[k]) ?? "\u{FFFD}") }
                    id = String(view)
                    ws.srcCount = start
                    gotID = true
                } else {
                    // a repeated "text" key: the last one wins, as in Python's json
                    if start > 0 {
                        let len = ws.srcCount - start
                        for k in 0..<len { ws.src[k] = ws.src[start + k] }
                        ws.srcCount = len
                    }
                    hasText = true
                }
            } else if isID {
                // a numeric id: keep its literal text
                let s = i
                i = try skipValue(p, i, lineNumber)
                id = String(decoding: UnsafeBufferPointer(rebasing: p[s..<i]), as: UTF8.self)
                gotID = true
            } else {
                i = try skipValue(p, i, lineNumber)
            }
        }
        guard gotID else { throw fail("no \"id\"") }
    }

    private func skipString(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ line: Int) throws -> Int {
        var i = start + 1
        while i < p.count {
            let c = p[i]
            if c == UInt8(ascii: "\"") { return i + 1 }
            i += c == UInt8(ascii: "\\") ? 2 : 1
        }
        throw JSONLinesError(line: line, reason: "unterminated string")
    }

    private func skipValue(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ line: Int) throws -> Int {
        var i = start
        var depth = 0
        while i < p.count {
            let c = p[i]
            if c == UInt8(ascii: "\"") {
                i = try skipString(p, i, line)
                if depth == 0 { return i }
                continue
            }
            if c == UInt8(ascii: "{") || c == UInt8(ascii: "[") { depth += 1 }
            else if c == UInt8(ascii: "}") || c == UInt8(ascii: "]") {
                if depth == 0 { return i }
                depth -= 1
                if depth == 0 { return i + 1 }
            } else if depth == 0 && (c == UInt8(ascii: ",")) { return i }
            i += 1
        }
        throw JSONLinesError(line: line, reason: "unterminated value")
    }

    @inline(__always)
    private func hex(_ c: UInt8) -> UInt32? {
        switch c {
        case 0x30...0x39: return UInt32(c - 0x30)
        case 0x41...0x46: return UInt32(c - 0x41 + 10)
        case 0x61...0x66: return UInt32(c - 0x61 + 10)
        default: return nil
        }
    }

    private func hex4(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32? {
        guard i + 4 <= p.count, let a = hex(p[i]), let b = hex(p[i + 1]), let c = hex(p[i + 2]), let d = hex(p[i + 3]) else { return nil }
        return a << 12 | b << 8 | c << 4 | d
    }

    /// Decodes the JSON string starting at p[start] (the opening quote) into ws's source scalars;
    /// returns the index after the closing quote. Invalid UTF-8 and lone surrogates become U+FFFD.
    private func decodeString(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ ws: ShingleWorkspace, _ line: Int) throws -> Int {
        var i = start + 1
        let n = p.count
        // worst case one scalar per byte
        ws.reserveSource(ws.srcCount + (n - i))
        var k = ws.srcCount
        defer { ws.srcCount = k }
        return try ws.src.withUnsafeMutableBufferPointer { out -> Int in
            while i < n {
                let c = p[i]
                if c < 0x80 {
                    if c == UInt8(ascii: "\"") { return i + 1 }
                    if c == UInt8(ascii: "\\") {
                        guard i + 1 < n else { break }
                        let e = p[i + 1]
                        i += 2
                        switch e {
                        case UInt8(ascii: "n"): out[k] = 0x0A
                        case UInt8(ascii: "t"): out[k] = 0x09
                        case UInt8(ascii: "r"): out[k] = 0x0D
                        case UInt8(ascii: "b"): out[k] = 0x08
                        case UInt8(ascii: "f"): out[k] = 0x0C
                        case UInt8(ascii: "u"):
                            guard let u = hex4(p, i) else { throw JSONLinesError(line: line, reason: "bad \\u escape") }
                            i += 4
                            var v = u
                            if u >= 0xD800 && u < 0xDC00 {
                                if i + 6 <= n && p[i] == UInt8(ascii: "\\") && p[i + 1] == UInt8(ascii: "u"),
                                   let lo = hex4(p, i + 2), lo >= 0xDC00 && lo < 0xE000 {
                                    v = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00)
                                    i += 6
                                } else {
                                    v = 0xFFFD
                                }
                            } else if u >= 0xDC00 && u < 0xE000 {
                                v = 0xFFFD
                            }
                            out[k] = v
                        default: out[k] = UInt32(e)  // \" \\ \/ (and, leniently, anything else)
                        }
                        k += 1
                        continue
                    }
                    out[k] = UInt32(c)
                    k += 1
                    i += 1
                    continue
                }
                // multi-byte UTF-8
                var v: UInt32 = 0xFFFD
                var len = 1
                if c & 0xF0 == 0xE0, i + 2 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80 {
                    // three bytes first: every CJK character
                    v = UInt32(c & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F)
                    if v < 0x800 || (v >= 0xD800 && v < 0xE000) { v = 0xFFFD } else { len = 3 }
                } else if c & 0xE0 == 0xC0, i + 1 < n, p[i + 1] & 0xC0 == 0x80 {
                    v = UInt32(c & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
                    len = v >= 0x80 ? 2 : 1
                    if len == 1 { v = 0xFFFD }
                } else if c & 0xF8 == 0xF0, i + 3 < n, p[i + 1] & 0xC0 == 0x80, p[i + 2] & 0xC0 == 0x80, p[i + 3] & 0xC0 == 0x80 {
                    v = UInt32(c & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F)
                    if v < 0x10000 || v > 0x10FFFF { v = 0xFFFD } else { len = 4 }
                }
                out[k] = v
                k += 1
                i += len
            }
            throw JSONLinesError(line: line, reason: "unterminated string")
        }
    }
}
