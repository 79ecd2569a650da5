import Foundation

/// SM3 cryptographic hash (GB/T 32905-2016): 256-bit digest, 512-bit blocks.
///
/// Incremental use:
/// ```swift
/// var h = SM3()
/// h.update("ab")
/// h.update([0x63])
/// let digest = h.finalize()   // == SM3.hash(Array("abc".utf8))
/// ```
/// `finalize()` does not consume the hasher; more data may be fed afterwards and
/// finalised again (the result then covers everything fed so far).
public struct SM3: Sendable {
    /// Digest length in bytes.
    public static let digestByteCount = 32
    /// Block length in bytes.
    public static let blockByteCount = 64

    /// Chaining value V(i): eight 32-bit words.
    private struct State: Sendable {
        var a: UInt32 = 0x7380_166F
        var b: UInt32 = 0x4914_B2B9
        var c: UInt32 = 0x1724_42D7
        var d: UInt32 = 0xDA8A_0600
        var e: UInt32 = 0xA96F_30BC
        var f: UInt32 = 0x1631_38AA
        var g: UInt32 = 0xE38D_EE4D
        var h: UInt32 = 0xB0FB_0E4E
    }

    private var state = State()
    /// Bytes not yet compressed; only the first `bufferedCount` are meaningful.
    private var buffer = [UInt8](repeating: 0, count: SM3.blockByteCount)
    private var bufferedCount = 0
    /// Total message length in bytes (the standard limits messages to < 2^64 bits).
    private var totalByteCount: UInt64 = 0

    public init() {}

    // MARK: - Feeding data

    public mutating func update<D: Sequence>(_ data: D) where D.Element == UInt8 {
        let handled: Void? = data.withContiguousStorageIfAvailable { bytes in
            self.absorb(UnsafeRawBufferPointer(bytes))
        }
        if handled != nil { return }
        // Slow path for non-contiguous sequences: stage bytes through a block-sized chunk.
        var chunk = [UInt8]()
        chunk.reserveCapacity(SM3.blockByteCount)
        for byte in data {
            chunk.append(byte)
            if chunk.count == SM3.blockByteCount {
                chunk.withUnsafeBytes { absorb($0) }
                chunk.removeAll(keepingCapacity: true)
            }
        }
        if !chunk.isEmpty {
            chunk.withUnsafeBytes { absorb($0) }
        }
    }

    /// Feeds the UTF-8 encoding of `string`.
    public mutating func update(_ string: String) {
        var copy = string
        copy.withUTF8 { bytes in
            self.absorb(UnsafeRawBufferPointer(bytes))
        }
    }

    // MARK: - Output

    /// The 32-byte digest of everything fed so far. Does not change the hasher.
    public func finalize() -> [UInt8] {
        var copy = self
        return copy.pad()
    }

    // MARK: - One-shot helpers

    public static func hash<D: Sequence>(_ data: D) -> [UInt8] where D.Element == UInt8 {
        var hasher = SM3()
        hasher.update(data)
        return hasher.finalize()
    }

    /// Lowercase hex of SM3(UTF-8 of `string`).
    public static func hex(_ string: String) -> String {
        var hasher = SM3()
        hasher.update(string)
        return hexString(hasher.finalize())
    }

    /// Lowercase hex of SM3(`bytes`).
    public static func hex<D: Sequence>(bytes: D) -> String where D.Element == UInt8 {
        hexString(hash(bytes))
    }

    /// Lowercase hexadecimal rendering of arbitrary bytes.
    static func hexString(_ bytes: [UInt8]) -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Internals

    private mutating func absorb(_ input: UnsafeRawBufferPointer) {
        guard !input.isEmpty, let base = input.baseAddress else { return }
        totalByteCount &+= UInt64(input.count)
        var offset = 0
        let count = input.count

        // Top up a partially filled buffer first.
        if bufferedCount > 0 {
            let take = min(SM3.blockByteCount - bufferedCount, count)
            buffer.withUnsafeMutableBytes { buf in
                buf.baseAddress!.advanced(by: bufferedCount)
                    .copyMemory(from: base, byteCount: take)
            }
            bufferedCount += take
            offset = take
            if bufferedCount == SM3.blockByteCount {
                buffer.withUnsafeBytes { SM3.compress(&state, $0.baseAddress!, blocks: 1) }
                bufferedCount = 0
            }
        }

        // Compress whole blocks straight from the input.
        let wholeBlocks = (count - offset) / SM3.blockByteCount
        if wholeBlocks > 0 {
            SM3.compress(&state, base.advanced(by: offset), blocks: wholeBlocks)
            offset += wholeBlocks * SM3.blockByteCount
        }

        // Keep the tail.
        let rest = count - offset
        if rest > 0 {
            buffer.withUnsafeMutableBytes { buf in
                buf.baseAddress!.copyMemory(from: base.advanced(by: offset), byteCount: rest)
            }
            bufferedCount = rest
        }
    }

    /// Appends the padding (1 bit, zeros, 64-bit big-endian bit length) and returns the digest.
    private mutating func pad() -> [UInt8] {
        let bitLength = totalByteCount &* 8
        buffer.withUnsafeMutableBytes { buf in
            let p = buf.baseAddress!.assumingMemoryBound(to: UInt8.self)
            p[bufferedCount] = 0x80
            var used = bufferedCount + 1
            if used > 56 {
                for i in used..<64 { p[i] = 0 }
                SM3.compress(&state, UnsafeRawPointer(p), blocks: 1)
                used = 0
            }
            for i in used..<56 { p[i] = 0 }
            for i in 0..<8 {
                p[56 + i] = UInt8(truncatingIfNeeded: bitLength >> UInt64(56 - 8 * i))
            }
            SM3.compress(&state, UnsafeRawPointer(p), blocks: 1)
        }
        bufferedCount = 0

        var out = [UInt8](repeating: 0, count: SM3.digestByteCount)
        let words = [state.a, state.b, state.c, state.d, state.e, state.f, state.g, state.h]
        for (i, word) in words.enumerated() {
            out[4 * i] = UInt8(truncatingIfNeeded: word >> 24)
            out[4 * i + 1] = UInt8(truncatingIfNeeded: word >> 16)
            out[4 * i + 2] = UInt8(truncatingIfNeeded: word >> 8)
            out[4 * i + 3] = UInt8(truncatingIfNeeded: word)
        }
        return out
    }

    @inline(__always)
    private static func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 {
        (x &<< n) | (x &>> (32 &- n))
    }

    @inline(__always)
    private static func p0(_ x: UInt32) -> UInt32 { x ^ rotl(x, 9) ^ rotl(x, 17) }

    @inline(__always)
    private static func p1(_ x: UInt32) -> UInt32 { x ^ rotl(x, 15) ^ rotl(x, 23) }

    /// Compression function CF applied to `blocks` consecutive 64-byte blocks at `input`.
    private static func compress(_ v: inout State, _ input: UnsafeRawPointer, blocks: Int) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 68) { w in
            var block = input
            for _ in 0..<blocks {
                // Message expansion: W0..W67 (W'j = Wj ^ Wj+4 is formed on the fly).
                for j in 0..<16 {
                    w[j] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: 4 * j, as: UInt32.self))
                }
                for j in 16..<68 {
                    w[j] = p1(w[j - 16] ^ w[j - 9] ^ rotl(w[j - 3], 15)) ^ rotl(w[j - 13], 7) ^ w[j - 6]
                }

                var a = v.a, b = v.b, c = v.c, d = v.d
                var e = v.e, f = v.f, g = v.g, h = v.h

                // Rounds 0..15: FF = GG = X ^ Y ^ Z, T = 79cc4519.
                for j in 0..<16 {
                    let a12 = rotl(a, 12)
                    let ss1 = rotl(a12 &+ e &+ rotl(0x79CC_4519, UInt32(j)), 7)
                    let ss2 = ss1 ^ a12
                    let tt1 = (a ^ b ^ c) &+ d &+ ss2 &+ (w[j] ^ w[j + 4])
                    let tt2 = (e ^ f ^ g) &+ h &+ ss1 &+ w[j]
                    d = c
                    c = rotl(b, 9)
                    b = a
                    a = tt1
                    h = g
                    g = rotl(f, 19)
                    f = e
                    e = p0(tt2)
                }
                // Rounds 16..63: FF = majority, GG = choose, T = 7a879d8a.
                for j in 16..<64 {
                    let a12 = rotl(a, 12)
                    let ss1 = rotl(a12 &+ e &+ rotl(0x7A87_9D8A, UInt32(j & 31)), 7)
                    let ss2 = ss1 ^ a12
                    let tt1 = ((a & b) | (a & c) | (b & c)) &+ d &+ ss2 &+ (w[j] ^ w[j + 4])
                    let tt2 = ((e & f) | (~e & g)) &+ h &+ ss1 &+ w[j]
                    d = c
                    c = rotl(b, 9)
                    b = a
                    a = tt1
                    h = g
                    g = rotl(f, 19)
                    f = e
                    e = p0(tt2)
                }

                v.a ^= a; v.b ^= b; v.c ^= c; v.d ^= d
                v.e ^= e; v.f ^= f; v.g ^= g; v.h ^= h
                block = block.advanced(by: 64)
            }
        }
    }
}
