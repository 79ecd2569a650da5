import Foundation
import Identity
import Integrity
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Projects

/// Ethics review at submission (Art. 61): an application declaring ethically sensitive research
/// cites an approval, checked against the ethics registry; every failure is a problem on `ethics`
/// citing Art. 61, refused at submission and written to the audit log.
@Suite struct EthicsSubmissionTests {
    typealias World = ApplicationsTests.World

    static func saved(_ w: World, areas: Set<String>, number: String) async throws -> GrantApplication {
        var draft = ApplicationsTests.complete
        draft.sensitiveAreas = areas
        draft.ethicsApprovalNumber = number
        return try await SelfCheckTests.saved(w, draft)
    }

    static func ethicsRules(_ problems: [FieldError]) -> [String] { problems.filter { $0.field == "ethics" }.map(\.rule).sorted() }

    @Test func test_Art61_applicationWithoutSensitiveResearchNeedsNoApproval() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            let saved = try await Self.saved(w, areas: [], number: "")
            #expect(try await w.applications.problems(saved.id).isEmpty)
            #expect(try await w.applications.submit(saved.id, by: w.pi).state == .submitted)
        }
    }

    @Test func test_Art61_submissionAcceptsAValidApprovalOfTheInstitutionCoveringEveryScope() async throws {
        try await withTestDatabase { t in
            let rules = #"[{"id":"ethics","condition":{"ethicsApprovalIfSensitive":true},"article":"61","effectiveFrom":"2024-03-01T00:00:00+08:00","description":{"zh":"伦理","en":"Ethics"}}]"#
            let w = try await ApplicationsTests.world(t, rules: rules)
            try await t.ethicsApproval("伦审〔2026〕1号", of: w.university.id, scopes: [.human, .ai])
            let saved = try await Self.saved(w, areas: ["human", "ai"], number: " 伦审〔2026〕1号 ")
            #expect(try await w.applications.problems(saved.id).isEmpty, "the call's ethics rule passes on the verified approval")
            #expect(try await w.applications.submit(saved.id, by: w.pi).state == .submitted)
        }
    }

    @Test func test_Art61_submissionRefusesAnApprovalNotInTheRegistry_inTheAuditLogToo() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            let saved = try await Self.saved(w, areas: ["human"], number: "伪造〔2026〕9号")
            let problems = try await w.applications.problems(saved.id)
            #expect(Self.ethicsRules(problems) == ["ethics.check.exists"])
            #expect(problems.first { $0.field == "ethics" }?.basis == .art(61))
            #expect(problems.first { $0.field == "ethics" }?.message.zh.contains("第六十一条") == true)
            await #expect(throws: DomainError.self) { try await w.applications.submit(saved.id, by: w.pi) }
            #expect(try await w.applications.find(saved.id).state == .draft)
            let audit = try await AuditChain.list(.init(object: saved.id.rawValue.uuidString), limit: 10, on: t.db)
            #expect(audit.contains { $0.action == "application.submit_refused" && $0.basis == .art(61) && $0.summary.contains("ethics.check.exists") })
        }
    }

    @Test func test_Art61_2_submissionRefusesAnApprovalOfAnotherInstitutionsCommittee() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            let other = try await t.organisation("另一所大学")
            try await t.ethicsApproval("外单位伦审1号", of: other.id, scopes: [.human])
            let saved = try await Self.saved(w, areas: ["human"], number: "外单位伦审1号")
            let problems = try await w.applications.problems(saved.id)
            #expect(Self.ethicsRules(problems) == ["ethics.check.institution"])
            #expect(problems.first { $0.field == "ethics" }?.basis == .art(61, 2))
        }
    }

    @Test func test_Art61_submissionRefusesAnApprovalThatDoesNotCoverEveryDeclaredScope() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            try await t.ethicsApproval("伦审-人", of: w.university.id, scopes: [.human])
            let saved = try await Self.saved(w, areas: ["human", "animal"], number: "伦审-人")
            #expect(Self.ethicsRules(try await w.applications.problems(saved.id)) == ["ethics.check.scope"])
        }
    }

    @Test func test_Art61_submissionRefusesAnExpiredApproval() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            try await t.ethicsApproval("伦审-短期", of: w.university.id, scopes: [.ai], days: 2)
            let saved = try await Self.saved(w, areas: ["ai"], number: "伦审-短期")
            #expect(try await w.applications.problems(saved.id).isEmpty)
            t.clock.advance(by: 4 * 86_400)
            #expect(Self.ethicsRules(try await w.applications.problems(saved.id)) == ["ethics.check.validity"])
        }
    }

    @Test func test_Art61_anApprovalThatCannotBeReadDenies() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            let approval = try await t.ethicsApproval("伦审-损坏", of: w.university.id, scopes: [.human])
            try await t.damage("int_ethics_approvals", id: approval.id.rawValue, set: "scopes", to: "human,telepathy")
            let saved = try await Self.saved(w, areas: ["human"], number: "伦审-损坏")
            #expect(Self.ethicsRules(try await w.applications.problems(saved.id)) == ["ethics.check.unreadable"])
            await #expect(throws: DomainError.self) { try await w.applications.submit(saved.id, by: w.pi) }
        }
    }

    @Test func test_Art61_highRiskNeedsNoExpertReviewYetAtSubmission_butDoesAtAward() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            try await t.ethicsApproval("伦审-脑机", of: w.university.id, scopes: [.human], highRisk: ["invasive_bci"])
            let saved = try await Self.saved(w, areas: ["human"], number: "伦审-脑机")
            #expect(try await w.applications.problems(saved.id).isEmpty)
            let atAward = try await w.applications.ethicsProblems(try await w.applications.find(saved.id), stage: .award)
            #expect(atAward.map(\.rule) == ["ethics.check.expert_review"] && atAward.first?.basis == .art(61))
        }
    }
}
