import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Testing
@testable import Integrity

/// Fail loudly, never open: a damaged `int_records` row never lifts a restriction. The check
/// denies (Art. 60) and the officers' reads throw `StoredDataError` instead of guessing.
@Suite("Integrity: damaged stored rows")
struct IntegrityStoredDataTests {
    static func deniedForUnreadableRecord(_ decision: IntegrityDecision, _ id: UUID) -> Bool {
        !decision.isAllowed && decision.unreadable == [id] && decision.basis == .art(60)
            && decision.reason.zh.contains("第六十条") && decision.reason.en.contains("Art. 60")
    }

    @Test func test_Art60_integrityCheckFailsClosedOnDamagedRow_unknownScopeEntry() async throws {
        try await withTestDatabase { t in
            let person = try await t.person([.applicant])
            let service = IntegrityService(db: t.db, now: { t.clock.now })
            // A procurement restriction does not concern project applications...
            let record = try await t.restrict(.person(person.id), [.procurement])
            #expect(try await service.check(.person(person.id), .projectApplication, at: t.clock.now).isAllowed)
            // ...but once its scope holds an entry nobody knows, the check cannot tell: it denies.
            try await t.damage("int_records", id: record.id.rawValue, set: "scope", to: "procurement,project_applicaton")
            let decision = try await service.check([.person(person.id), .organisation(UUID())], .projectApplication, at: t.clock.now)
            #expect(Self.deniedForUnreadableRecord(decision, record.id.rawValue))
            #expect { try decision.enforce() } throws: { error in
                guard case DomainError.forbidden(_, let basis) = error else { return false }
                return basis == .art(60)
            }
            // A subject the record does not concern is not affected.
            #expect(try await service.check(.person(UUID()), .projectApplication, at: t.clock.now).isAllowed)
        }
    }

    @Test func test_Art60_integrityCheckFailsClosedOnDamagedRow_unknownStateIsNotADraft() async throws {
        try await withTestDatabase { t in
            let person = try await t.person([.applicant])
            let service = IntegrityService(db: t.db, now: { t.clock.now })
            let record = try await t.restrict(.person(person.id), [.projectApplication])
            // Before: an unknown state was read as `draft` (or filtered away), so the restriction stopped.
            try await t.damage("int_records", id: record.id.rawValue, set: "state", to: "decided ")
            #expect(Self.deniedForUnreadableRecord(try await service.check(.person(person.id), .projectApplication, at: t.clock.now), record.id.rawValue))
            try await t.damage("int_records", id: record.id.rawValue, set: "state", to: "decided")
            try await t.damage("int_records", id: record.id.rawValue, set: "finding", to: "forged_data")
            #expect(Self.deniedForUnreadableRecord(try await service.check(.person(person.id), .reviewDuty, at: t.clock.now), record.id.rawValue))
            try await t.damage("int_records", id: record.id.rawValue, set: "finding", to: "plagiarism")
            try await t.damage("int_records", id: record.id.rawValue, set: "subject_kind", to: "persn")
            #expect(Self.deniedForUnreadableRecord(try await service.check(.person(person.id), .projectApplication, at: t.clock.now), record.id.rawValue))
        }
    }

    @Test func test_damagedIntegrityRow_officersReadsThrowStoredDataError_notADefault() async throws {
        try await withTestDatabase { t in
            let person = try await t.person([.applicant])
            let records = IntegrityRecords(db: t.db, now: { t.clock.now })
            let record = try await t.restrict(.person(person.id), [.projectApplication])
            try await t.damage("int_records", id: record.id.rawValue, set: "scope", to: "project_application,everything")
            await #expect { _ = try await records.find(record.id) } throws: { TestDB.isStoredDataError($0, table: "int_records", column: "scope") }
            await #expect { _ = try await records.list() } throws: { TestDB.isStoredDataError($0, table: "int_records", column: "scope") }
            await #expect { _ = try await records.about(person) } throws: { TestDB.isStoredDataError($0, table: "int_records", column: "scope") }
            // Nothing is changed on a record that cannot be read.
            await #expect { _ = try await records.publish(record.id, expectedVersion: record.version, by: .system) } throws: {
                TestDB.isStoredDataError($0, table: "int_records", column: "scope")
            }
        }
    }
}
