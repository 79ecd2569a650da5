import Foundation
import Testing
@testable import KechuangCore

@Suite("SM3 (GB/T 32905-2016)")
struct SM3Tests {
    // MARK: Vectors from the standard (Appendix A)

    @Test func test_GBT32905_vectorABC() {
        #expect(SM3.hex("abc") == "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")
        #expect(SM3.hash(Array("abc".utf8)) == bytes(fromHex: "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"))
    }

    @Test func test_GBT32905_vector512BitMessage_abcdRepeated16Times() {
        let message = String(repeating: "abcd", count: 16)
        #expect(message.utf8.count == 64)
        #expect(SM3.hex(message) == "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732")
    }

    // MARK: Padding boundaries (reference digests produced by `openssl dgst -sm3`)

    @Test func test_emptyMessageDigest() {
        #expect(SM3.hex("") == "1ab21d8355cfa17f8e61194831e81a8f22bec8c728fefb747ed035eb5082aa2b")
        #expect(SM3.hash([UInt8]()).count == 32)
    }

    @Test(arguments: [
        (55, "288337eef51eec62e7544d7270424c8dbe656254c99852870a73b2453a6a7fb1"), // padding fits in one block
        (56, "ba00ebedaab54065a5fd4f9f56326016203166bcee3eed44ea868d59d67aa3c8"), // length field forces an extra block
        (63, "587308543551881ebd70d27ad358ff5dcdf24ac54822e2f7b7c3edce0985d21b"),
        (64, "616ec433c359e7c2b19f360e2b8f2a1b6e9ed76b8dc1a7d207b31a5341c611e9"), // exactly one block of data
        (65, "3d1d94afa238ec3e2bbc20ad504702b24c16f2889c94973f2f8da3526c44e4bc"),
    ])
    func test_paddingAroundBlockBoundary(length: Int, expected: String) {
        #expect(SM3.hex(String(repeating: "a", count: length)) == expected)
    }

    @Test func test_stringInputIsHashedAsUTF8() {
        // "科创" is e7 a7 91 e5 88 9b in UTF-8.
        #expect(SM3.hex("科创") == "1bda1a22e6e1aef73d17c2ed8f1906eebfd036bf481a7ba0e4d2a316565a42ae")
        #expect(SM3.hex(bytes: [0xE7, 0xA7, 0x91, 0xE5, 0x88, 0x9B]) == SM3.hex("科创"))
    }

    // MARK: Incremental use

    @Test func test_incrementalUpdateEqualsOneShot_forEveryChunkSize() {
        let message = pseudoRandomBytes(count: 1000, seed: 1)
        let oneShot = SM3.hash(message)
        for chunkSize in 1...130 {
            var hasher = SM3()
            var index = 0
            while index < message.count {
                let end = min(index + chunkSize, message.count)
                hasher.update(message[index..<end])
                index = end
            }
            #expect(hasher.finalize() == oneShot, "chunk size \(chunkSize)")
        }
    }

    @Test func test_incrementalUpdateEqualsOneShot_forEverySplitPoint() {
        let message = pseudoRandomBytes(count: 200, seed: 2)
        let oneShot = SM3.hash(message)
        for split in 0...message.count {
            var hasher = SM3()
            hasher.update(message[..<split])
            hasher.update([UInt8]())
            hasher.update(message[split...])
            #expect(hasher.finalize() == oneShot, "split at \(split)")
        }
    }

    @Test func test_mixedStringAndByteUpdatesEqualOneShot() {
        var hasher = SM3()
        hasher.update("ab")
        hasher.update([UInt8(ascii: "c")])
        #expect(SM3.hexString(hasher.finalize()) == "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")
    }

    @Test func test_finalizeDoesNotConsumeTheHasher() {
        var hasher = SM3()
        hasher.update("ab")
        let first = hasher.finalize()
        #expect(hasher.finalize() == first, "finalising twice gives the same digest")
        #expect(first == SM3.hash(Array("ab".utf8)))
        hasher.update("c")
        #expect(hasher.finalize() == SM3.hash(Array("abc".utf8)), "updating after finalize continues the same message")
    }

    @Test func test_allSequenceKindsGiveTheSameDigest() {
        let array = pseudoRandomBytes(count: 333, seed: 3)
        let expected = SM3.hash(array)
        var padded = [UInt8](repeating: 0xEE, count: 7) + array
        padded.append(0xEE)
        let slice = padded[7..<(7 + array.count)] // slice whose indices do not start at 0
        #expect(SM3.hash(Data(array)) == expected, "Data")
        #expect(SM3.hash(slice) == expected, "ArraySlice")
        #expect(SM3.hash(AnySequence(array)) == expected, "non-contiguous sequence")
        #expect(SM3.hash(array.lazy.map { $0 }) == expected, "lazy map")
        #expect(SM3.hex(bytes: Data(array)) == SM3.hexString(expected))
    }

    @Test func test_hexIsLowercase64Characters() {
        let hex = SM3.hex("kechuang")
        #expect(hex.count == 64)
        #expect(hex.allSatisfy { "0123456789abcdef".contains($0) })
    }

    // MARK: Cross-check against OpenSSL

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl")))
    func test_matchesOpenSSL_forEveryLengthFrom0To200() throws {
        let source = pseudoRandomBytes(count: 200, seed: 4)
        for length in 0...200 {
            let message = Array(source[..<length])
            let reference = try openSSLSM3(message)
            #expect(SM3.hex(bytes: message) == reference, "length \(length)")
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl")))
    func test_matchesOpenSSL_forOneMebibyte_oneShotAndIncremental() throws {
        let message = pseudoRandomBytes(count: 1 << 20, seed: 5)
        let reference = try openSSLSM3(message)
        #expect(SM3.hex(bytes: message) == reference)

        // Irregular chunk sizes so buffered and direct block paths interleave.
        var hasher = SM3()
        var index = 0
        var chunk = 1
        while index < message.count {
            let end = min(index + chunk, message.count)
            hasher.update(message[index..<end])
            index = end
            chunk = chunk * 7 % 1021 + 1
        }
        #expect(SM3.hexString(hasher.finalize()) == reference)
    }

    // MARK: Helpers

    /// Deterministic xorshift64* byte stream.
    private func pseudoRandomBytes(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
        var out = [UInt8]()
        out.reserveCapacity(count)
        for _ in 0..<count {
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            out.append(UInt8(truncatingIfNeeded: (state &* 0x2545_F491_4F6C_DD1D) >> 56))
        }
        return out
    }

    private func bytes(fromHex hex: String) -> [UInt8] {
        let chars = Array(hex.utf8)
        return stride(from: 0, to: chars.count, by: 2).map {
            UInt8(String(decoding: chars[$0..<($0 + 2)], as: UTF8.self), radix: 16)!
        }
    }

    /// Runs `/usr/bin/openssl dgst -sm3 -r` on `message` and returns the hex digest.
    private func openSSLSM3(_ message: [UInt8]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        process.arguments = ["dgst", "-sm3", "-r"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(message))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "openssl dgst -sm3 failed; does this OpenSSL support SM3?")
        // Output format with -r: "<hex> *stdin"
        let text = String(decoding: data, as: UTF8.self)
        return String(text.split(separator: " ").first ?? "")
    }
}
