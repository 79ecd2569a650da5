import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Testing
@testable import Projects

/// Fail loudly, never open: an application or call row that cannot be read is a
/// `StoredDataError`; never an empty draft (which a save would write over) or an empty rule list
/// (which would let everyone apply).
@Suite("Projects: damaged stored rows")
struct ProjectsStoredDataTests {
    typealias World = ApplicationsTests.World

    static func saved(_ w: World) async throws -> GrantApplication {
        let draft = try await w.applications.start(call: w.call.id, principalInvestigator: w.pi, organisation: w.university.id)
        return try await w.applications.save(draft.id, ApplicationsTests.complete, expectedVersion: draft.version, by: w.pi)
    }

    @Test func test_unreadableApplicationDraft_isAnError_notAnEmptyDraft_andASaveLosesNothing() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            let application = try await Self.saved(w)
            let damaged = #"{"titleZh":"面向新型储能的固态电解质研究","summary":"#
            try await t.damage("prj_applications", id: application.id.rawValue, set: "draft_json", to: damaged)
            let isDraftError: @Sendable (any Error) -> Bool = { TestDB.isStoredDataError($0, table: "prj_applications", column: "draft_json") }
            await #expect { _ = try await w.applications.find(application.id) } throws: { isDraftError($0) }
            await #expect { _ = try await w.applications.list(principalInvestigator: w.pi.id) } throws: { isDraftError($0) }
            await #expect { _ = try await w.applications.submit(application.id, by: w.pi) } throws: { isDraftError($0) }
            // A page saving the draft reads the stored one first (attachments, confirmations): refused, not overwritten.
            await #expect { _ = try await w.applications.save(application.id, ApplicationDraft(), expectedVersion: application.version, by: w.pi) } throws: { isDraftError($0) }
            #expect(try await t.storedValue("prj_applications", id: application.id.rawValue, column: "draft_json") == damaged)
        }
    }

    @Test func test_unknownApplicationState_isAnError_notADraft() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            let application = try await Self.saved(w)
            try await t.damage("prj_applications", id: application.id.rawValue, set: "state", to: "submited")
            await #expect { _ = try await w.applications.find(application.id) } throws: {
                TestDB.isStoredDataError($0, table: "prj_applications", column: "state")
            }
            // Before: read as `draft`, so the PI could edit and submit it again.
            await #expect { _ = try await w.applications.save(application.id, ApplicationsTests.complete, expectedVersion: application.version, by: w.pi) } throws: {
                TestDB.isStoredDataError($0, table: "prj_applications", column: "state")
            }
        }
    }

    @Test func test_Art45_unreadableEligibilityRules_refuseSubmission_neverAnEmptyRuleList() async throws {
        try await withTestDatabase { t in
            let rules = #"[{"id":"young","condition":{"piAgeAtMost":25},"article":"45","effectiveFrom":"2024-03-01T00:00:00+08:00","description":{"zh":"年龄","en":"Age"}}]"#
            let w = try await ApplicationsTests.world(t, rules: rules)
            let application = try await Self.saved(w)
            // The PI (born 1996) is too old for the rule; with the rule list unreadable, an empty
            // list would have let the application through.
            try await t.damage("prj_calls", id: w.call.id.rawValue, set: "eligibility_rules", to: #"[{"id":"young","condition":{"piAgeAtMost":"#)
            let isRulesError: @Sendable (any Error) -> Bool = { TestDB.isStoredDataError($0, table: "prj_calls", column: "eligibility_rules") }
            await #expect { _ = try await Calls(db: t.db, now: { t.clock.now }).find(w.call.id) } throws: { isRulesError($0) }
            await #expect { _ = try await w.applications.problems(application.id) } throws: { isRulesError($0) }
            await #expect { _ = try await w.applications.submit(application.id, by: w.pi) } throws: { isRulesError($0) }
            #expect(try await t.storedValue("prj_applications", id: application.id.rawValue, column: "state") == "draft")
        }
    }

    @Test func test_unreadableCallLists_andUnknownCallStatus_areErrors() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            let calls = Calls(db: t.db, now: { t.clock.now })
            for (column, value) in [("negative_list", "[1,"), ("required_documents", "{}"), ("form_sections", "not json"), ("status", "publishd")] {
                let before = try await t.storedValue("prj_calls", id: w.call.id.rawValue, column: column) ?? ""
                try await t.damage("prj_calls", id: w.call.id.rawValue, set: column, to: value)
                await #expect { _ = try await calls.find(w.call.id) } throws: { TestDB.isStoredDataError($0, table: "prj_calls", column: column) }
                try await t.damage("prj_calls", id: w.call.id.rawValue, set: column, to: before)
            }
            #expect(try await calls.find(w.call.id).status == .published)
        }
    }
}
