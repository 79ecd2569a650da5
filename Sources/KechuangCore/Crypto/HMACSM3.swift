import Foundation

/// HMAC (RFC 2104, GB/T 15852.2-2012 MAC algorithm 2) over SM3: a keyed hash. Without the key, nobody
/// can compute the tag of a changed message, which is what makes the audit chain tamper-evident
/// against someone who can write the database.
///
/// `HMAC(K, m) = SM3((K' ⊕ opad) ‖ SM3((K' ⊕ ipad) ‖ m))`, where `K'` is the key zero-padded to
/// SM3's 64-byte block (a longer key is first hashed with SM3), `ipad` = 0x36…, `opad` = 0x5c….
public struct HMACSM3: Sendable {
    private var inner: SM3
    private var outer: SM3

    public init<K: Sequence>(key: K) where K.Element == UInt8 {
        var block = Array(key)
        if block.count > SM3.blockByteCount { block = SM3.hash(block) }
        block += [UInt8](repeating: 0, count: SM3.blockByteCount - block.count)
        inner = SM3()
        inner.update(block.map { $0 ^ 0x36 })
        outer = SM3()
        outer.update(block.map { $0 ^ 0x5c })
    }

    public mutating func update<D: Sequence>(_ data: D) where D.Element == UInt8 {
        inner.update(data)
    }

    public mutating func update(_ string: String) {
        inner.update(string)
    }

    /// The 32-byte tag of everything fed so far.
    public func finalize() -> [UInt8] {
        var outer = self.outer
        outer.update(inner.finalize())
        return outer.finalize()
    }

    public static func authenticationCode<K: Sequence, D: Sequence>(for data: D, key: K) -> [UInt8]
    where K.Element == UInt8, D.Element == UInt8 {
        var mac = HMACSM3(key: key)
        mac.update(data)
        return mac.finalize()
    }

    /// Lowercase hex of the tag of a UTF-8 string.
    public static func hex<K: Sequence>(_ string: String, key: K) -> String where K.Element == UInt8 {
        SM3.hexString(authenticationCode(for: Array(string.utf8), key: key))
    }

    /// Lowercase hex of the tag of everything fed so far.
    public func finalizeHex() -> String {
        SM3.hexString(finalize())
    }

    /// Compares two tags in time independent of where they differ.
    public static func equalInConstantTime(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for (x, y) in zip(a, b) { difference |= x ^ y }
        return difference == 0
    }
}
