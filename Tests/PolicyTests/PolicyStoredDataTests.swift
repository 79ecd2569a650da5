import Foundation
import KechuangCore
import KechuangTestSupport
import Testing
@testable import Policy

/// Fail loudly, never open: a policy whose stored status nobody knows is an error, never shown as
/// in force; unreadable chapters are an error, never an empty table of contents.
@Suite("Policy: damaged stored rows")
struct PolicyStoredDataTests {
    @Test func test_unknownPolicyStatus_isAnError_neverInForce() async throws {
        try await withTestDatabase { t in
            let library = PolicyLibrary(db: t.db)
            _ = try await library.importText(try PolicyLibraryTests.regulation(), actor: .system)
            let document = try await library.document(Policy.regulationID)
            try await t.damage("pol_documents", id: document.id, set: "status", to: "repealed?")
            await #expect { _ = try await library.document(Policy.regulationID) } throws: { TestDB.isStoredDataError($0, table: "pol_documents", column: "status") }
            await #expect { _ = try await library.versions(of: Policy.regulationID) } throws: { TestDB.isStoredDataError($0, table: "pol_documents", column: "status") }
            try await t.damage("pol_documents", id: document.id, set: "status", to: document.status.rawValue)
            try await t.damage("pol_documents", id: document.id, set: "chapters_json", to: "[{")
            await #expect { _ = try await library.document(Policy.regulationID) } throws: { TestDB.isStoredDataError($0, table: "pol_documents", column: "chapters_json") }
        }
    }
}
