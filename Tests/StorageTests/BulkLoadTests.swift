import FluentKit
import Foundation
import KechuangTestSupport
import SQLKit
import Testing
@testable import Storage

/// Loading many rows at once (issue #20): one bind per column, ids in order, foreign keys checked
/// once for a large load on PostgreSQL. Every test runs on the run's database.
@Suite("Bulk loads")
struct BulkLoadTests {
    @Test func test_bulkInsert_writesEveryRowAsTheDriverWouldIncludingTextThatNeedsEscaping() async throws {
        try await withTestDatabase { t in
            try await t.db.schema("bulk_test").id().field("name", .string, .required).field("owner", .uuid, .required)
                .field("at", .datetime, .required).field("n", .int, .required).create()
            let owner = UUID(), at = Date(timeIntervalSince1970: 1_760_000_000.25)
            let names = ["plain", "引号\"和\\反斜杠", "line\nbreak\ttab", "\u{01}control", "[[1.5,2.0],[null,3.0]]"]
            let ids = names.map { _ in UUID() }
            try await withWriteTransaction(on: t.db) { tx in
                try await BulkInsert(into: "bulk_test", varying: [("id", .uuid), ("name", .text)], constant: [("owner", owner), ("at", at), ("n", 7)])
                    .run(zip(ids, names).map { [$0.uuidString, $1] }, on: tx)
            }
            let rows = try await sql(t.db).select().columns("id", "name", "owner", "at", "n").from("bulk_test").all()
            #expect(rows.count == names.count)
            var read: [UUID: String] = [:]
            for row in rows {
                read[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "name", as: String.self)
                #expect(try row.decode(column: "owner", as: UUID.self) == owner)
                #expect(try row.decode(column: "at", as: Date.self) == at)
                #expect(try row.decode(column: "n", as: Int.self) == 7)
            }
            #expect(read == Dictionary(uniqueKeysWithValues: zip(ids, names)))
            // Rows written in bulk are found by the same ids as rows written one by one.
            let match = try await sql(t.db).select().column("name").from("bulk_test").where("id", .equal, ids[1]).first()
            #expect(try match?.decode(column: "name", as: String.self) == names[1])
        }
    }

    @Test func test_bulkInsert_aRowOfTheWrongWidthIsRefusedAndNothingIsWritten() async throws {
        try await withTestDatabase { t in
            try await t.db.schema("bulk_width").id().field("name", .string, .required).create()
            await #expect(throws: (any Error).self) {
                try await BulkInsert(into: "bulk_width", varying: [("id", .uuid), ("name", .text)], constant: [])
                    .run([[UUID().uuidString, "a"], [UUID().uuidString]], on: t.db)
            }
            #expect(try await rowCount("bulk_width", on: t.db) == 0)
        }
    }

    /// RFC 9562 §5.7 and §6.2 (method 1): version 7, variant 10, each id greater than the one before,
    /// compared as bytes (PostgreSQL's `uuid`) and as the upper-case text SQLite stores.
    @Test func test_timeOrderedIDs_areVersion7AndIncreaseInByteAndTextOrder() {
        let at = Date(timeIntervalSince1970: 1_790_000_000.123)
        var generator = TimeOrderedIDs(at: at)
        let ids = (0..<10_000).map { _ in generator.next() }
        #expect(Set(ids).count == ids.count)
        for id in ids {
            let bytes = withUnsafeBytes(of: id.uuid) { Array($0) }
            #expect(bytes[6] >> 4 == 7)
            #expect(bytes[8] >> 6 == 0b10)
            let milliseconds = bytes[0..<6].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            #expect(milliseconds == 1_790_000_000_123)
        }
        for (a, b) in zip(ids, ids.dropFirst()) {
            #expect(withUnsafeBytes(of: a.uuid) { Array($0) }.lexicographicallyPrecedes(withUnsafeBytes(of: b.uuid) { Array($0) }))
            #expect(a.uuidString < b.uuidString)
        }
        // A later generator's ids come after an earlier one's.
        var later = TimeOrderedIDs(at: at.addingTimeInterval(0.001))
        #expect(ids.last!.uuidString < later.next().uuidString)
    }

    @Test func test_foreignKeysCheckedOnce_loadsValidRowsAndTheKeysStayInForce() async throws {
        try await withTestDatabase { t in
            let parents = try await makeParentAndChild(on: t.db)
            let rows = (0..<300).map { i in [UUID().uuidString, parents[i % parents.count].uuidString] }
            try await loadChildren(rows, on: t.db)
            #expect(try await rowCount("bulk_child", on: t.db) == 300)
            // The key is back: a row naming no parent is refused after the load.
            await #expect(throws: (any Error).self) { try await insertOrphan(on: t.db) }
            #expect(try await rowCount("bulk_child", on: t.db) == 300)
            if TestDatabase.isPostgres {
                let keys = try await sql(t.db).raw("SELECT count(*) AS n FROM pg_constraint WHERE conrelid = 'bulk_child'::regclass AND contype = 'f'").first()
                #expect(try keys?.decode(column: "n", as: Int.self) == 1)
            }
        }
    }

    @Test func test_foreignKeysCheckedOnce_aRowWithoutItsParentFailsTheWholeLoadAndNothingIsWritten() async throws {
        try await withTestDatabase { t in
            let parents = try await makeParentAndChild(on: t.db)
            var load = (0..<200).map { i in [UUID().uuidString, parents[i % parents.count].uuidString] }
            load.insert([UUID().uuidString, UUID().uuidString], at: 150)  // names a parent that does not exist
            let rows = load
            await #expect(throws: (any Error).self) { try await loadChildren(rows, on: t.db) }
            #expect(try await rowCount("bulk_child", on: t.db) == 0)
            // And the key is still there afterwards.
            await #expect(throws: (any Error).self) { try await insertOrphan(on: t.db) }
        }
    }

    /// PostgreSQL: another node holds the parent table (here: a transaction that locked it and waits).
    /// The load does not wait for it beyond the lock timeout: it keeps the keys, checks them row by row
    /// and still lands whole. (Had it waited for the lock instead, this test would never end: the other
    /// transaction lets go only after the load.)
    @Test(.enabled(if: TestDatabase.isPostgres))
    func test_foreignKeysCheckedOnce_whenAReferencedTableIsBusy_checksRowByRowInstead() async throws {
        try await withTestDatabase { t in
            let parents = try await makeParentAndChild(on: t.db)
            let rows = (0..<100).map { i in [UUID().uuidString, parents[i % parents.count].uuidString] }
            try await t.withSecondNode { second in
                let locked = AsyncStream<Void>.makeStream(), release = AsyncStream<Void>.makeStream()
                let holder = Task {
                    try await second.transaction { tx in
                        try await sql(tx).raw("LOCK TABLE bulk_parent IN ROW EXCLUSIVE MODE").run()
                        locked.continuation.yield()
                        for await _ in release.stream { break }
                    }
                }
                for await _ in locked.stream { break }
                try await loadChildren(rows, on: t.db, lockTimeout: "200ms")
                release.continuation.yield()
                try await holder.value
            }
            #expect(try await rowCount("bulk_child", on: t.db) == 100)
            let keys = try await sql(t.db).raw("SELECT count(*) AS n FROM pg_constraint WHERE conrelid = 'bulk_child'::regclass AND contype = 'f'").first()
            #expect(try keys?.decode(column: "n", as: Int.self) == 1)
        }
    }

    /// `rows` into `bulk_child` in one transaction, its foreign key checked once.
    private func loadChildren(_ rows: [[String]], on db: any Database, lockTimeout: String = "2s") async throws {
        try await withWriteTransaction(on: db) { tx in
            try await withForeignKeysCheckedOnce(on: "bulk_child", in: tx, lockTimeout: lockTimeout) { tx in
                try await BulkInsert(into: "bulk_child", varying: [("id", .uuid), ("parent_id", .uuid)], constant: []).run(rows, on: tx)
            }
        }
    }

    /// A child row naming a parent that does not exist.
    private func insertOrphan(on db: any Database) async throws {
        try await BulkInsert(into: "bulk_child", varying: [("id", .uuid), ("parent_id", .uuid)], constant: []).run([[UUID().uuidString, UUID().uuidString]], on: db)
    }

    /// A parent table with three rows and a child table whose `parent_id` must name one of them.
    private func makeParentAndChild(on db: any Database) async throws -> [UUID] {
        try await db.schema("bulk_parent").id().create()
        try await db.schema("bulk_child").id().field("parent_id", .uuid, .required, .references("bulk_parent", "id", onDelete: .restrict)).create()
        let parents = [UUID(), UUID(), UUID()]
        try await BulkInsert(into: "bulk_parent", varying: [("id", .uuid)], constant: []).run(parents.map { [$0.uuidString] }, on: db)
        return parents
    }
}
