import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Projects

/// What the applicant's self-check catches before submission (issue #13), and the officer's
/// guardrail at the formal check.
@Suite("Applicant self-check and formal-check guardrails")
struct SelfCheckTests {
    typealias World = ApplicationsTests.World

    static func saved(_ w: World, _ draft: ApplicationDraft) async throws -> GrantApplication {
        let started = try await w.applications.start(call: w.call.id, principalInvestigator: w.pi, organisation: w.university.id)
        return try await w.applications.save(started.id, draft, expectedVersion: started.version, by: w.pi)
    }

    @Test func test_requestAboveTheCallsPerProjectAmountIsAProblem() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            var draft = ApplicationsTests.complete
            draft.budget = [BudgetLine(category: "lump_sum", amount: w.call.typicalAward + 1)]
            let problems = try await w.applications.problems(try await Self.saved(w, draft).id)
            let problem = try #require(problems.first { $0.rule == "application.budget.per_project" })
            #expect(problem.field == "budget")
            #expect(problem.message.en.contains(String(w.call.typicalAward)))
        }
    }

    @Test func test_teamEmailNeedsADomainWithADot() async throws {
        #expect(!ApplicationRules.isEmail("wang@example"))
        #expect(!ApplicationRules.isEmail("wang@"))
        #expect(!ApplicationRules.isEmail("@example.cn"))
        #expect(!ApplicationRules.isEmail("wang@example..cn"))
        #expect(ApplicationRules.isEmail("wang@example.cn"))
        #expect(ApplicationRules.isEmail("li.si@mail.pku.edu.cn"))
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            var draft = ApplicationsTests.complete
            draft.team = [TeamMember(name: "王五", email: "wang@example", organisationID: w.university.id.rawValue)]
            let problems = try await w.applications.problems(try await Self.saved(w, draft).id)
            #expect(problems.contains { $0.rule == "application.team.email" && $0.field == "team" })
        }
    }

    @Test func test_moreThanFiveKeywordsIsAProblem() async throws {
        #expect(ApplicationRules.keywords(in: "储能, 电解质；界面、固态,电池;材料").count == 6)
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            var draft = ApplicationsTests.complete
            draft.keywords = "储能，电解质，界面，固态，电池，材料"
            let six = try await w.applications.problems(try await Self.saved(w, draft).id)
            #expect(six.contains { $0.rule == "application.keywords.count" && $0.field == "keywords" })
        }
    }

    @Test func test_Art61_ethicsProblemIsListedOnce() async throws {
        try await withTestDatabase { t in
            let rules = #"[{"id":"ethics","condition":{"ethicsApprovalIfSensitive":true},"article":"61","effectiveFrom":"2024-03-01T00:00:00+08:00","description":{"zh":"伦理","en":"Ethics"}}]"#
            let w = try await ApplicationsTests.world(t, rules: rules)
            var draft = ApplicationsTests.complete
            draft.sensitiveAreas = ["human"]
            let problems = try await w.applications.problems(try await Self.saved(w, draft).id)
            let ethics = problems.filter { $0.basis == .art(61) }
            #expect(ethics.count == 1, "one problem, one line: \(ethics.map(\.rule))")
        }
    }

    @Test func test_Art60_acceptingANearDuplicateNeedsARecordedReason() async throws {
        try await withTestDatabase { t in
            let w = try await ApplicationsTests.world(t)
            let officer = try await t.person([.programmeOfficer])
            let first = try await FormalCheckTests.withOfficer(w)
            let otherPI = try await t.person([.applicant], organisation: w.university.id)
            let second = try await FormalCheckTests.withOfficer(w, pi: otherPI)
            #expect(try await w.applications.formalCheck(second.id).duplicates.first?.other.id == first.id)
            do {
                _ = try await w.applications.accept(second.id, note: "  ", by: officer)
                Issue.record("accepting a 100 % duplicate without a reason must be refused")
            } catch DomainError.validation(let errors) {
                #expect(errors.map(\.rule) == ["formal_check.accept.duplicate_reason"])
                #expect(errors.first?.basis == .art(60))
                #expect(errors.first?.field == "note")
            }
            let accepted = try await w.applications.accept(second.id, note: "两份申请由同一团队申报，已核实内容不同", by: officer)
            #expect(accepted.state == .accepted)
            #expect(accepted.officerNote == "两份申请由同一团队申报，已核实内容不同")
            let entry = try #require(try await AuditChain.list(.init(object: second.id.uuidString), limit: 1, on: t.db).first)
            #expect(entry.action == "application.accept")
            #expect(entry.summary.contains(first.id.uuidString) && entry.summary.contains("Art. 60"))
        }
    }

    @Test func test_aConditionOfTheCallsOwnCitesNoArticle() throws {
        let json = #"[{"id":"registered","condition":"registeredInBeijing","effectiveFrom":"2024-03-01","description":{"zh":"在京注册","en":"Registered in Beijing"}}]"#
        let rules = try JSONDecoder().decode([EligibilityRule].self, from: Data(json.utf8))
        #expect(rules.first?.article == nil)
        #expect(Eligibility.violations(of: rules).isEmpty)
        let outcome = try #require(Eligibility.evaluate(rules, facts: ApplicationFacts(organisationDistrict: "outside_beijing", referenceDate: Date()), at: Date()).first)
        #expect(!outcome.passed && outcome.article == nil)
        #expect(outcome.sentence.en.contains("(a condition of this call)") && !outcome.sentence.en.contains("Art."))
        #expect(outcome.sentence.zh.contains("（本指南的条件）") && !outcome.sentence.zh.contains("第二十九条"))
        let encoded = String(decoding: try JSONEncoder().encode(rules), as: UTF8.self)
        #expect(!encoded.contains("\"article\""), "no article is written for the call's own condition")
    }
}
