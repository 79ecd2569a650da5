/// DEFLATE (RFC 1951) in a zlib wrapper (RFC 1950), decoded in pure Swift so that the PDF
/// inspector can look inside compressed object streams without a system library.
///
/// Written for safety over speed: canonical Huffman codes decoded bit by bit, every length and
/// distance checked, and the output bounded by `limit` (a small "zip bomb" cannot exhaust memory).
/// The Adler-32 checksum is not verified (PDF readers do not either).
public enum Inflate {
    struct Failure: Error, Equatable {
        let reason: String
    }

    /// Decodes a zlib stream (2-byte header, deflate data). Throws `Failure` on anything malformed
    /// or when the output would exceed `limit` bytes.
    static func zlib(_ input: ArraySlice<UInt8>, limit: Int) throws -> [UInt8] {
        guard input.count >= 2 else { throw Failure(reason: "too short") }
        let cmf = input[input.startIndex], flg = input[input.startIndex + 1]
        guard cmf & 0x0F == 8, cmf >> 4 <= 7, (UInt16(cmf) << 8 | UInt16(flg)) % 31 == 0 else {
            throw Failure(reason: "not a zlib header")
        }
        guard flg & 0x20 == 0 else { throw Failure(reason: "preset dictionary") }
        return try raw(input.dropFirst(2), limit: limit)
    }

    /// Decodes raw deflate data.
    public static func raw(_ input: ArraySlice<UInt8>, limit: Int) throws -> [UInt8] {
        var reader = BitReader(data: Array(input))
        var out: [UInt8] = []
        out.reserveCapacity(min(limit, input.count * 4))
        var last = false
        while !last {
            last = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0: try stored(&reader, &out, limit: limit)
            case 1:
                let (lengths, distances) = try fixedTables.get()
                try codes(&reader, &out, lengths: lengths, distances: distances, limit: limit)
            case 2:
                let (lengths, distances) = try dynamicTables(&reader)
                try codes(&reader, &out, lengths: lengths, distances: distances, limit: limit)
            default: throw Failure(reason: "invalid block type")
            }
        }
        return out
    }

    // MARK: Bits

    struct BitReader {
        let data: [UInt8]
        var position = 0
        var buffer: UInt32 = 0
        var count = 0

        init(data: [UInt8]) { self.data = data }

        /// The next `n` bits (n ≤ 16), least significant first.
        mutating func bits(_ n: Int) throws -> Int {
            while count < n {
                guard position < data.count else { throw Failure(reason: "unexpected end of data") }
                buffer |= UInt32(data[position]) << UInt32(count)
                position += 1
                count += 8
            }
            let value = Int(buffer & ((1 << UInt32(n)) - 1))
            buffer >>= UInt32(n)
            count -= n
            return value
        }

        /// Drops the bits left in the current byte (fewer than 8 are ever buffered).
        mutating func alignToByte() {
            buffer = 0
            count = 0
        }
    }

    // MARK: Huffman codes

    struct Huffman {
        var counts = [Int](repeating: 0, count: 16)
        var symbols: [Int]

        init(counts: [Int], symbols: [Int]) {
            self.counts = counts
            self.symbols = symbols
        }

        /// Canonical code from code lengths; an over-subscribed set is an error, an incomplete
        /// one is allowed (a single distance code is legal).
        init(lengths: [Int]) throws {
            symbols = [Int](repeating: 0, count: lengths.count)
            for length in lengths { counts[length] += 1 }
            var left = 1
            for length in 1..<16 {
                left <<= 1
                left -= counts[length]
                if left < 0 { throw Failure(reason: "over-subscribed code") }
            }
            var offsets = [Int](repeating: 0, count: 16)
            for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
            for (symbol, length) in lengths.enumerated() where length != 0 {
                symbols[offsets[length]] = symbol
                offsets[length] += 1
            }
        }

        func decode(_ reader: inout BitReader) throws -> Int {
            var code = 0, first = 0, index = 0
            for length in 1..<16 {
                code |= try reader.bits(1)
                let count = counts[length]
                if code - count < first { return symbols[index + (code - first)] }
                index += count
                first += count
                first <<= 1
                code <<= 1
            }
            throw Failure(reason: "invalid code")
        }
    }

    static let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049,
                               3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    /// The fixed codes of RFC 1951 §3.2.6, built once. They are constants, so building them cannot
    /// fail; if it ever did, the error would refuse the file rather than decode with a wrong table.
    static let fixedTables: Result<(Huffman, Huffman), any Error> = Result {
        var lengths = [Int](repeating: 8, count: 288)
        for i in 144..<256 { lengths[i] = 9 }
        for i in 256..<280 { lengths[i] = 7 }
        return (try Huffman(lengths: lengths), try Huffman(lengths: [Int](repeating: 5, count: 30)))
    }

    // MARK: Blocks

    static func stored(_ reader: inout BitReader, _ out: inout [UInt8], limit: Int) throws {
        reader.alignToByte()
        let start = reader.position
        guard start + 4 <= reader.data.count else { throw Failure(reason: "stored block header cut off") }
        let length = Int(reader.data[start]) | Int(reader.data[start + 1]) << 8
        let complement = Int(reader.data[start + 2]) | Int(reader.data[start + 3]) << 8
        guard length == (~complement & 0xFFFF) else { throw Failure(reason: "stored block length check") }
        guard start + 4 + length <= reader.data.count else { throw Failure(reason: "stored block cut off") }
        guard out.count + length <= limit else { throw Failure(reason: "output exceeds the limit") }
        out.append(contentsOf: reader.data[(start + 4)..<(start + 4 + length)])
        reader.position = start + 4 + length
    }

    static func dynamicTables(_ reader: inout BitReader) throws -> (Huffman, Huffman) {
        let literalCount = try reader.bits(5) + 257
        let distanceCount = try reader.bits(5) + 1
        let codeCount = try reader.bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw Failure(reason: "too many codes") }
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var codeLengths = [Int](repeating: 0, count: 19)
        for i in 0..<codeCount { codeLengths[order[i]] = try reader.bits(3) }
        let lengthCode = try Huffman(lengths: codeLengths)
        var lengths: [Int] = []
        while lengths.count < literalCount + distanceCount {
            let symbol = try lengthCode.decode(&reader)
            switch symbol {
            case 0..<16: lengths.append(symbol)
            case 16:
                guard let previous = lengths.last else { throw Failure(reason: "repeat without a length") }
                lengths += [Int](repeating: previous, count: 3 + (try reader.bits(2)))
            case 17: lengths += [Int](repeating: 0, count: 3 + (try reader.bits(3)))
            default: lengths += [Int](repeating: 0, count: 11 + (try reader.bits(7)))
            }
        }
        guard lengths.count == literalCount + distanceCount else { throw Failure(reason: "too many lengths") }
        guard lengths[256] != 0 else { throw Failure(reason: "no end-of-block code") }
        return (try Huffman(lengths: Array(lengths[0..<literalCount])),
                try Huffman(lengths: Array(lengths[literalCount...])))
    }

    static func codes(_ reader: inout BitReader, _ out: inout [UInt8], lengths: Huffman, distances: Huffman, limit: Int) throws {
        while true {
            let symbol = try lengths.decode(&reader)
            if symbol < 256 {
                guard out.count < limit else { throw Failure(reason: "output exceeds the limit") }
                out.append(UInt8(symbol))
            } else if symbol == 256 {
                return
            } else {
                let index = symbol - 257
                guard index < lengthBase.count else { throw Failure(reason: "invalid length code") }
                let length = lengthBase[index] + (try reader.bits(lengthExtra[index]))
                let distanceSymbol = try distances.decode(&reader)
                guard distanceSymbol < distanceBase.count else { throw Failure(reason: "invalid distance code") }
                let distance = distanceBase[distanceSymbol] + (try reader.bits(distanceExtra[distanceSymbol]))
                guard distance <= out.count else { throw Failure(reason: "distance before the start") }
                guard out.count + length <= limit else { throw Failure(reason: "output exceeds the limit") }
                let start = out.count - distance
                for i in 0..<length { out.append(out[start + i]) }
            }
        }
    }
}

