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

/// Pages that serve the task (issue #13): decisions with their facts and guardrails, a ranking
/// that is right, reviewers with the context they need, and dashboards that show the work.
@Suite("Task design of the project and review pages")
struct TaskDesignWebTests {
    static func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }
    static func id<Tag>(_ id: Identifier<Tag>) -> String { Self.id(id.rawValue) }

    /// Every fragment an error summary links to is an id on the page.
    static func expectSummaryTargetsExist(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let scan = HTMLScan(html)
        let missing = scan.fragmentLinks.filter { !scan.ids.contains($0) }
        #expect(missing.isEmpty, "links to missing ids: \(missing)", sourceLocation: sourceLocation)
    }

    /// A near-identical application (100 %) from another PI at the same institution, with the officer.
    static func duplicate(_ t: TestApp, _ w: ReviewWorld) async throws -> GrantApplication {
        let pi = try await t.person([.applicant], organisation: w.organisations[0].id)
        let office = try await t.person([.researchOffice], organisation: w.organisations[0].id)
        let draft = try await w.applications.start(call: w.call.id, principalInvestigator: pi, organisation: w.organisations[0].id)
        let p = w.proposals[0]
        let copy = ApplicationDraft(titleZh: p.titleZh, keywords: p.keywords, discipline: p.discipline, summary: p.summary, plan: p.plan,
                                    budget: [BudgetLine(category: "lump_sum", amount: 90_000)])
        let saved = try await w.applications.save(draft.id, copy, expectedVersion: draft.version, by: pi)
        _ = try await w.applications.submit(saved.id, by: pi)
        return try await w.applications.decide(saved.id, approve: true, comment: nil, by: office)
    }

    @Test func test_Art60_nearDuplicateIsAWarningBesideTheDecision_andAcceptingNeedsAReasonAndAConfirmation() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t, experts: 0)
            let officer = try await t.sessionToken(for: w.officer)
            let copy = try await Self.duplicate(t, w)
            let path = "/admin/applications/\(Self.id(copy.id))/check"
            let page = try await t.send(.GET, path, session: officer)
            #expect(page.text.contains(#"id="duplicate-warning""#))
            #expect(page.text.contains("100%"))
            #expect(page.text.contains(#"id="field-note""#), "the reason field is there before any error")
            #expect(page.text.contains(#"id="field-confirm-accept""#))

            let unconfirmed = try await t.send(.POST, path + "/decision", session: officer, body: .form(["decision": "accept", "note": "已核实"]))
            #expect(unconfirmed.status == .unprocessableEntity)
            #expect(unconfirmed.text.contains(##"href="#field-confirm-accept""##))
            Self.expectSummaryTargetsExist(unconfirmed.text)

            let noReason = try await t.send(.POST, path + "/decision", session: officer, body: .form(["decision": "accept", "confirm_accept": "yes"]))
            #expect(noReason.status == .unprocessableEntity)
            #expect(noReason.text.contains(##"href="#field-note""##))
            #expect(noReason.text.contains("第六十条"))
            Self.expectSummaryTargetsExist(noReason.text)
            #expect(HTMLScan(noReason.text).languageLinks.allSatisfy { $0.hasPrefix(path + "?") }, "the language link shows the check page, not the POST address")

            let accepted = try await t.send(.POST, path + "/decision", session: officer,
                                            body: .form(["decision": "accept", "confirm_accept": "yes", "note": "同一团队分别申报，已核实研究内容不同"]))
            #expect(accepted.status == .seeOther)
            #expect(try await w.applications.find(copy.id).officerNote == "同一团队分别申报，已核实研究内容不同")
        }
    }

    @Test func test_notAcceptingNeedsTheReasonAndAConfirmation() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t, experts: 0)
            let officer = try await t.sessionToken(for: w.officer)
            let copy = try await Self.duplicate(t, w)
            let path = "/admin/applications/\(Self.id(copy.id))/check/decision"
            let refused = try await t.send(.POST, path, session: officer, body: .form(["decision": "not_accept"]))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains(##"href="#field-reason""##) && refused.text.contains(##"href="#field-confirm-not-accept""##))
            Self.expectSummaryTargetsExist(refused.text)
            let done = try await t.send(.POST, path, session: officer, body: .form(["decision": "not_accept", "reason": "重复申报", "confirm_not_accept": "yes"]))
            #expect(done.status == .seeOther)
            #expect(try await w.applications.find(copy.id).state == .notAccepted)
        }
    }

    @Test func test_rankingWithoutReviewsSaysSo_linksEachTitleAndItsFundingDecision_andExplainsTheScore() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t, experts: 0, budget: 30_000_000)
            let officer = try await t.sessionToken(for: w.officer)
            for language in ["zh", "en"] {
                let page = try await t.send(.GET, "/admin/calls/\(Self.id(w.call.id))/ranking?lang=\(language)", session: officer)
                #expect(page.status == .ok)
                let text = page.text
                #expect(!text.contains("<td>\(ReviewMsg.rankingBeyond.text.zh)</td>") && !text.contains("<td>\(ReviewMsg.rankingBeyond.text.en)</td>"),
                        "nothing is beyond a budget of 30,000,000")
                #expect(text.contains(language == "zh" ? ReviewMsg.rankingNoReviews.text.zh : ReviewMsg.rankingNoReviews.text.en))
                #expect(text.contains("0–100"))
                #expect(text.contains(#"class="cutoff-line""#), "the cut-off line is drawn")
                for proposal in w.proposals {
                    #expect(text.contains(#"href="/admin/applications/\#(Self.id(proposal.id))/check""#))
                    #expect(text.contains(#"href="/admin/applications/\#(Self.id(proposal.id))/funding""#))
                }
                #expect(!text.contains(#"name="decision""#), "no inline fund / do-not-fund buttons")
                if language == "en" { #expect(HTMLScan(text).cjkOutsideChinese.isEmpty, "\(HTMLScan(text).cjkOutsideChinese)") }
            }
        }
    }

    @Test func test_Art29_reviewerSeesWhoIsBehindTheProposal_theWeightsAndTheMinimumUpFront_andTheSummaryLinksLand() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t)
            let round = try await w.published(k: 1)
            let a = try await w.rounds.assignments(round: round.id)[0]
            let expert = w.expert(a.expertID)
            let session = try await t.sessionToken(for: expert)
            let path = "/reviews/\(Self.id(a.id))"
            let before = try await t.send(.GET, path, session: session)
            let pi = try #require(w.pis.first { p in w.proposals.contains { $0.id.rawValue == a.applicationID && $0.principalInvestigatorID == p.id } })
            #expect(before.text.contains(pi.name))
            let organisation = try #require(w.organisations.first { o in w.proposals.contains { $0.id.rawValue == a.applicationID && $0.organisationID == o.id.rawValue } })
            #expect(before.text.contains(organisation.nameZh))
            #expect(try await t.send(.POST, path + "/accept", session: session).status == .seeOther)
            let form = try await t.send(.GET, path + "?lang=en", session: session)
            #expect(form.text.contains("weight 30%"))
            #expect(form.text.contains("At least \(Reviews.minimumCommentLength) characters"))
            #expect(HTMLScan(form.text).cjkOutsideChinese.isEmpty, "\(HTMLScan(form.text).cjkOutsideChinese)")
            let refused = try await t.send(.POST, path, session: session, body: .form(["score_novelty": "8", "language": "zh"]))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains(##"href="#field-confidentiality""##) && refused.text.contains(##"id="field-confidentiality""##))
            #expect(refused.text.contains(##"href="#field-no-conflict""##) && refused.text.contains(##"id="field-no-conflict""##))
            Self.expectSummaryTargetsExist(refused.text)
        }
    }

    @Test func test_failedSwapKeepsACorrectLanguageLink() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t)
            _ = try await w.configure(k: 2)
            let officer = try await t.sessionToken(for: w.officer)
            let base = "/admin/calls/\(Self.id(w.call.id))/review"
            #expect(try await t.send(.POST, base + "/run", session: officer).status == .seeOther)
            let failed = try await t.send(.POST, base + "/swap", session: officer, body: .form(["assignment": "x"]))
            #expect(failed.status == .unprocessableEntity)
            let links = HTMLScan(failed.text).languageLinks
            #expect(!links.isEmpty && links.allSatisfy { $0.hasPrefix(base + "?") }, "\(links)")
            for link in links {
                #expect(try await t.send(.GET, link.replacingOccurrences(of: "&amp;", with: "&"), session: officer).status == .ok)
            }
        }
    }

    @Test func test_eachRolesDashboardIsATaskListOfItsWork() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t)
            let copy = try await Self.duplicate(t, w)
            _ = copy
            let officer = try await t.send(.GET, "/dashboard?lang=en", session: try await t.sessionToken(for: w.officer))
            #expect(officer.text.contains("1 application waiting for the formal check"))
            #expect(officer.text.contains("4 accepted applications without reviewers yet"))
            let round = try await w.published(k: 1)
            let a = try await w.rounds.assignments(round: round.id)[0]
            let reviewer = try await t.send(.GET, "/dashboard?lang=en", session: try await t.sessionToken(for: w.expert(a.expertID)))
            #expect(reviewer.text.contains("Review invitation to accept"))
            #expect(reviewer.text.contains("/reviews/\(Self.id(a.id))"))
            t.clock.advance(by: 30 * 86_400)
            let late = try await t.send(.GET, "/dashboard?lang=en", session: try await t.sessionToken(for: w.expert(a.expertID)))
            #expect(late.text.contains("Overdue"))
        }
    }
}

extension TaskDesignWebTests {
    @Test func test_Art29_publicReportShowsTheAssignmentByPseudonym_andItsSwaps_withoutNames() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t)
            let round = try await w.rounds.run(try await w.configure(k: 1).id, by: w.officer)
            let p0 = w.proposals[0].id.rawValue
            let current = try #require(try await w.rounds.assignments(round: round.id).first { $0.applicationID == p0 })
            let conflicted = Set(try await w.rounds.exclusions(round: round.id).filter { $0.applicationID == p0 }.map(\.expertID))
            let free = try #require(w.experts.first { $0.id != current.expertID && !conflicted.contains($0.id) })
            let officer = try await t.sessionToken(for: w.officer)
            let base = "/admin/calls/\(Self.id(w.call.id))/review"
            let page = try await t.send(.GET, base + "?lang=en", session: officer)
            #expect(page.text.contains("<details>"), "seed and formula are folded away for auditors")
            #expect(HTMLScan(page.text).cjkOutsideChinese.isEmpty, "\(HTMLScan(page.text).cjkOutsideChinese)")
            let noReason = try await t.send(.POST, base + "/swap", session: officer, body: .form([
                "assignment": "\(p0.uuidString)|\(current.expertID.uuidString)", "to": free.id.uuidString, "confirm_no_match": "yes"]))
            #expect(noReason.status == .unprocessableEntity && noReason.text.contains(##"href="#field-reason""##))
            Self.expectSummaryTargetsExist(noReason.text)
            let swapped = try await t.send(.POST, base + "/swap", session: officer, body: .form([
                "assignment": "\(p0.uuidString)|\(current.expertID.uuidString)", "to": free.id.uuidString, "confirm_no_match": "yes", "reason": "原专家时间冲突"]))
            #expect(swapped.status == .seeOther)
            #expect(try await t.send(.POST, base + "/publish", session: officer).status == .seeOther)
            let report = try await t.send(.GET, "/calls/\(Self.id(w.call.id))/review-report")
            #expect(report.status == .ok)
            #expect(report.text.contains("原专家时间冲突"))
            #expect(report.text.contains("<code>p0</code>") || report.text.contains("<code>p1</code>"))
            #expect(!report.text.contains(free.name) && !report.text.contains(w.proposals[0].titleZh), "pseudonymous")
        }
    }
}
