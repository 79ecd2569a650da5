import FluentKit
import Foundation
import KechuangTestSupport
import SQLKit
import Storage
import Testing

@Suite("Dialect")
struct DialectTests {
    @Test func test_dialect_isDetectedFromTheConnectedDatabase() async throws {
        try await withTestDatabase { t in
            let expected: Dialect = TestDatabase.isPostgres ? .postgres : .sqlite
            #expect(Dialect.of(t.db) == expected)
            #expect(t.url.dialect == expected)
        }
    }

    @Test(.enabled(if: !TestDatabase.isPostgres, "SQLite only"))
    func test_backup_onSQLiteWritesAReadableConsistentCopy() async throws {
        try await withTestDatabase { t in
            try await appendEntries(3, on: t.db)
            let entries = try await AuditChain.count(on: t.db)
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kc-backup-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dir) }
            let copy = dir.appendingPathComponent("copy.sqlite").path

            try await Dialect.sqlite.backup(t.db, to: copy)

            let header = try #require(FileManager.default.contents(atPath: copy)).prefix(16)
            #expect(header == Data("SQLite format 3\0".utf8))
            // Open the copy next to the live database and read its audit log.
            let copied = try await t.db.withConnection { conn in
                let db = sql(conn)
                try await db.raw("ATTACH DATABASE \(bind: copy) AS backup").run()
                let n = try await db.raw("SELECT COUNT(*) AS n FROM backup.audit_log").first()?.decode(column: "n", as: Int.self)
                try await db.raw("DETACH DATABASE backup").run()
                return n
            }
            #expect(copied == entries)
        }
    }

    @Test(.enabled(if: TestDatabase.isPostgres, "PostgreSQL only"))
    func test_backup_onPostgresIsRefusedInFavourOfPgDump() async throws {
        try await withTestDatabase { t in
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("kc-\(UUID().uuidString).sqlite").path
            let error = await #expect(throws: Dialect.BackupUnsupported.self) {
                try await Dialect.of(t.db).backup(t.db, to: path)
            }
            #expect(error?.description.contains("pg_dump") == true)
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }
}
