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
