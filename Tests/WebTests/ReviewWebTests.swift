import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Projects
import Review
import Testing
import Vapor
@testable import Web

/// The formal check and expert review as officers and experts meet them, over HTTP.
@Suite("Formal check and review pages")
struct ReviewWebTests {
    static func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }
    static func id<Tag>(_ id: Identifier<Tag>) -> String { Self.id(id.rawValue) }

    @Test func test_Art60_formalCheckPageShowsTheRecordAndRefusesAcceptanceCitingIt() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t)
            let officer = try await t.sessionToken(for: w.officer)
            // A fresh application from a restricted PI, approved by the institution.
            let pi = try await t.person([.applicant], organisation: w.organisations[0].id)
            let office = try await t.person([.researchOffice], organisation: w.organisations[0].id)
            let draft = try await w.applications.start(call: w.call.id, principalInvestigator: pi, organisation: w.organisations[0].id)
            var copy = ApplicationDraft(titleZh: w.proposals[0].titleZh + "（再次申报）", keywords: w.proposals[0].keywords, summary: w.proposals[0].summary,
                                        plan: w.proposals[0].plan, budget: [BudgetLine(category: "lump_sum", amount: 90_000)])
            copy.discipline = "E0201"
            let saved = try await w.applications.save(draft.id, copy, expectedVersion: draft.version, by: pi)
            _ = try await w.applications.submit(saved.id, by: pi)
            _ = try await w.applications.decide(saved.id, approve: true, comment: nil, by: office)
            let record = try await t.restrict(.person(pi.id), [.projectApplication])

            let page = try await t.send(.GET, "/admin/applications/\(Self.id(saved.id))/check", session: officer)
            #expect(page.status == .ok)
            #expect(page.text.contains(record.documentNumber))
            #expect(page.text.contains("第六十条"))
            #expect(page.text.contains("/compare/\(Self.id(w.proposals[0].id))"), "the earlier, near-identical application is listed")

            let compare = try await t.send(.GET, "/admin/applications/\(Self.id(saved.id))/compare/\(Self.id(w.proposals[0].id))", session: officer)
            #expect(compare.status == .ok)
            #expect(compare.text.contains("<mark>"))

            let refused = try await t.send(.POST, "/admin/applications/\(Self.id(saved.id))/check/decision", session: officer, body: .form(["decision": "accept", "confirm_accept": "yes"]))
            #expect(refused.status == .forbidden)
            #expect(refused.text.contains("第六十条"))
        }
    }

    @Test func test_Art60_APISubmissionIsRefusedWithTheArticleAndTheRecord() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t, experts: 0)
            let pi = try await t.person([.applicant], organisation: w.organisations[1].id)
            let draft = try await w.applications.start(call: w.call.id, principalInvestigator: pi, organisation: w.organisations[1].id)
            _ = try await w.applications.save(draft.id, ApplicationDraft(titleZh: "图神经网络", summary: "摘要", plan: "计划",
                                                                     budget: [BudgetLine(category: "lump_sum", amount: 50_000)]), expectedVersion: draft.version, by: pi)
            let record = try await t.restrict(.person(pi.id), [.projectApplication])
            let token = try await t.tokens.create(for: pi.id, name: "api", scopes: [.read, .write], by: .system).secret
            let refused = try await t.send(.POST, "/api/v1/applications/\(Self.id(draft.id))/submit", bearer: token)
            #expect(refused.status == .forbidden)
            let problem = try refused.json()
            #expect(problem["article"] as? String == "60")
            #expect((problem["detail"] as? String ?? "").contains(record.documentNumber))
        }
    }

    @Test func test_expertProfileFormNamesTheFieldAndRule() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t, experts: 1)
            let session = try await t.sessionToken(for: w.experts[0])
            let form = try await t.send(.GET, "/expert/profile", session: session)
            #expect(form.status == .ok)
            let version = try #require(form.text.firstMatch(of: /name="version" value="(\d+)"/)).1
            let refused = try await t.send(.POST, "/expert/profile", session: session, body: .form([
                "version": String(version), "disciplines": "化学", "keywords": "", "max_load": "5", "lang_zh": "yes"]))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains(##"href="#field-disciplines""##))
            #expect(refused.text.contains(##"href="#field-keywords""##))
            let saved = try await t.send(.POST, "/expert/profile", session: session, body: .form([
                "version": String(version), "disciplines": "b05, B0501", "keywords": "量子点", "max_load": "5", "lang_zh": "yes",
                "availability": "2026-01-01 2030-12-31", "declared_conflicts": "old@example.cn, 博士导师"]))
            #expect(saved.status == .seeOther)
            let profile = try await w.pool.profile(of: w.experts[0])
            #expect(profile.disciplines == ["B05", "B0501"])
            #expect(profile.declaredConflicts.first?.target == .person(email: "old@example.cn"))
        }
    }

    @Test func test_Art29_officerRunsAndPublishesTheAssignment_andTheReportIsPublicWithItsInputs() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t)
            let officer = try await t.sessionToken(for: w.officer)
            let base = "/admin/calls/\(Self.id(w.call.id))/review"
            let deadline = BeijingTime.format(t.clock.now.addingTimeInterval(15 * 86_400))
            let bad = try await t.send(.POST, base, session: officer, body: .form(["reviewers_per_proposal": "0", "min_load": "0", "max_load": "4", "deadline": deadline, "seed": "3"]))
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.text.contains("第二十九条"))
            #expect(try await t.send(.POST, base, session: officer, body: .form(["reviewers_per_proposal": "2", "min_load": "0", "max_load": "4", "deadline": deadline, "seed": "3"])).status == .seeOther)
            #expect(try await t.send(.POST, base + "/run", session: officer).status == .seeOther)
            let page = try await t.send(.GET, base, session: officer)
            #expect(page.text.contains(ConflictReason.sameOrganisation.label.zh))
            // A swap to an expert of the proposal's own organisation is refused, naming the conflict.
            let round0 = try #require(try await w.rounds.round(call: w.call.id.rawValue))
            let assigned = try #require(try await w.rounds.assignments(round: round0.id).first { $0.applicationID == w.proposals[0].id.rawValue })
            let swap = try await t.send(.POST, base + "/swap", session: officer, body: .form([
                "assignment": "\(assigned.applicationID.uuidString)|\(assigned.expertID.uuidString)", "to": w.experts[0].id.uuidString]))
            #expect(swap.status == .unprocessableEntity)
            #expect(swap.text.contains(ConflictReason.sameOrganisation.label.zh))
            #expect(swap.text.contains(##"href="#field-to""##))
            #expect(try await t.send(.GET, "/calls/\(Self.id(w.call.id))/review-report").status == .notFound, "not public before publication")
            #expect(try await t.send(.POST, base + "/publish", session: officer).status == .seeOther)

            let report = try await t.send(.GET, "/calls/\(Self.id(w.call.id))/review-report")
            let round = try #require(try await w.rounds.round(call: w.call.id.rawValue))
            #expect(report.status == .ok)
            #expect(report.text.contains(round.report!.inputsDigest))
            let json = try await t.send(.GET, "/api/v1/calls/\(Self.id(w.call.id))/review-report")
            #expect(json.status == .ok)
            #expect(try json.json()["inputs_sha256"] as? String == round.report!.inputsDigest)
            #expect((try json.json()["files"] as? [String])?.count == 5)
            let conflicts = try await t.send(.GET, "/calls/\(Self.id(w.call.id))/review-report/conflicts.csv")
            #expect(conflicts.status == .ok)
            #expect(conflicts.text.hasPrefix("proposal,reviewer,reason\n"))
            #expect(conflicts.text.contains("same-organisation"))
        }
    }

    @Test func test_expertAcceptsAndReviews_declarationsRequired_thenOfficerRanks() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t)
            let round = try await w.published(k: 1)
            let a = try await w.rounds.assignments(round: round.id)[0]
            let session = try await t.sessionToken(for: w.expert(a.expertID))
            let list = try await t.send(.GET, "/reviews", session: session)
            #expect(list.text.contains("/reviews/\(Self.id(a.id))"))
            #expect(try await t.send(.POST, "/reviews/\(Self.id(a.id))/accept", session: session).status == .seeOther)
            let fields = ["score_novelty": "8", "score_feasibility": "7", "score_team": "9", "score_value": "6",
                          "comment": "研究问题明确，技术路线可行，建议加强对照实验设计。", "language": "zh"]
            let refused = try await t.send(.POST, "/reviews/\(Self.id(a.id))", session: session, body: .form(fields))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains(##"href="#field-no-conflict""##))
            var complete = fields
            complete["confidentiality"] = "yes"
            complete["no_conflict"] = "yes"
            #expect(try await t.send(.POST, "/reviews/\(Self.id(a.id))", session: session, body: .form(complete)).status == .seeOther)
            // Another expert cannot open this assignment.
            let other = try await t.sessionToken(for: w.experts.first { $0.id != a.expertID }!)
            #expect(try await t.send(.GET, "/reviews/\(Self.id(a.id))", session: other).status == .notFound)

            let ranking = try await t.send(.GET, "/admin/calls/\(Self.id(w.call.id))/ranking", session: try await t.sessionToken(for: w.officer))
            #expect(ranking.status == .ok)
            #expect(ranking.text.contains("above-cutoff"))
        }
    }
}
