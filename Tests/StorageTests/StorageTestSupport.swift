import FluentKit
import Foundation
import KechuangCore
import SQLKit
import Storage

/// Raw SQL access, to play the part of someone who edits the database behind the platform's back.
func sql(_ db: any Database) -> any SQLDatabase {
    db as! any SQLDatabase
}

/// Number of rows in `table`, counted with raw SQL rather than through the code under test.
func rowCount(_ table: String, on db: any Database) async throws -> Int {
    let row = try await sql(db).raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()
    return try row?.decode(column: "n", as: Int.self) ?? -1
}

/// An audit event numbered `n`, so each entry of a test chain is distinguishable.
func auditEvent(_ n: Int, actor: String = "tester", basis: LegalBasis? = nil) -> AuditEvent {
    AuditEvent(
        actorID: nil, actorLabel: actor, action: "test.event", objectType: "thing", objectID: "thing-\(n)",
        summary: "event number \(n)", basis: basis)
}

/// Appends `count` entries, each in its own transaction, and returns them in order.
@discardableResult
func appendEntries(_ count: Int, on db: any Database) async throws -> [AuditEntry] {
    var entries: [AuditEntry] = []
    for n in 1...count {
        entries.append(try await AuditChain.record(auditEvent(n), on: db))
    }
    return entries
}

func isLowercaseHex(_ s: String, length: Int) -> Bool {
    s.count == length && s.allSatisfy { "0123456789abcdef".contains($0) }
}

struct Boom: Error, Equatable {}

/// Plays the insider who can write the database: recomputes every hash from entry `seq` on with plain
/// SM3 (`key` nil) or HMAC-SM3 under `key`, re-chaining each row to the one before, and sets `scheme`.
func recomputeChain(from seq: Int64, on db: any Database, key: [UInt8]?, scheme: String?) async throws {
    let rows = try await sql(db).raw("""
        SELECT seq, id, \(ident: "at") AS stamp, actor_id, actor_label, action, object_type, object_id, summary, basis, hash
        FROM audit_log ORDER BY seq
        """).all()
    var prevHash = String(repeating: "0", count: 64)
    for row in rows {
        let rowSeq = try row.decode(column: "seq", as: Int64.self)
        guard rowSeq >= seq else {
            prevHash = try row.decode(column: "hash", as: String.self)
            continue
        }
        let fields = [
            try row.decode(column: "id", as: UUID.self).uuidString.lowercased(),
            try row.decode(column: "stamp", as: String.self),
            try row.decode(column: "actor_id", as: UUID?.self)?.uuidString.lowercased() ?? "",
            try row.decode(column: "actor_label", as: String.self),
            try row.decode(column: "action", as: String.self),
            try row.decode(column: "object_type", as: String.self),
            try row.decode(column: "object_id", as: String.self),
            try row.decode(column: "summary", as: String.self),
            try row.decode(column: "basis", as: String?.self) ?? "",
            prevHash,
        ]
        let input = fields.map { "\($0.utf8.count):\($0);" }.joined()
        let hash = key.map { HMACSM3.hex(input, key: $0) } ?? SM3.hex(input)
        try await sql(db).raw("""
            UPDATE audit_log SET prev_hash = \(bind: prevHash), hash = \(bind: hash), scheme = \(bind: scheme) WHERE seq = \(bind: rowSeq)
            """).run()
        prevHash = hash
    }
}
