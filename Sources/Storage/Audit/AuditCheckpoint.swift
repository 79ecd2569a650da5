import Crypto
import FluentKit
import Foundation

/// A signed statement of the chain's head at a moment: "the log had `seq` entries and the last one's
/// hash was `hash`". Written outside the database (`kechuang serve` does so on start, at least hourly
/// and on shutdown), it lets `kechuang audit verify --checkpoint FILE` notice entries removed from the
/// end of the log, or a log rebuilt from some entry on — neither of which the chain alone can show.
///
/// The file is small JSON: `{"hash": …, "seq": …, "signature": …, "time": …}`. The signature is
/// Ed25519 (key derived from the audit key) over `kechuang-audit-checkpoint/1\n<seq>\n<hash>\n<time>`.
public struct AuditCheckpoint: Codable, Sendable, Equatable {
    public var seq: Int64
    public var hash: String
    public var time: String
    public var signature: String

    public struct Unreadable: Error, CustomStringConvertible {
        public let description: String
    }

    static func message(seq: Int64, hash: String, time: String) -> Data {
        Data("kechuang-audit-checkpoint/1\n\(seq)\n\(hash)\n\(time)".utf8)
    }

    public static func sign(seq: Int64, hash: String, at date: Date, key: AuditKey) throws -> AuditCheckpoint {
        let time = AuditTime.format(date)
        let signature = try key.signingKey.signature(for: message(seq: seq, hash: hash, time: time))
        return AuditCheckpoint(seq: seq, hash: hash, time: time, signature: signature.base64EncodedString())
    }

    /// Whether the signature was made with `key` over exactly these fields.
    public func hasValidSignature(for key: AuditKey) -> Bool {
        guard let signature = Data(base64Encoded: signature), let signing = try? key.signingKey else { return false }
        return signing.publicKey.isValidSignature(signature, for: Self.message(seq: seq, hash: hash, time: time))
    }

    /// A checkpoint of the chain's head now (seq 0 and the genesis hash for an empty log).
    public static func ofHead(on db: any Database, key: AuditKey, at date: Date = Date()) async throws -> AuditCheckpoint {
        let head = try await AuditRecord.query(on: db).sort(\.$seq, .descending).first()
        return try sign(seq: head?.seq ?? 0, hash: head?.hash ?? AuditEntry.genesisHash, at: date, key: key)
    }

    /// Writes `checkpoint-<seq>-<time>.json` into `directory` (created if needed), atomically, and returns its path.
    @discardableResult
    public func write(toDirectory directory: String) throws -> String {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let stamp = time.filter { $0.isNumber }
        let path = URL(fileURLWithPath: directory)
            .appendingPathComponent(String(format: "checkpoint-%012lld-%@.json", seq, stamp)).path
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
        return path
    }

    /// Reads a checkpoint file; given a directory, the checkpoint with the highest `seq` in it (the latest one).
    public static func read(_ path: String) throws -> AuditCheckpoint {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Unreadable(description: "No checkpoint at \(path).")
        }
        if isDirectory.boolValue {
            let names = try FileManager.default.contentsOfDirectory(atPath: path)
                .filter { $0.hasPrefix("checkpoint-") && $0.hasSuffix(".json") }
            let checkpoints = try names.map { try read(URL(fileURLWithPath: path).appendingPathComponent($0).path) }
            guard let latest = checkpoints.max(by: { ($0.seq, $0.time) < ($1.seq, $1.time) }) else {
                throw Unreadable(description: "No checkpoint-*.json files in \(path).")
            }
            return latest
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Unreadable(description: "Cannot read the checkpoint \(path).")
        }
        do {
            return try JSONDecoder().decode(AuditCheckpoint.self, from: data)
        } catch {
            throw Unreadable(description: "\(path) is not a checkpoint ({seq, hash, time, signature}): \(error)")
        }
    }
}
