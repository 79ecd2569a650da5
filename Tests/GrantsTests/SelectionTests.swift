import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Projects
import Review
import Storage
import Testing
@testable import Grants

/// A call in one selection mode, with one institution's PI and, for expert recommendation, one
/// accepted application and experts: two from other institutions, one from the applicant's own.
struct SelectionWorld {
    let t: any TestFixtures
    let call: Call
    let officer: Person
    let organisation: Organisation
    let pi: Person
    let application: GrantApplication?
    let outsiders: [Person]
    let colleague: Person

    var now: @Sendable () -> Date { { [clock = t.clock] in clock.now } }

    static func make(_ t: some TestFixtures, mode: SelectionMode, publish: Bool = true) async throws -> SelectionWorld {
        let now: @Sendable () -> Date = { [clock = t.clock] in clock.now }
        let calls = Calls(db: t.db, now: now)
        let programme = try await calls.createProgramme(code: "SEL\(Int.random(in: 100...999))", nameZh: "遴选方式测试专项", nameEn: "", kind: .naturalScienceFund, by: .system)
        var call = try await calls.create(CallInput(
            programmeID: programme.id.uuidString, titleZh: "\(mode.label.zh)指南", titleEn: "", guidelineZh: "在京注册的独立法人单位。", guidelineEn: "",
            opensAt: BeijingTime.format(t.clock.now.addingTimeInterval(-3600)), closesAt: BeijingTime.format(t.clock.now.addingTimeInterval(10 * 86_400)),
            totalBudget: "500000", typicalAward: "100000", budgetMode: "lump_sum", selectionMode: mode.rawValue, eligibilityRules: ""), by: .system)
        if publish { call = try await calls.publish(call.id, by: .system) }
        let officer = try await t.person([.programmeOfficer])
        let organisation = try await t.organisation("遴选测试单位")
        let pi = try await t.person([.applicant], organisation: organisation.id)
        var application: GrantApplication?
        if publish {
            let applications = Applications(db: t.db, now: now)
            let draft = try await applications.start(call: call.id, principalInvestigator: pi, organisation: organisation.id)
            let saved = try await applications.save(draft.id, ApplicationDraft(
                titleZh: "固态电解质界面稳定性研究", keywords: "固态电池；电解质", discipline: "E0201", summary: "研究界面稳定性。", plan: "两年完成。",
                budget: [BudgetLine(category: "lump_sum", amount: 100_000)]), expectedVersion: draft.version, by: pi)
            _ = try await applications.submit(saved.id, by: pi)
            let office = try await t.person([.researchOffice], organisation: organisation.id)
            _ = try await applications.decide(saved.id, approve: true, comment: nil, by: office)
            application = try await applications.accept(saved.id, note: nil, by: officer)
        }
        let pool = ExpertPool(db: t.db, now: now)
        func expert(at org: Organisation.ID) async throws -> Person {
            let person = try await t.person([.reviewer], organisation: org)
            var profile = try await pool.profile(of: person)
            profile.disciplines = ["E0201"]
            profile.keywords = "固态电池"
            _ = try await pool.save(profile, expectedVersion: profile.version, by: person)
            return person
        }
        let outsiders = [try await expert(at: try await t.organisation("外单位甲").id), try await expert(at: try await t.organisation("外单位乙").id)]
        let colleague = try await expert(at: organisation.id)
        return SelectionWorld(t: t, call: call, officer: officer, organisation: organisation, pi: pi, application: application,
                              outsiders: outsiders, colleague: colleague)
    }

    func award(reason: String) -> AwardInput {
        let today = BeijingDay(containing: t.clock.now)
        return AwardInput(awardedAmount: "80000", startDate: today.description, endDate: "\(today.year + 2)-06-30",
                          fundingKind: "competitive", researchType: "basic", reason: reason)
    }
}

func validationRules(_ body: () async throws -> Void) async -> [FieldError] {
    do { try await body() } catch DomainError.validation(let errors) { return errors } catch { return [] }
    return []
}

@Suite("Selection modes: expert recommendation and directed commission (Art. 29(1))")
struct SelectionTests {
    @Test func test_Art29_1_expertRecommendation_conflictedExpertRefused_fundingNeedsTwoNominationsAndTheOfficersReason() async throws {
        try await withTestDatabase { t in
            let w = try await SelectionWorld.make(t, mode: .expertRecommendation)
            let application = try #require(w.application)
            let recommendations = Recommendations(db: t.db, now: w.now)
            let awards = Awards(db: t.db, now: w.now)
            // The Review module's conflict check: a colleague of the applying institution cannot recommend.
            let conflict = await validationRules { _ = try await recommendations.nominate(application.id, statement: "很好", by: w.colleague) }
            #expect(conflict.map(\.rule) == ["nomination.conflict"])
            #expect(conflict.first?.basis == .art(29, 1) && conflict.first?.message.zh.contains("同一单位") == true)
            #expect(try await audit(application.id.rawValue.uuidString, t).contains { $0.action == "application.refused" && $0.basis == .art(29, 1) })
            // Someone who is not a registered expert cannot either.
            let stranger = try await t.person([.applicant], organisation: w.organisation.id)
            let notExpert = await validationRules { _ = try await recommendations.nominate(application.id, statement: "很好", by: stranger) }
            #expect(notExpert.map(\.rule) == ["nomination.expert.registered"])
            // One nomination is not enough.
            _ = try await recommendations.nominate(application.id, statement: "研究基础扎实", by: w.outsiders[0])
            let one = await validationRules { _ = try await awards.fund(application.id, w.award(reason: "两位专家推荐"), by: w.officer) }
            #expect(one.map(\.rule).contains("award.recommendation.nominations"))
            _ = try await recommendations.nominate(application.id, statement: "团队能力强", by: w.outsiders[1])
            let twice = await validationRules { _ = try await recommendations.nominate(application.id, statement: "再次", by: w.outsiders[1]) }
            #expect(twice.map(\.rule) == ["nomination.once"])
            // The officer picks it and records why.
            let noReason = await validationRules { _ = try await awards.fund(application.id, w.award(reason: " "), by: w.officer) }
            #expect(noReason.contains { $0.rule == "award.recommendation.reason" && $0.basis == .art(29, 1) })
            let project = try await awards.fund(application.id, w.award(reason: "两位专家推荐，方向急需"), by: w.officer)
            #expect(project.selectionMode == .expertRecommendation)
            let awarded = try await audit(project.id.rawValue.uuidString, t).first { $0.action == "project.awarded" }
            #expect(awarded?.basis == .art(29, 1) && awarded?.summary.contains("专家推荐") == true)
            #expect(try await recommendations.nominations(application.id).count == 2)
        }
    }

    @Test func test_Art29_1_directedCommission_noOpenCall_createsTheApplicationFundedThroughAwards_audited() async throws {
        try await withTestDatabase { t in
            let w = try await SelectionWorld.make(t, mode: .directedCommission, publish: false)
            let commissions = Commissions(db: t.db, now: w.now)
            func input(call: UUID?, reason: String = "应急攻关，该单位拥有唯一的中试线") -> CommissionInput {
                CommissionInput(callID: call, organisationID: w.organisation.id.rawValue, principalInvestigatorID: w.pi.id, titleZh: "固态电池中试验证",
                                titleEn: "Pilot validation of solid-state batteries", summary: "完成中试。", amount: 150_000, reason: reason)
            }
            #expect(try await commissions.calls().map(\.id) == [w.call.id])
            let noReason = await validationRules { _ = try await commissions.commission(input(call: w.call.id.rawValue, reason: ""), by: w.officer) }
            #expect(noReason.map(\.rule) == ["commission.reason.required"] && noReason.first?.basis == .art(29, 1))
            // A published call is an open call: a commission cannot use it.
            let open = try await SelectionWorld.make(t, mode: .directedCommission)
            let published = await validationRules { _ = try await commissions.commission(input(call: open.call.id.rawValue), by: w.officer) }
            #expect(published.map(\.rule).contains("commission.call.mode"))
            let made = try await commissions.commission(input(call: w.call.id.rawValue), by: w.officer)
            let application = try await Applications(db: t.db, now: w.now).find(GrantApplication.ID(made.applicationID))
            #expect(application.state == .accepted && application.organisationID == w.organisation.id.rawValue && application.budgetTotal == 150_000)
            let entry = try await audit(made.applicationID.uuidString, t).first { $0.action == "project.commissioned" }
            #expect(entry?.basis == .art(29, 1) && entry?.summary.contains("应急攻关") == true)
            // Funded through the one path, Awards.
            let project = try await Awards(db: t.db, now: w.now).fund(application.id, w.award(reason: "定向委托"), by: w.officer)
            #expect(project.selectionMode == .directedCommission && project.organisationID == w.organisation.id.rawValue)
        }
    }

    @Test func test_Art29_1_anApplicationOfADirectedCommissionCallWithoutItsCommissionIsNotFunded() {
        let facts = AwardFacts(awardedAmount: 1, requestedAmount: 1, perProjectCap: 1, remainingBudget: 1, reviewCount: 0, aboveCutoff: false,
                               nearDuplicate: false, reason: "x", startDate: BeijingDay(year: 2027, month: 1, day: 1), endDate: BeijingDay(year: 2028, month: 1, day: 1),
                               fundingKind: .competitive, researchType: .basic, selectionMode: .directedCommission, commissioned: false)
        #expect(AwardRules.decision.violations(of: facts, at: Date()).map(\.rule) == ["award.commission.required"])
    }

    @Test func test_moneyAndSelectionRefusalsAreListedForTheArticlePages() {
        let cited = GrantsRules.citations
        for id in ["expenditure.negative_list", "expenditure.category_budget", "expenditure.award", "tranche.milestone_done", "budget.from.available"] {
            #expect(cited.contains { $0.id == id && $0.article == ArticleRef(50, paragraph: 2) }, "\(id)")
        }
        #expect(cited.contains { $0.id == "nomination.conflict" && $0.article == ArticleRef(29, paragraph: 1) })
        #expect(cited.contains { $0.id == "commission.reason.required" })
        for id in (MoneyRefusals.citations + SelectionRules.citations).map(\.id) {
            #expect(cited.filter { $0.id == id }.count == 1, "\(id) is listed once")
        }
    }
}
