import Crypto
import Foundation

/// The SHA-256 of an attachment, as lowercase hex, from swift-crypto (the platform's one
/// cryptography library; only SM3 is written here, because swift-crypto has none).
public enum SHA256Digest {
    public static func hex<D: Sequence>(_ data: D) -> String where D.Element == UInt8 {
        if let digest = data.withContiguousStorageIfAvailable({ SHA256.hash(data: UnsafeRawBufferPointer($0)) }) {
            return hexString(digest)
        }
        var hasher = SHA256()
        var chunk: [UInt8] = []
        chunk.reserveCapacity(4096)
        for byte in data {
            chunk.append(byte)
            if chunk.count == 4096 {
                hasher.update(data: chunk)
                chunk.removeAll(keepingCapacity: true)
            }
        }
        hasher.update(data: chunk)
        return hexString(hasher.finalize())
    }

    public static func hex(_ data: Data) -> String { hexString(SHA256.hash(data: data)) }

    static func hexString<D: Sequence>(_ bytes: D) -> String where D.Element == UInt8 {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}
