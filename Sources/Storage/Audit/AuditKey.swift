import Crypto
import Foundation
import KechuangCore

/// The secret that keys the audit chain. It lives outside the database (an environment variable or a
/// key file), so someone who can write the database — but not read the key — cannot recompute the
/// hash of an entry they changed. From it come:
/// - the HMAC-SM3 key of every entry's hash (`AuditEntry.chainHash`), and
/// - the Ed25519 key that signs head checkpoints (`AuditCheckpoint`), derived as
///   `Ed25519 seed = HMAC-SM3(key, "kechuang audit checkpoint signing key/1")`.
public struct AuditKey: Sendable, Equatable {
    public static let byteCount = 32
    public let bytes: [UInt8]

    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    public init(bytes: [UInt8]) throws {
        guard bytes.count == Self.byteCount else {
            throw Invalid(description: "An audit key is \(Self.byteCount) bytes (base64 in KECHUANG_AUDIT_KEY or the key file); this one has \(bytes.count).")
        }
        self.bytes = bytes
    }

    public init(base64: String) throws {
        guard let data = Data(base64Encoded: base64.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw Invalid(description: "The audit key is not base64 (expected 32 random bytes, e.g. from `openssl rand -base64 32`).")
        }
        try self.init(bytes: Array(data))
    }

    /// A new random key.
    public static func random() -> AuditKey {
        let key = SymmetricKey(size: .bits256)
        let bytes = key.withUnsafeBytes { Array($0) }
        // 32 bytes by construction.
        return AuditKey(unchecked: bytes)
    }

    private init(unchecked bytes: [UInt8]) { self.bytes = bytes }

    public var base64: String { Data(bytes).base64EncodedString() }

    /// HMAC-SM3 of `input` under this key, lowercase hex.
    func tag(_ input: String) -> String { HMACSM3.hex(input, key: bytes) }

    var signingKey: Curve25519.Signing.PrivateKey {
        get throws {
            let seed = HMACSM3.authenticationCode(for: Array("kechuang audit checkpoint signing key/1".utf8), key: bytes)
            return try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        }
    }

    /// The checkpoint-signing public key (base64), which may be published so that others can check checkpoints.
    public var publicKeyBase64: String {
        get throws { try signingKey.publicKey.rawRepresentation.base64EncodedString() }
    }
}

/// Where the audit key comes from. `KECHUANG_AUDIT_KEY` (base64, 32 bytes), else the file named by
/// `KECHUANG_AUDIT_KEY_FILE`, else a default key file outside the database: beside an SQLite file
/// (`kechuang-audit.key` in its folder), or `./data/kechuang-audit.key` for PostgreSQL. Commands
/// that write create that default file when it is missing (mode 0600) and say so loudly; a
/// production installation sets one of the two variables and keeps the key away from the database
/// and its backups.
public struct AuditKeySource: Sendable {
    public let key: AuditKey
    /// Where it was read from, for logs: never the key itself.
    public let origin: String
    /// True when this call generated a new key file.
    public let generated: Bool

    public struct Missing: Error, CustomStringConvertible {
        public let path: String
        public var description: String {
            "No audit key: set KECHUANG_AUDIT_KEY (32 bytes, base64) or KECHUANG_AUDIT_KEY_FILE; the default key file \(path) does not exist. The key that wrote the log is needed to verify it."
        }
    }

    public static func defaultKeyFile(for database: DatabaseURL) -> String {
        switch database {
        case .sqlite(let path) where path != ":memory:":
            return URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("kechuang-audit.key").path
        default:
            return "./data/kechuang-audit.key"
        }
    }

    public static func resolve(
        environment: [String: String] = ProcessInfo.processInfo.environment, database: DatabaseURL, createIfMissing: Bool
    ) throws -> AuditKeySource {
        if let text = environment["KECHUANG_AUDIT_KEY"], !text.isEmpty {
            return AuditKeySource(key: try AuditKey(base64: text), origin: "KECHUANG_AUDIT_KEY", generated: false)
        }
        if let path = environment["KECHUANG_AUDIT_KEY_FILE"], !path.isEmpty {
            return AuditKeySource(key: try read(path), origin: path, generated: false)
        }
        let path = defaultKeyFile(for: database)
        if FileManager.default.fileExists(atPath: path) {
            return AuditKeySource(key: try read(path), origin: path, generated: false)
        }
        guard createIfMissing else { throw Missing(path: path) }
        let key = AuditKey.random()
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        // O_EXCL: when two processes start at once, one creates the file and both use its key.
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        if fd < 0 {
            if errno == EEXIST {
                Thread.sleep(forTimeInterval: 0.2)
                return AuditKeySource(key: try read(path), origin: path, generated: false)
            }
            throw AuditKey.Invalid(description: "Cannot create the audit key file \(path) (errno \(errno)).")
        }
        let text = Array((key.base64 + "\n").utf8)
        let written = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        fsync(fd)
        close(fd)
        guard written == text.count else {
            throw AuditKey.Invalid(description: "Cannot write the audit key file \(path).")
        }
        return AuditKeySource(key: key, origin: path, generated: true)
    }

    static func read(_ path: String) throws -> AuditKey {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw AuditKey.Invalid(description: "Cannot read the audit key file \(path).")
        }
        do {
            return try AuditKey(base64: String(decoding: data, as: UTF8.self))
        } catch let error as AuditKey.Invalid {
            throw AuditKey.Invalid(description: "\(path): \(error.description)")
        }
    }
}

/// The key this process appends audit entries with: one per process, installed at start
/// (`KechuangApp.configure`). Appending without one fails: an entry is never written unkeyed.
public enum AuditKeyring {
    nonisolated(unsafe) private static var key: AuditKey?
    private static let lock = NSLock()

    public static func install(_ key: AuditKey) {
        lock.withLock { Self.key = key }
    }

    public static var installed: AuditKey? { lock.withLock { key } }

    public struct NotInstalled: Error, CustomStringConvertible {
        public init() {}
        public var description: String {
            "No audit key is installed in this process; audit entries cannot be written (see KECHUANG_AUDIT_KEY)."
        }
    }

    static func require() throws -> AuditKey {
        guard let key = installed else { throw NotInstalled() }
        return key
    }
}
