import Crypto
import Foundation
import KechuangCore

/// Hashes and checks passwords. The web layer supplies bcrypt; Identity never sees the algorithm.
public struct PasswordHashing: Sendable {
    public let hash: @Sendable (String) throws -> String
    public let verify: @Sendable (_ password: String, _ hash: String) throws -> Bool

    public init(hash: @escaping @Sendable (String) throws -> String, verify: @escaping @Sendable (String, String) throws -> Bool) {
        self.hash = hash
        self.verify = verify
    }
}

/// Encrypts sensitive fields at rest (resident ID numbers) with AES-256-GCM and a key from the
/// environment (`KECHUANG_DATA_KEY`, 32 bytes in base64). Without a key such fields are refused,
/// never stored in clear.
public struct FieldSealer: Sendable {
    let key: SymmetricKey?

    public init(base64Key: String?) {
        if let base64Key, let data = Data(base64Encoded: base64Key.trimmingCharacters(in: .whitespacesAndNewlines)), data.count == 32 {
            key = SymmetricKey(data: data)
        } else {
            key = nil
        }
    }

    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> FieldSealer {
        FieldSealer(base64Key: env["KECHUANG_DATA_KEY"])
    }

    public var isConfigured: Bool { key != nil }

    public func seal(_ plaintext: String) throws -> String {
        guard let key else { throw SealerError.noKey }
        let box = try AES.GCM.seal(Data(plaintext.utf8), using: key)
        guard let combined = box.combined else { throw SealerError.noKey }
        return combined.base64EncodedString()
    }

    public func open(_ sealed: String) throws -> String {
        guard let key else { throw SealerError.noKey }
        guard let data = Data(base64Encoded: sealed) else { throw SealerError.corrupt }
        let box = try AES.GCM.SealedBox(combined: data)
        return String(decoding: try AES.GCM.open(box, using: key), as: UTF8.self)
    }

    public enum SealerError: Error { case noKey, corrupt }
}

/// Random secrets for sessions and access tokens, and the digests stored in their place.
enum SecretToken {
    static func make(prefix: String = "") -> String {
        var rng = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &rng) }
        let b64 = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return prefix + b64
    }

    /// Stored in place of the token: a database leak reveals no usable session or token.
    static func digest(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
