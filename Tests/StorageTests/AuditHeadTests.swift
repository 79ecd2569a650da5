import FluentKit
import Foundation
import KechuangCore
import KechuangTestSupport
import SQLKit
import Testing
@testable import Storage

/// An append remembers the head it wrote and next time inserts chained to it in one statement
/// that inserts only if it is still the head; the database decides, never the remembered value.
@Suite("Audit chain: the remembered head")
struct AuditHeadTests {
    /// Another app node (or the CLI) appended since: the remembered head is no longer the head.
    @Test func test_audit_appendAfterAnotherNodeAppended_chainsToTheRealHead() async throws {
        try await withTestDatabase { t in
            let entries = try await appendEntries(3, on: t.db)
            AuditHead.shared.value = (entries[1].seq, entries[1].hash)  // stale: entry 3 came after it
            let next = try await AuditChain.record(auditEvent(4), on: t.db)
            #expect(next.seq == 4)
            #expect(next.prevHash == entries[2].hash)
            #expect(try await AuditChain.verify(on: t.db).isIntact)
        }
    }

    /// The transaction that wrote the remembered head rolled back: that head does not exist.
    @Test func test_audit_appendAfterARolledBackAppend_chainsToTheCommittedHead() async throws {
        try await withTestDatabase { t in
            let entries = try await appendEntries(2, on: t.db)
            await #expect(throws: Boom.self) {
                try await withWriteTransaction(on: t.db) { tx in
                    try await AuditChain.append(auditEvent(3), on: tx)
                    throw Boom()
                }
            }
            let next = try await AuditChain.record(auditEvent(4), on: t.db)
            #expect(next.seq == 3)
            #expect(next.prevHash == entries[1].hash)
            #expect(try await AuditChain.verify(on: t.db).isIntact)
        }
    }

    @Test func test_audit_insertIfHead_insertsOnlyWhenTheGivenEntryIsTheLast() async throws {
        try await withTestDatabase { t in
            let key = try AuditKeyring.require()
            let entries = try await appendEntries(2, on: t.db)
            func record(after head: AuditEntry, actorID: UUID?, basis: String?) -> AuditRecord {
                let r = AuditRecord()
                r.id = UUID()
                r.seq = head.seq + 1
                r.at = AuditTime.format(Date())
                r.actorID = actorID
                r.actorLabel = "tester"
                r.action = "test.appended"
                r.objectType = "test"
                r.objectID = "x"
                r.summary = "one statement"
                r.basis = basis
                r.prevHash = head.hash
                r.scheme = AuditEntry.keyedScheme
                r.hash = r.computedHash(key: key)
                return r
            }
            // Not the head (entry 2 follows entry 1): nothing is inserted.
            #expect(try await AuditChain.insertIfHead(record(after: entries[0], actorID: nil, basis: nil), head: (entries[0].seq, entries[0].hash), on: sql(t.db)) == false)
            // The head, with and without the optional columns.
            let withActor = record(after: entries[1], actorID: UUID(), basis: "50(1)")
            #expect(try await AuditChain.insertIfHead(withActor, head: (entries[1].seq, entries[1].hash), on: sql(t.db)))
            let third = try #require(try await AuditChain.list(.init(), limit: 1, on: t.db).first)
            #expect(third.seq == 3 && third.actorID == withActor.actorID && third.basis == .art(50, 1))
            #expect(try await AuditChain.insertIfHead(record(after: third, actorID: nil, basis: nil), head: (third.seq, third.hash), on: sql(t.db)))
            // A head with the right position but another hash (the row was rewritten) is not the head.
            #expect(try await AuditChain.insertIfHead(record(after: third, actorID: nil, basis: nil), head: (4, third.hash), on: sql(t.db)) == false)
            #expect(try await AuditChain.verify(on: t.db) == .init(count: 4, problem: nil))
        }
    }
}
