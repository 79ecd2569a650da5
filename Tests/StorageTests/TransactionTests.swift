import FluentKit
import Foundation
import KechuangCore
import KechuangTestSupport
import SQLKit
import Storage
import Testing

/// Counts how often a transaction body ran.
actor AttemptCounter {
    private(set) var value = 0
    func next() -> Int {
        value += 1
        return value
    }
}

/// An error that reads like SQLite's stale-snapshot error.
struct DatabaseLockedError: Error, CustomStringConvertible {
    var description: String { "SQLITE_BUSY: database is locked" }
}

@Suite("withWriteTransaction")
struct WriteTransactionTests {
    @Test func test_transaction_errorAfterWriteLeavesNothingWritten() async throws {
        try await withTestDatabase { t in
            try await appendEntries(2, on: t.db)
            let before = try await rowCount("audit_log", on: t.db)
            await #expect(throws: Boom.self) {
                try await withWriteTransaction(on: t.db) { tx in
                    try await AuditChain.append(auditEvent(3), on: tx)
                    try await AuditChain.append(auditEvent(4), on: tx)
                    throw Boom()
                }
            }
            #expect(try await rowCount("audit_log", on: t.db) == before)
            #expect(try await AuditChain.verify(on: t.db) == .init(count: before, problem: nil))
        }
    }

    @Test func test_transaction_allWritesLandTogetherAndTheResultIsReturned() async throws {
        try await withTestDatabase { t in
            let before = try await rowCount("audit_log", on: t.db)
            let seqs = try await withWriteTransaction(on: t.db) { tx in
                let a = try await AuditChain.append(auditEvent(1), on: tx)
                let b = try await AuditChain.append(auditEvent(2), on: tx)
                return [a.seq, b.seq]
            }
            #expect(seqs == [Int64(before + 1), Int64(before + 2)])
            #expect(try await rowCount("audit_log", on: t.db) == before + 2)
        }
    }

    @Test func test_transaction_lostRaceIsRunAgain() async throws {
        try await withTestDatabase { t in
            let attempts = AttemptCounter()
            let before = try await rowCount("audit_log", on: t.db)
            let result = try await withWriteTransaction(on: t.db) { tx in
                let attempt = await attempts.next()
                try await AuditChain.append(auditEvent(attempt), on: tx)
                if attempt < 3 { throw DatabaseLockedError() }
                return attempt
            }
            #expect(result == 3)
            #expect(await attempts.value == 3)
            // Only the successful attempt's write remains.
            #expect(try await rowCount("audit_log", on: t.db) == before + 1)
        }
    }

    @Test func test_transaction_ordinaryErrorIsNotRetried() async throws {
        try await withTestDatabase { t in
            let attempts = AttemptCounter()
            await #expect(throws: DomainError.staleVersion(entity: "thing")) {
                try await withWriteTransaction(on: t.db) { _ in
                    _ = await attempts.next()
                    throw DomainError.staleVersion(entity: "thing")
                }
            }
            #expect(await attempts.value == 1)
        }
    }

    @Test func test_transaction_givesUpAfterFiveAttempts() async throws {
        try await withTestDatabase { t in
            let attempts = AttemptCounter()
            await #expect(throws: DatabaseLockedError.self) {
                try await withWriteTransaction(on: t.db) { _ in
                    _ = await attempts.next()
                    throw DatabaseLockedError()
                }
            }
            #expect(await attempts.value == 5)
        }
    }
}

/// Optimistic locking: an update lands only if the version the editor read is still current.
@Suite("Optimistic lock")
struct OptimisticLockTests {
    static let table = "st_test_documents"

    /// A table of its own with the `version` column every editable table has.
    func makeDocument(on db: any Database) async throws -> UUID {
        try await db.schema(Self.table)
            .id()
            .field("title", .string, .required)
            .field("version", .int, .required)
            .create()
        let id = UUID()
        try await sql(db).insert(into: Self.table)
            .columns("id", "title", "version")
            .values(SQLBind(id), SQLBind("first draft"), SQLBind(1))
            .run()
        return id
    }

    func title(_ id: UUID, on db: any Database) async throws -> (String, Int) {
        let row = try #require(try await sql(db).select().columns("title", "version").from(Self.table)
            .where("id", .equal, id).first())
        return (try row.decode(column: "title", as: String.self), try row.decode(column: "version", as: Int.self))
    }

    @Test func test_optimisticLock_updateWithCurrentVersionLandsAndBumpsVersion() async throws {
        try await withTestDatabase { t in
            let id = try await makeDocument(on: t.db)
            let version = try await OptimisticLock.update(Self.table, id: id, expectedVersion: 1, entity: "document", on: t.db) {
                $0.set("title", to: "second draft")
            }
            #expect(version == 2)
            let (title, stored) = try await title(id, on: t.db)
            #expect(title == "second draft")
            #expect(stored == 2)
            let third = try await OptimisticLock.update(Self.table, id: id, expectedVersion: 2, entity: "document", on: t.db) {
                $0.set("title", to: "third draft")
            }
            #expect(third == 3)
        }
    }

    @Test func test_optimisticLock_staleVersionThrowsAndChangesNothing() async throws {
        try await withTestDatabase { t in
            let id = try await makeDocument(on: t.db)
            try await OptimisticLock.update(Self.table, id: id, expectedVersion: 1, entity: "document", on: t.db) {
                $0.set("title", to: "saved by Alice")
            }
            await #expect(throws: DomainError.staleVersion(entity: "document")) {
                try await OptimisticLock.update(Self.table, id: id, expectedVersion: 1, entity: "document", on: t.db) {
                    $0.set("title", to: "saved by Bob, who read version 1")
                }
            }
            let (title, version) = try await title(id, on: t.db)
            #expect(title == "saved by Alice")
            #expect(version == 2)
        }
    }

    @Test func test_optimisticLock_unknownRecordIsReportedStale() async throws {
        try await withTestDatabase { t in
            _ = try await makeDocument(on: t.db)
            await #expect(throws: DomainError.staleVersion(entity: "document")) {
                try await OptimisticLock.update(Self.table, id: UUID(), expectedVersion: 1, entity: "document", on: t.db) {
                    $0.set("title", to: "nobody")
                }
            }
        }
    }
}
