import Foundation
import Grants
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Projects
import Review
import Storage
import Testing
import Vapor
@testable import Web

/// Expert recommendation and directed commission (Art. 29(1)), the acceptance-scheme page
/// (Art. 31) and the review API's swap confirmation, over pages and the API (#15, grants-rest).
@Suite("Grants: selection modes, acceptance schemes, swap confirmation over HTTP")
struct GrantsSelectionWebTests {
    static func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }

    static func token(_ t: TestApp, _ p: Person) async throws -> String {
        try await t.tokens.create(for: p.id, name: "api", scopes: [.read, .write], by: .system).secret
    }

    /// A call in `mode` (published or not) with one institution and its applicant.
    static func call(_ t: TestApp, mode: SelectionMode, publish: Bool) async throws -> (call: Call, organisation: Organisation, pi: Person, officer: Person) {
        let now: @Sendable () -> Date = { [clock = t.clock] in clock.now }
        let calls = Calls(db: t.db, now: now)
        let programme = try await calls.createProgramme(code: "SW\(Int.random(in: 100...999))", nameZh: "遴选页面测试专项", nameEn: "", kind: .naturalScienceFund, by: .system)
        var call = try await calls.create(CallInput(
            programmeID: programme.id.uuidString, titleZh: "\(mode.label.zh)指南", titleEn: "", guidelineZh: "在京注册的独立法人单位。", guidelineEn: "",
            opensAt: BeijingTime.format(t.clock.now.addingTimeInterval(-3600)), closesAt: BeijingTime.format(t.clock.now.addingTimeInterval(10 * 86_400)),
            totalBudget: "500000", typicalAward: "100000", budgetMode: "lump_sum", selectionMode: mode.rawValue, eligibilityRules: ""), by: .system)
        if publish { call = try await calls.publish(call.id, by: .system) }
        let organisation = try await t.organisation("遴选页面测试单位")
        return (call, organisation, try await t.person([.applicant], organisation: organisation.id), try await t.person([.programmeOfficer]))
    }

    @Test func test_Art29_1_directedCommission_pageRefusesWithoutAReason_thenLeadsToTheFundingDecision_APIProblemNamesTheField() async throws {
        try await withTestApp { t in
            let w = try await Self.call(t, mode: .directedCommission, publish: false)
            let session = try await t.sessionToken(for: w.officer)
            let page = try await t.send(.GET, "/admin/commissions", session: session)
            #expect(page.status == .ok && page.text.contains("id=\"field-reason\"") && page.text.contains("定向委托"))
            var fields = ["call_id": Self.id(w.call.id.rawValue), "organisation_id": Self.id(w.organisation.id.rawValue), "pi_email": w.pi.email,
                          "title_zh": "固态电池中试验证", "title_en": "Pilot validation", "summary": "完成中试。", "amount": "150000", "reason": ""]
            let refused = try await t.send(.POST, "/admin/commissions", session: session, body: .form(fields))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("href=\"#field-reason\"") && refused.text.contains("第二十九条第一款"))
            fields["reason"] = "应急攻关，该单位拥有唯一的中试线"
            let made = try await t.send(.POST, "/admin/commissions", session: session, body: .form(fields))
            #expect(made.status == .seeOther)
            let location = String(try #require(made.headers.first(name: .location)).split(separator: "?")[0])
            #expect(location.hasPrefix("/admin/applications/") && location.hasSuffix("/funding"))
            let decision = try await t.send(.GET, location, session: session)
            #expect(decision.status == .ok && decision.text.contains("id=\"field-commission\"") && decision.text.contains("唯一的中试线"))

            let bearer = try await Self.token(t, w.officer)
            struct Body: Encodable { let call_id: String; let organisation_id: String; let pi_email: String; let title_zh: String; let amount: Int; let reason: String }
            let problem = try await t.send(.POST, "/api/v1/commissions", body: .json(Body(call_id: Self.id(w.call.id.rawValue),
                organisation_id: Self.id(w.organisation.id.rawValue), pi_email: w.pi.email, title_zh: "第二项", amount: 100_000, reason: " ")), bearer: bearer)
            #expect(problem.status == .unprocessableEntity)
            let errors = try problem.json()["errors"] as? [[String: Any]] ?? []
            #expect(errors.contains { $0["field"] as? String == "reason" && $0["article"] as? String == "29(1)" }, "\(problem.text)")
            let list = try await t.send(.GET, "/api/v1/commissions", bearer: bearer)
            #expect(list.status == .ok && list.text.contains("唯一的中试线"))
        }
    }

    @Test func test_Art29_1_expertRecommendation_conflictedExpertRefusedOnThePage_registeredExpertNominatesOverTheAPI() async throws {
        try await withTestApp { t in
            let w = try await Self.call(t, mode: .expertRecommendation, publish: true)
            let now: @Sendable () -> Date = { [clock = t.clock] in clock.now }
            let applications = Applications(db: t.db, now: now)
            let draft = try await applications.start(call: w.call.id, principalInvestigator: w.pi, organisation: w.organisation.id)
            let saved = try await applications.save(draft.id, ApplicationDraft(titleZh: "固态电解质界面研究", keywords: "固态电池", discipline: "E0201",
                summary: "研究界面。", plan: "两年。", budget: [BudgetLine(category: "lump_sum", amount: 100_000)]), expectedVersion: draft.version, by: w.pi)
            _ = try await applications.submit(saved.id, by: w.pi)
            _ = try await applications.decide(saved.id, approve: true, comment: nil, by: try await t.person([.researchOffice], organisation: w.organisation.id))
            let application = try await applications.accept(saved.id, note: nil, by: w.officer)
            let pool = ExpertPool(db: t.db, now: now)
            func expert(_ org: Organisation.ID) async throws -> Person {
                let p = try await t.person([.reviewer], organisation: org)
                var profile = try await pool.profile(of: p)
                profile.disciplines = ["E0201"]
                profile.keywords = "固态电池"
                _ = try await pool.save(profile, expectedVersion: profile.version, by: p)
                return p
            }
            let colleague = try await expert(w.organisation.id)
            let outsider = try await expert(try await t.organisation("外单位").id)
            let colleagueSession = try await t.sessionToken(for: colleague)
            let list = try await t.send(.GET, "/expert/nominations", session: colleagueSession)
            #expect(list.status == .ok && list.text.contains("/expert/nominations/\(Self.id(application.id.rawValue))"))
            let refused = try await t.send(.POST, "/expert/nominations/\(Self.id(application.id.rawValue))", session: colleagueSession,
                                           body: .form(["statement": "推荐"]))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("href=\"#field-statement\"") && refused.text.contains("利益冲突") && refused.text.contains("第二十九条第一款"))
            let created = try await t.send(.POST, "/api/v1/applications/\(Self.id(application.id.rawValue))/nominations",
                                           body: .json(["statement": "研究基础扎实"]), bearer: try await Self.token(t, outsider))
            #expect(created.status == .created, "\(created.text)")
            let officer = try await Self.token(t, w.officer)
            let read = try await t.send(.GET, "/api/v1/applications/\(Self.id(application.id.rawValue))/nominations", bearer: officer)
            #expect(try read.json()["required"] as? Int == SelectionRules.requiredNominations)
            let decision = try await t.send(.GET, "/admin/applications/\(Self.id(application.id.rawValue))/funding", session: try await t.sessionToken(for: w.officer))
            #expect(decision.text.contains("id=\"field-nominations\"") && decision.text.contains("研究基础扎实"))
        }
    }

    @Test func test_Art31_acceptanceSchemePage_weightsNotAddingUpAreRefusedLinkingTheField_thenSaved() async throws {
        try await withTestApp { t in
            let w = try await Self.call(t, mode: .openCompetition, publish: false)
            let session = try await t.sessionToken(for: w.officer)
            let path = "/admin/programmes/\(Self.id(w.call.programmeID))/acceptance-schemes"
            let page = try await t.send(.GET, path + "?type=applied", session: session)
            #expect(page.status == .ok && page.text.contains("成果用户") && page.text.contains("id=\"field-criteria\""))
            var fields = ["research_type": "applied", "reviewer_kind": "users", "reviewers_per_project": "5", "pass_mark": "70",
                          "key_0": "adoption", "zh_0": "用户采用", "en_0": "Adoption", "weight_0": "60",
                          "key_1": "targets", "zh_1": "指标完成", "en_1": "Targets", "weight_1": "30"]
            let refused = try await t.send(.POST, path, session: session, body: .form(fields))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("href=\"#field-criteria\"") && refused.text.contains("第三十一条"))
            fields["weight_1"] = "40"
            let saved = try await t.send(.POST, path, session: session, body: .form(fields))
            #expect(saved.status == .seeOther)
            let schemes = try await t.send(.GET, "/api/v1/programmes/\(Self.id(w.call.programmeID))/acceptance-schemes", bearer: try await Self.token(t, w.officer))
            #expect(schemes.text.contains("\"pass_mark\":70") && schemes.text.contains("用户采用"), "\(schemes.text)")
        }
    }

    @Test func test_Art29_reviewAPISwapToANoMatchExpertNeedsExplicitConfirmation_problemNamesTheField() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t)
            let round = try await w.rounds.run(try await w.configure(k: 1).id, by: w.officer)
            let p0 = w.proposals[0].id.rawValue
            let outsider = try await t.person([.reviewer], organisation: w.organisations[3].id)
            var profile = try await w.pool.profile(of: outsider)
            profile.disciplines = ["H01"]
            profile.keywords = "古典文献"
            profile.maxLoad = 4
            _ = try await w.pool.save(profile, expectedVersion: profile.version, by: outsider)
            let rerun = try await w.rounds.run(round.id, by: w.officer)
            let current = try #require(try await w.rounds.assignments(round: rerun.id).first { $0.applicationID == p0 })
            let bearer = try await Self.token(t, w.officer)
            let path = "/api/v1/calls/\(Self.id(w.call.id.rawValue))/review-round/swap"
            struct Swap: Encodable { let application_id: UUID; let from_expert_id: UUID; let to_expert_id: UUID; let reason: String; let confirm_no_match: Bool? }
            let unconfirmed = try await t.send(.POST, path, body: .json(Swap(application_id: p0, from_expert_id: current.expertID, to_expert_id: outsider.id,
                                                                             reason: "回避", confirm_no_match: nil)), bearer: bearer)
            #expect(unconfirmed.status == .unprocessableEntity)
            #expect(unconfirmed.headers.contentType?.description.contains("problem+json") == true)
            let errors = try unconfirmed.json()["errors"] as? [[String: Any]] ?? []
            #expect(errors.contains { $0["field"] as? String == "confirm_no_match" && $0["rule"] as? String == "round.swap.no_match" }, "\(unconfirmed.text)")
            let confirmed = try await t.send(.POST, path, body: .json(Swap(application_id: p0, from_expert_id: current.expertID, to_expert_id: outsider.id,
                                                                           reason: "回避", confirm_no_match: true)), bearer: bearer)
            #expect(confirmed.status == .ok, "\(confirmed.text)")
        }
    }
}
