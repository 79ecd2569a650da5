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

/// The formal check, the review round, reviews and the funding decision over the JSON API: the
/// same steps the pages take, so a programme office can script a whole season (Art. 29, 60).
@Suite("Review over the API")
struct ReviewAPITests {
    static func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }
    static func id<Tag>(_ id: Identifier<Tag>) -> String { Self.id(id.rawValue) }

    func token(_ t: TestApp, _ person: Person) async throws -> String {
        try await t.tokens.create(for: person.id, name: "api", scopes: [.read, .write], by: .system).secret
    }

    @Test func test_Art29_wholeRoundOverTheAPI_fromFormalCheckToFunding() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t)
            let officer = try await token(t, w.officer)
            let callPath = "/api/v1/calls/\(Self.id(w.call.id))"

            // A fifth application reaches the officer and is accepted through the API.
            let org = w.organisations[2]
            let pi = try await t.person([.applicant], organisation: org.id)
            let office = try await t.person([.researchOffice], organisation: org.id)
            let draft = try await w.applications.start(call: w.call.id, principalInvestigator: pi, organisation: org.id)
            let saved = try await w.applications.save(draft.id, ApplicationDraft(
                titleZh: "钙钛矿太阳能电池稳定性", keywords: "钙钛矿；太阳能电池", discipline: "E0201", summary: "研究钙钛矿电池的衰减机理与封装。",
                plan: "两年完成。", budget: [BudgetLine(category: "lump_sum", amount: 80_000)]), expectedVersion: draft.version, by: pi)
            _ = try await w.applications.submit(saved.id, by: pi)
            _ = try await w.applications.decide(saved.id, approve: true, comment: nil, by: office)
            let accepted = try await t.send(.POST, "/api/v1/applications/\(Self.id(saved.id))/formal-check", body: .json(["decision": "accept"]), bearer: officer)
            #expect(accepted.status == .ok)
            #expect(try accepted.json()["state"] as? String == "accepted")

            // Parameters out of range are refused with the field and the article.
            let refused = try await t.send(.PUT, "\(callPath)/review-round", body: .json(RoundBody(reviewers_per_proposal: 99)), bearer: officer)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("reviewers_per_proposal"))

            let deadline = BeijingTime.format(t.clock.now.addingTimeInterval(20 * 86_400))
            let configured = try await t.send(.PUT, "\(callPath)/review-round", body: .json(RoundBody(deadline: deadline)), bearer: officer)
            #expect(configured.status == .ok)
            #expect(try configured.json()["state"] as? String == "draft")

            let run = try await t.send(.POST, "\(callPath)/review-round/run", bearer: officer)
            #expect(run.status == .ok)
            let computed = try run.json()
            #expect(computed["state"] as? String == "computed")
            let assignments = try #require(computed["assignments"] as? [[String: Any]])
            #expect(assignments.count == 5 * 2, "two reviewers for each of the five proposals")

            let published = try await t.send(.POST, "\(callPath)/review-round/publish", bearer: officer)
            #expect(try published.json()["state"] as? String == "published")

            // Every expert accepts and reviews what they were given.
            for expert in w.experts {
                let bearer = try await token(t, expert)
                let list = try await t.send(.GET, "/api/v1/reviews", bearer: bearer)
                #expect(list.status == .ok)
                let invitations = try #require(try JSONSerialization.jsonObject(with: Data(list.text.utf8)) as? [[String: Any]])
                for invitation in invitations {
                    let assignment = try #require(invitation["id"] as? String)
                    let accept = try await t.send(.POST, "/api/v1/reviews/\(assignment)/accept", bearer: bearer)
                    #expect(accept.status == .ok)
                    let review = try await t.send(.POST, "/api/v1/reviews/\(assignment)/submit", body: .json(ReviewBody()), bearer: bearer)
                    #expect(review.status == .ok, "\(review.text)")
                }
            }

            let ranking = try await t.send(.GET, "\(callPath)/ranking", bearer: officer)
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(ranking.text.utf8)) as? [[String: Any]])
            #expect(rows.count == 5)
            #expect(rows.allSatisfy { ($0["reviews"] as? Int) == 2 && $0["mean"] is Double })

            // The funding decision is the Grants API's (one path, through Awards).
            let funded = try await t.send(.POST, "/api/v1/applications/\(Self.id(saved.id))/award", body: .json(Self.award(t)), bearer: officer)
            #expect(funded.status == .created, "\(funded.text)")
            let facts = try await t.send(.GET, "/api/v1/applications/\(Self.id(saved.id))/award", bearer: officer)
            #expect(try facts.json()["state"] as? String == "funded")
        }
    }

    /// A small award with a reason, within any request and budget of `ReviewWorld`.
    struct AwardJSON: Encodable, Sendable {
        let awarded_amount = 1000
        let start_date: String
        let end_date: String
        let funding_kind = "competitive"
        let research_type = "basic"
        let reason = "测试 test"
    }

    static func award(_ t: TestApp) -> AwardJSON {
        let today = BeijingDay(containing: t.clock.now)
        return AwardJSON(start_date: today.description, end_date: "\(today.year + 2)-06-30")
    }

    @Test func test_Art60_fundingOverTheAPIIsRefusedUnderAFiscalFundingRestriction() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t, experts: 0)
            let officer = try await token(t, w.officer)
            let record = try await t.restrict(.person(w.pis[0].id), [.fiscalFunding])
            let refused = try await t.send(.POST, "/api/v1/applications/\(Self.id(w.proposals[0].id))/award", body: .json(Self.award(t)), bearer: officer)
            #expect(refused.status == .forbidden)
            #expect(try refused.json()["article"] as? String == "60")
            #expect(refused.text.contains(record.documentNumber))
        }
    }

    @Test func test_reviewRoundOfACallWithoutOneIsNotFound() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t, experts: 0)
            let officer = try await token(t, w.officer)
            let missing = try await t.send(.POST, "/api/v1/calls/\(Self.id(w.call.id))/review-round/run", bearer: officer)
            #expect(missing.status == .notFound)
            #expect(missing.headers.contentType?.description.contains("problem+json") == true)
        }
    }

    /// Found by the fuzzer: a conflict naming an application or expert that does not exist was a
    /// foreign-key failure (500); it is a validation error naming the field.
    @Test func test_Art29_conflictWithUnknownProposalOrExpertIsAValidationError_notAServerError() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t)
            _ = try await w.configure()
            let officer = try await token(t, w.officer)
            let path = "/api/v1/calls/\(Self.id(w.call.id))/review-round/conflicts"
            let unknown = try await t.send(.POST, path, body: .json(
                ["application_id": Self.id(UUID()), "expert_id": Self.id(UUID()), "reason": "同一课题组"]), bearer: officer)
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.text.contains("\"application\"") && unknown.text.contains("\"expert\""))
            let known = try await t.send(.POST, path, body: .json(
                ["application_id": Self.id(w.proposals[0].id), "expert_id": Self.id(w.experts[1].id), "reason": "同一课题组"]), bearer: officer)
            #expect(known.status == .ok)
            let exclusions = try #require(try known.json()["exclusions"] as? [[String: Any]])
            #expect(exclusions.contains { $0["by_officer"] as? Bool == true && $0["reason"] as? String == "officer" })
        }
    }

    struct RoundBody: Encodable, Sendable {
        var reviewers_per_proposal = 2
        var min_load = 0
        var max_load = 4
        var deadline = "2030-01-01 17:00"
        var fair = false
        var seed = 7
    }

    struct ReviewBody: Encodable, Sendable {
        var scores = ["novelty": 8, "feasibility": 7, "team": 9, "value": 6]
        var comment = "研究问题明确，技术路线可行，建议加强对照实验设计与数据共享。"
        var language = "zh"
        var confidentiality = true
        var no_conflict = true
    }
}
