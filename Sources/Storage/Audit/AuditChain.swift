import FluentKit
import Foundation
import KechuangCore

/// The append-only audit log. Each entry's hash covers its fields and the previous entry's hash
/// (SM3), so altering, removing or reordering an entry breaks the chain at that point.
public enum AuditChain {
    /// Appends an entry. Call inside the transaction that makes the change it records, so the
    /// change and its audit entry land together or not at all.
    @discardableResult
    public static func append(_ event: AuditEvent, on db: any Database, at date: Date = Date()) async throws -> AuditEntry {
        try await Dialect.of(db).lockAuditChain(db)
        let head = try await AuditRecord.query(on: db).sort(\.$seq, .descending).first()
        let record = AuditRecord()
        record.id = UUID()
        record.seq = (head?.seq ?? 0) + 1
        record.at = AuditTime.format(date)
        record.actorID = event.actorID
        record.actorLabel = event.actorLabel
        record.action = event.action
        record.objectType = event.objectType
        record.objectID = event.objectID
        record.summary = event.summary
        record.basis = event.basis?.code
        record.prevHash = head?.hash ?? AuditEntry.genesisHash
        record.hash = record.computedHash
        try await record.create(on: db)
        return record.toEntry()
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
        return try await query.sort(\.$seq, .descending).range(offset..<(offset + limit)).all().map { $0.toEntry() }
    }

    public enum Problem: Sendable, Equatable, CustomStringConvertible {
        /// The entry's content no longer matches its hash.
        case altered(seq: Int64)
        /// One or more entries before this one are missing.
        case removed(before: Int64)
        /// The entry does not follow the one before it.
        case reordered(seq: Int64)
        /// A row with a position no entry can have (zero or negative): inserted by hand.
        case outsideChain(seq: Int64)

        public var description: String {
            switch self {
            case .altered(let seq): "entry \(seq) was altered: its content does not match its hash"
            case .removed(let seq): "entries are missing before entry \(seq)"
            case .reordered(let seq): "entry \(seq) is out of order: it does not follow the entry before it"
            case .outsideChain(let seq): "a row at position \(seq) lies outside the chain: it was inserted by hand"
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

    /// Walks the chain in sequence order, a page at a time, and stops at the first broken link.
    public static func verify(on db: any Database, pageSize: Int = 2_000) async throws -> Verification {
        // A row placed before the first position is outside the chain: nothing links to it.
        if let stray = try await AuditRecord.query(on: db).filter(\.$seq < 1).sort(\.$seq).first() {
            return Verification(count: 0, problem: .outsideChain(seq: stray.seq))
        }
        var expectedSeq: Int64 = 1
        var prevHash = AuditEntry.genesisHash
        var count = 0
        while true {
            let page = try await AuditRecord.query(on: db)
                .filter(\.$seq >= expectedSeq).sort(\.$seq).limit(pageSize).all()
            for row in page {
                if row.seq != expectedSeq {
                    return Verification(count: count, problem: .removed(before: row.seq))
                }
                if row.computedHash != row.hash {
                    return Verification(count: count, problem: .altered(seq: row.seq))
                }
                if row.prevHash != prevHash {
                    // The row is internally consistent but chained to something else: it was
                    // moved (reordered) or the entry before it was replaced.
                    return Verification(count: count, problem: .reordered(seq: row.seq))
                }
                prevHash = row.hash
                expectedSeq += 1
                count += 1
            }
            if page.count < pageSize { return Verification(count: count, problem: nil) }
        }
    }
}

extension AuditChain {
    public static func count(on db: any Database) async throws -> Int {
        try await AuditRecord.query(on: db).count()
    }
}
