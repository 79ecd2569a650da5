import ArgumentParser
import Foundation
import KechuangApp
import Logging
import Storage
import Vapor

/// The directory where `kechuang serve` and `kechuang audit checkpoint` write signed head checkpoints:
/// `KECHUANG_AUDIT_CHECKPOINT_DIR`, else `./data/audit-checkpoints`. Keep it away from the database.
func auditCheckpointDirectory(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    environment["KECHUANG_AUDIT_CHECKPOINT_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "./data/audit-checkpoints"
}

/// Writes a signed checkpoint of the audit chain's head: on start, every interval
/// (`KECHUANG_AUDIT_CHECKPOINT_INTERVAL` seconds, default and at most 3600) and on shutdown.
struct AuditCheckpointer: Sendable {
    let app: Application
    let key: AuditKey
    let directory: String
    let interval: Int

    init(app: Application, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        self.app = app
        guard let key = AuditKeyring.installed else { throw AuditKeyring.NotInstalled() }
        self.key = key
        self.directory = auditCheckpointDirectory(environment)
        let asked = environment["KECHUANG_AUDIT_CHECKPOINT_INTERVAL"].flatMap { Int($0.trimmingCharacters(in: .whitespaces)) } ?? 3600
        self.interval = min(max(asked, 1), 3600)
    }

    /// Writes one; a failure is logged as an error (the platform keeps serving) and retried next time.
    func write(reason: String) async {
        do {
            let checkpoint = try await AuditCheckpoint.ofHead(on: app.db, key: key)
            let path = try checkpoint.write(toDirectory: directory)
            app.logger.info("audit checkpoint written", metadata: [
                "reason": .string(reason), "seq": .stringConvertible(checkpoint.seq), "path": .string(path)])
        } catch {
            app.logger.error("audit checkpoint could not be written", metadata: [
                "reason": .string(reason), "directory": .string(directory), "error": .string(String(describing: error))])
        }
    }

    func runPeriodically() async {
        while !Task.isCancelled {
            do { try await Task.sleep(nanoseconds: UInt64(interval) * 1_000_000_000) } catch { return }
            await write(reason: "scheduled")
        }
    }
}

struct Audit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Work with the audit log.", subcommands: [Verify.self, Checkpoint.self, Rekey.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every entry's keyed hash (HMAC-SM3) and the chain; report the first entry that was altered, removed or reordered.",
            discussion: """
                With --checkpoint FILE (or a directory: its latest checkpoint), the checkpoint's Ed25519 signature is \
                checked and the log must still reach the entry it signed, with the same hash: entries removed from the end \
                or a rebuilt log are caught. The audit key comes from KECHUANG_AUDIT_KEY, KECHUANG_AUDIT_KEY_FILE or the \
                default key file. Exit code 0 when intact, 1 when broken or when the check cannot run.
                """)
        @OptionGroup var database: DatabaseOptions
        @ArgumentParser.Option(help: "A signed checkpoint file written by `kechuang serve` or `kechuang audit checkpoint`, or a directory of them.")
        var checkpoint: String?

        func run() async throws {
            var signed: AuditCheckpoint?
            if let checkpoint {
                do { signed = try AuditCheckpoint.read(checkpoint) } catch {
                    printError(String(describing: error))
                    throw ExitCodes.failure
                }
            }
            try await withApplication(database, createAuditKey: false) { app in
                let result = try await AuditChain.verify(on: app.db, checkpoint: signed)
                if let problem = result.problem {
                    print("BROKEN: \(problem) (\(result.count) entries verified before it)")
                    throw ExitCodes.failure
                }
                if let signed {
                    print("OK: \(result.count) entries, chain intact, keyed hashes valid; reaches signed checkpoint \(signed.seq) of \(signed.time)")
                } else {
                    print("OK: \(result.count) entries, chain intact, keyed hashes valid")
                }
            }
        }
    }

    struct Checkpoint: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a signed checkpoint of the audit chain's head now (kechuang serve also does so on start, hourly and on shutdown).")
        @OptionGroup var database: DatabaseOptions
        @ArgumentParser.Option(help: "Directory to write to. Default: $KECHUANG_AUDIT_CHECKPOINT_DIR, else ./data/audit-checkpoints.")
        var dir: String?

        func run() async throws {
            try await withApplication(database, createAuditKey: false) { app in
                guard let key = AuditKeyring.installed else { throw AuditKeyring.NotInstalled() }
                let checkpoint = try await AuditCheckpoint.ofHead(on: app.db, key: key)
                let path = try checkpoint.write(toDirectory: dir ?? auditCheckpointDirectory())
                print("Checkpoint of entry \(checkpoint.seq) written to \(path)")
            }
        }
    }

    struct Rekey: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Once, after upgrading: re-key entries written before keyed hashing (plain SM3) with the audit key.",
            discussion: "Refuses when the old chain is broken. Records an audit entry. Nothing to do on a log written with keys from the start.")
        @OptionGroup var database: DatabaseOptions

        func run() async throws {
            try await withApplication(database) { app in
                do {
                    let count = try await AuditChain.rekey(on: app.db)
                    print(count == 0 ? "Nothing to re-key: every entry is keyed." : "Re-keyed \(count) entries.")
                } catch let error as AuditChain.RekeyRefused {
                    printError(error.description)
                    throw ExitCodes.failure
                }
            }
        }
    }
}
