import FluentKit
import Foundation
import Identity
import Integrity
import KechuangCore
import KechuangTestSupport
import Projects
import Storage
import Testing
@testable import Grants

/// Ethics review again at award (Art. 61): the approval the application cites must still be valid
/// on the day of the award, and a listed high-risk activity needs its expert re-review recorded.
@Suite struct EthicsAwardTests {
    struct World {
        let t: any TestFixtures
        let application: GrantApplication
        let officer: Person
        let university: Organisation
        var now: @Sendable () -> Date { { [clock = t.clock] in clock.now } }
        var awards: Awards { Awards(db: t.db, now: now) }
    }

    /// An accepted application of a university declaring human-subject research and citing `number`.
    static func accepted(_ t: some TestFixtures, days: Int = 365, highRisk: Set<String> = []) async throws -> (World, EthicsApproval) {
        let now: @Sendable () -> Date = { [clock = t.clock] in clock.now }
        let calls = Calls(db: t.db, now: now)
        let programme = try await calls.createProgramme(code: "ETH\(Int.random(in: 100...999))", nameZh: "伦理测试专项", nameEn: "", kind: .naturalScienceFund, by: .system)
        let call = try await calls.create(CallInput(
            programmeID: programme.id.uuidString, titleZh: "临床研究指南", titleEn: "", guidelineZh: "申报单位为在京注册的独立法人单位。", guidelineEn: "",
            opensAt: BeijingTime.format(t.clock.now.addingTimeInterval(-3600)), closesAt: BeijingTime.format(t.clock.now.addingTimeInterval(3 * 86_400)),
            totalBudget: "1000000", typicalAward: "100000", budgetMode: "lump_sum", selectionMode: "open_competition", eligibilityRules: ""), by: .system)
        _ = try await calls.publish(call.id, by: .system)
        let university = try await t.organisation("伦理测试大学")
        let approval = try await t.ethicsApproval("伦审-\(UUID().uuidString.prefix(6))", of: university.id, scopes: [.human], days: days, highRisk: highRisk)
        let pi = try await t.person([.applicant], organisation: university.id)
        let office = try await t.person([.researchOffice], organisation: university.id)
        let officer = try await t.person([.programmeOfficer])
        let applications = Applications(db: t.db, now: now)
        let draft = try await applications.start(call: call.id, principalInvestigator: pi, organisation: university.id)
        let saved = try await applications.save(draft.id, ApplicationDraft(
            titleZh: "侵入式脑机接口的临床研究", summary: "研究脑机接口。", plan: "第一年动物实验，第二年临床研究。", sensitiveAreas: ["human"],
            ethicsApprovalNumber: approval.approvalNumber, budget: [BudgetLine(category: "lump_sum", amount: 100_000)]), expectedVersion: draft.version, by: pi)
        _ = try await applications.submit(saved.id, by: pi)
        _ = try await applications.decide(saved.id, approve: true, comment: nil, by: office)
        let accepted = try await applications.accept(saved.id, note: nil, by: officer)
        return (World(t: t, application: accepted, officer: officer, university: university), approval)
    }

    static func input(_ t: some TestFixtures) -> AwardInput {
        let today = BeijingDay(containing: t.clock.now)
        let end = BeijingDay(year: today.year + 2, month: today.month, day: min(today.day, 28)) ?? today
        return AwardInput(awardedAmount: "100000", startDate: today.description, endDate: end.description, fundingKind: "competitive",
                          researchType: "applied", reason: "专家组会商推荐")
    }

    static func refusedRules(_ body: () async throws -> Project) async -> [FieldError] {
        do {
            _ = try await body()
            return []
        } catch DomainError.validation(let errors) {
            return errors
        } catch {
            return [FieldError(field: "?", rule: "\(error)", message: LocalizedText(zh: "", en: ""))]
        }
    }

    @Test func test_Art61_awardRefusesExpiredApproval_inTheAuditLogToo() async throws {
        try await withTestDatabase { t in
            let (w, _) = try await Self.accepted(t, days: 5)
            t.clock.advance(by: 10 * 86_400)
            let errors = await Self.refusedRules { try await w.awards.fund(w.application.id, Self.input(t), by: w.officer) }
            #expect(errors.map(\.rule) == ["ethics.check.validity"] && errors.first?.basis == .art(61))
            #expect(try await Applications(db: t.db, now: w.now).find(w.application.id).state == .accepted, "nothing was written")
            let audit = try await AuditChain.list(.init(object: w.application.id.rawValue.uuidString), limit: 10, on: t.db)
            #expect(audit.contains { $0.action == "project.award_refused" && $0.basis == .art(61) && $0.summary.contains("第六十一条") })
        }
    }

    @Test func test_Art61_awardRefusesAListedHighRiskActivityWithoutAnApprovingExpertReview() async throws {
        try await withTestDatabase { t in
            let (w, approval) = try await Self.accepted(t, highRisk: ["invasive_bci"])
            let registry = EthicsRegistry(db: t.db, now: w.now)
            let officer = try await t.person([.integrityOfficer])
            let before = await Self.refusedRules { try await w.awards.fund(w.application.id, Self.input(t), by: w.officer) }
            #expect(before.map(\.rule) == ["ethics.check.expert_review"])
            let today = BeijingDay(containing: t.clock.now)
            _ = try await registry.recordExpertReview(approval.id, EthicsExpertReview(reviewedOn: today, body: "市科技伦理专家复核组", approved: false, note: "风险控制方案不足"), by: officer)
            let refusedReview = await Self.refusedRules { try await w.awards.fund(w.application.id, Self.input(t), by: w.officer) }
            #expect(refusedReview.map(\.rule) == ["ethics.check.expert_review"], "a re-review that did not approve is no re-review")
            _ = try await registry.recordExpertReview(approval.id, EthicsExpertReview(reviewedOn: today, body: "市科技伦理专家复核组", approved: true, note: "同意"), by: officer)
            let project = try await w.awards.fund(w.application.id, Self.input(t), by: w.officer)
            #expect(project.awardedAmount == 100_000)
        }
    }

    @Test func test_Art61_awardOfAValidApprovalWithoutHighRiskGoesThrough() async throws {
        try await withTestDatabase { t in
            let (w, _) = try await Self.accepted(t)
            #expect(try await w.awards.fund(w.application.id, Self.input(t), by: w.officer).status == .agreementDraft)
        }
    }
}
