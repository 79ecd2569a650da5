import FluentKit
import Foundation
import KechuangCore
import SQLKit

/// The append-only audit log. Each entry's hash covers its fields and the previous entry's hash,
/// keyed with HMAC-SM3 under the audit key (`AuditKey`, kept outside the database), so altering,
/// removing or reordering an entry breaks the chain at that point — and someone who can write the
/// database but not read the key cannot recompute the chain after changing it. Removing entries at
/// the end is caught against a signed checkpoint (`AuditCheckpoint`).
public enum AuditChain {
    /// Appends an entry. Call inside the transaction that makes the change it records, so the
    /// change and its audit entry land together or not at all.
    ///
    /// Round trips: the node remembers the last head it wrote or read (`AuditHead`) and inserts the
    /// entry chained to it in ONE statement that inserts only if that is still the log's head
    /// (`insertIfHead`); so an append is the PostgreSQL advisory lock plus one statement (was: lock,
    /// read the head, insert), and one statement on SQLite. Whenever the remembered head is not the
    /// head — another node or the CLI appended, the transaction that wrote it rolled back, the log
    /// was re-keyed or tampered with — the statement inserts nothing and the append reads the head
    /// as before. The chain's correctness never rests on the remembered value: the database checks it.
    @discardableResult
    public static func append(_ event: AuditEvent, on db: any Database, at date: Date = Date()) async throws -> AuditEntry {
        let key = try AuditKeyring.require()
        try await Dialect.of(db).lockAuditChain(db)
        let record = AuditRecord()
        record.id = UUID()
        record.at = AuditTime.format(date)
        record.actorID = event.actorID
        record.actorLabel = event.actorLabel
        record.action = event.action
        record.objectType = event.objectType
        record.objectID = event.objectID
        record.summary = event.summary
        record.basis = event.basis?.code
        record.scheme = AuditEntry.keyedScheme
        if let head = AuditHead.shared.value, let sql = db as? any SQLDatabase {
            record.seq = head.seq + 1
            record.prevHash = head.hash
            record.hash = record.computedHash(key: key)
            if try await insertIfHead(record, head: head, on: sql) {
                AuditHead.shared.value = (record.seq, record.hash)
                return try record.toEntry()
            }
        }
        let head = try await AuditRecord.query(on: db).sort(\.$seq, .descending).first()
        record.seq = (head?.seq ?? 0) + 1
        record.prevHash = head?.hash ?? AuditEntry.genesisHash
        record.hash = record.computedHash(key: key)
        try await record.create(on: db)
        AuditHead.shared.value = (record.seq, record.hash)
        return try record.toEntry()
    }

    /// Inserts `record` (already chained to `head`) only if `head` is the log's last entry: the
    /// entry at `head.seq` has `head.hash` and none comes after it. True when it inserted.
    static func insertIfHead(_ record: AuditRecord, head: (seq: Int64, hash: String), on sql: any SQLDatabase) async throws -> Bool {
        func optional(_ value: (some Encodable & Sendable)?) -> any SQLExpression { value.map { SQLBind($0) } ?? SQLLiteral.null }
        let rows = try await sql.raw("""
            INSERT INTO \(ident: AuditRecord.schema) (id, seq, at, actor_id, actor_label, action, object_type, object_id, summary, basis, prev_hash, hash, scheme)
            SELECT \(bind: try record.requireID()), \(bind: record.seq), \(bind: record.at), \(optional(record.actorID)), \(bind: record.actorLabel),
                   \(bind: record.action), \(bind: record.objectType), \(bind: record.objectID), \(bind: record.summary), \(optional(record.basis)),
                   \(bind: record.prevHash), \(bind: record.hash), \(bind: AuditEntry.keyedScheme)
            WHERE EXISTS (SELECT 1 FROM \(ident: AuditRecord.schema) WHERE seq = \(bind: head.seq) AND hash = \(bind: head.hash))
              AND NOT EXISTS (SELECT 1 FROM \(ident: AuditRecord.schema) WHERE seq > \(bind: head.seq))
            RETURNING id
            """).all()
        return !rows.isEmpty
    }

    /// Appends an entry in a transaction of its own (for events that change nothing else, like a login).
    @discardableResult
    public static func record(_ event: AuditEvent, on db: any Database) async throws -> AuditEntry {
        try await withWriteTransaction(on: db) { tx in try await append(event, on: tx) }
    }

    public struct Filter: Sendable {
        public var actor: String?
        public var object: String?
        public var from: Date?
        public var until: Date?

        public init(actor: String? = nil, object: String? = nil, from: Date? = nil, until: Date? = nil) {
            self.actor = actor
            self.object = object
            self.from = from
            self.until = until
        }
    }

    /// Newest first. `actor` matches the actor's label or id, `object` the object's type or id.
    public static func list(_ filter: Filter, limit: Int, offset: Int = 0, on db: any Database) async throws -> [AuditEntry] {
        let query = AuditRecord.query(on: db)
        if let actor = filter.actor?.trimmingCharacters(in: .whitespaces), !actor.isEmpty {
            if let id = UUID(uuidString: actor) {
                query.filter(\.$actorID == id)
            } else {
                query.filter(\.$actorLabel == actor)
            }
        }
        if let object = filter.object?.trimmingCharacters(in: .whitespaces), !object.isEmpty {
            query.group(.or) { $0.filter(\.$objectType == object).filter(\.$objectID == object) }
        }
        if let from = filter.from { query.filter(\.$at >= AuditTime.format(from)) }
        if let until = filter.until { query.filter(\.$at < AuditTime.format(until)) }
        return try await query.sort(\.$seq, .descending).range(offset..<(offset + limit)).all().map { try $0.toEntry() }
    }

    public enum Problem: Sendable, Equatable, CustomStringConvertible {
        /// The entry's content no longer matches its (keyed) hash.
        case altered(seq: Int64)
        /// One or more entries before this one are missing.
        case removed(before: Int64)
        /// The entry does not follow the one before it.
        case reordered(seq: Int64)
        /// A row with a position no entry can have (zero or negative): inserted by hand.
        case outsideChain(seq: Int64)
        /// The entry carries only a plain SM3 hash, which anyone can recompute: written before keyed
        /// hashing (run `kechuang audit rekey` once after upgrading) or rewritten to look so.
        case unkeyed(seq: Int64)
        /// The log ends before the entry a signed checkpoint saw: entries were removed from the end.
        case truncated(head: Int64, checkpointSeq: Int64)
        /// The entry at the checkpoint's position is not the one the checkpoint signed: the log was rebuilt.
        case divergesFromCheckpoint(seq: Int64)
        /// The checkpoint's signature does not verify with this installation's audit key.
        case checkpointSignatureInvalid

        public var description: String {
            switch self {
            case .altered(let seq): "entry \(seq) was altered: its content does not match its hash"
            case .removed(let seq): "entries are missing before entry \(seq)"
            case .reordered(let seq): "entry \(seq) is out of order: it does not follow the entry before it"
            case .outsideChain(let seq): "a row at position \(seq) lies outside the chain: it was inserted by hand"
            case .unkeyed(let seq): "entry \(seq) has only a plain SM3 hash, not a keyed one: it predates keyed hashing (run `kechuang audit rekey` once) or was rewritten"
            case .truncated(let head, let seq): "entries were removed from the end: the log ends at entry \(head) but the signed checkpoint saw entry \(seq)"
            case .divergesFromCheckpoint(let seq): "entry \(seq) is not the entry the signed checkpoint saw: the log was rewritten"
            case .checkpointSignatureInvalid: "the checkpoint's signature is not valid for this installation's audit key: it was forged or altered"
            }
        }
    }

    public struct Verification: Sendable, Equatable {
        public let count: Int
        public let problem: Problem?
        public var isIntact: Bool { problem == nil }

        public init(count: Int, problem: Problem?) {
            self.count = count
            self.problem = problem
        }
    }

    /// Walks the chain in sequence order, a page at a time, and stops at the first broken link. Every
    /// entry's hash is recomputed under `key` (the installed audit key unless given); with a
    /// `checkpoint`, its signature is checked first and the log must still reach it, unchanged.
    /// Without a key the check cannot run, and throws.
    public static func verify(
        on db: any Database, key: AuditKey? = nil, checkpoint: AuditCheckpoint? = nil, pageSize: Int = 2_000
    ) async throws -> Verification {
        let key = try key ?? AuditKeyring.require()
        if let checkpoint, !checkpoint.hasValidSignature(for: key) {
            return Verification(count: 0, problem: .checkpointSignatureInvalid)
        }
        // A row placed before the first position is outside the chain: nothing links to it.
        if let stray = try await AuditRecord.query(on: db).filter(\.$seq < 1).sort(\.$seq).first() {
            return Verification(count: 0, problem: .outsideChain(seq: stray.seq))
        }
        var expectedSeq: Int64 = 1
        var prevHash = AuditEntry.genesisHash
        var count = 0
        var hashAtCheckpoint: String? = checkpoint?.seq == 0 ? AuditEntry.genesisHash : nil
        while true {
            let page = try await AuditRecord.query(on: db)
                .filter(\.$seq >= expectedSeq).sort(\.$seq).limit(pageSize).all()
            for row in page {
                if row.seq != expectedSeq {
                    return Verification(count: count, problem: .removed(before: row.seq))
                }
                guard let scheme = row.scheme else {
                    return Verification(count: count, problem: .unkeyed(seq: row.seq))
                }
                if scheme != AuditEntry.keyedScheme || row.computedHash(key: key) != row.hash {
                    return Verification(count: count, problem: .altered(seq: row.seq))
                }
                if row.prevHash != prevHash {
                    // The row is internally consistent but chained to something else: it was
                    // moved (reordered) or the entry before it was replaced.
                    return Verification(count: count, problem: .reordered(seq: row.seq))
                }
                if row.seq == checkpoint?.seq { hashAtCheckpoint = row.hash }
                prevHash = row.hash
                expectedSeq += 1
                count += 1
            }
            if page.count < pageSize { break }
        }
        if let checkpoint {
            let head = expectedSeq - 1
            if head < checkpoint.seq {
                return Verification(count: count, problem: .truncated(head: head, checkpointSeq: checkpoint.seq))
            }
            if hashAtCheckpoint != checkpoint.hash {
                return Verification(count: count, problem: .divergesFromCheckpoint(seq: checkpoint.seq))
            }
        }
        return Verification(count: count, problem: nil)
    }

    public struct RekeyRefused: Error, CustomStringConvertible {
        public let problem: Problem
        public var description: String { "Not re-keyed: the log is broken before re-keying (\(problem)). Investigate it first." }
    }

    /// One-time upgrade of a log written before keyed hashing: checks the old entries against their
    /// plain SM3 chain (and any keyed entries after them against the key), refuses if anything is
    /// broken, then rewrites every hash from the first unkeyed entry on with the keyed scheme, in one
    /// transaction, and records that it did. Returns how many entries were re-keyed (0: nothing to do).
    /// A plain entry after a keyed one is a downgrade, not an old entry, and is refused.
    public static func rekey(on db: any Database, key: AuditKey? = nil, by actor: AuditActor = .system) async throws -> Int {
        let key = try key ?? AuditKeyring.require()
        return try await withWriteTransaction(on: db) { tx in
            try await Dialect.of(tx).lockAuditChain(tx)
            let rows = try await AuditRecord.query(on: tx).sort(\.$seq).all()
            guard let firstPlain = rows.firstIndex(where: { $0.scheme == nil }) else { return 0 }
            var prevHash = AuditEntry.genesisHash
            var seenKeyed = false
            for (index, row) in rows.enumerated() {
                let problem: Problem?
                if row.seq != Int64(index + 1) {
                    problem = row.seq < 1 ? .outsideChain(seq: row.seq) : .removed(before: row.seq)
                } else if row.scheme == nil ? (seenKeyed || row.computedHash(key: nil) != row.hash)
                            : (row.scheme != AuditEntry.keyedScheme || row.computedHash(key: key) != row.hash) {
                    problem = row.scheme == nil && seenKeyed ? .unkeyed(seq: row.seq) : .altered(seq: row.seq)
                } else if row.prevHash != prevHash {
                    problem = .reordered(seq: row.seq)
                } else {
                    problem = nil
                }
                if let problem { throw RekeyRefused(problem: problem) }
                if row.scheme != nil { seenKeyed = true }
                prevHash = row.hash
            }
            prevHash = firstPlain == 0 ? AuditEntry.genesisHash : rows[firstPlain - 1].hash
            for row in rows[firstPlain...] {
                row.prevHash = prevHash
                row.scheme = AuditEntry.keyedScheme
                row.hash = row.computedHash(key: key)
                try await row.update(on: tx)
                prevHash = row.hash
            }
            let count = rows.count - firstPlain
            try await append(AuditEvent(
                actor: actor, action: "audit.rekeyed", objectType: "audit_log", objectID: "1-\(rows.count)",
                summary: "Re-keyed \(count) entries written before keyed hashing (HMAC-SM3)"), on: tx)
            return count
        }
    }
}

extension AuditChain {
    public static func count(on db: any Database) async throws -> Int {
        try await AuditRecord.query(on: db).count()
    }
}

/// The last audit head this node wrote or read (`AuditChain.append`): a hint that saves reading
/// the head before each append, checked by the database on every use and never trusted.
final class AuditHead: @unchecked Sendable {
    static let shared = AuditHead()
    private let lock = NSLock()
    private var head: (seq: Int64, hash: String)?

    var value: (seq: Int64, hash: String)? {
        get { lock.withLock { head } }
        set { lock.withLock { head = newValue } }
    }
}
