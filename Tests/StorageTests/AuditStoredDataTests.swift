import Foundation
import KechuangCore
import KechuangTestSupport
import Storage
import Testing

/// Fail loudly, never open: an audit row whose time cannot be read is a `StoredDataError` when the
/// log is listed, never an entry dated 1970; and `verify` reports the row as altered.
@Suite("Audit: damaged stored rows")
struct AuditStoredDataTests {
    @Test func test_auditRowWithUnreadableTime_isAnError_notDated1970() async throws {
        try await withTestDatabase { t in
            let entry = try await AuditChain.append(AuditEvent(
                actorID: nil, actorLabel: "system", action: "test.event", objectType: "test", objectID: "1", summary: "an event"), on: t.db)
            try await t.damage("audit_log", id: entry.id, set: "at", to: "yesterday")
            await #expect { _ = try await AuditChain.list(.init(object: "test"), limit: 10, on: t.db) } throws: {
                TestDB.isStoredDataError($0, table: "audit_log", column: "at")
            }
        }
    }
}
