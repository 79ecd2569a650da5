import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Portal
import Storage
import Testing
import Vapor
import VaporTesting
@testable import Web

/// The officers' consultation steps over the API (Art. 58, 75), the same as on the pages and
/// through the same service: draft, publish, submissions, hide, answer, report, adopt.
@Suite("Consultation officer API (Art. 58, 75)")
struct ConsultationOfficerAPITests {
    struct Draft: Encodable, Sendable {
        var kind = "policy", title_zh = "科研仪器开放共享办法（征求意见稿）", department = "市科委", summary_zh = "推动仪器开放共享。"
        var text = "第一条 为推动科研仪器开放共享，制定本办法。\n第二条 本办法自印发之日起施行。"
        var opens_on: String, closes_on: String
    }

    struct Version: Encodable, Sendable { let version: Int }
    struct Comment: Encodable, Sendable { let article_label: String, text: String }
    struct Hide: Encodable, Sendable { let hidden_reason: String }
    struct Answer: Encodable, Sendable { let response: String, response_reason: String }
    struct Report: Encodable, Sendable { let report_zh: String }
    struct Adopt: Encodable, Sendable { let issued_on: String }

    @Test func test_Art58_officersRunAConsultationThroughTheAPI_fromDraftToAdoption_refusalsCiteTheArticle() async throws {
        try await withTestApp { t in
            let officer = try await t.person([.departmentStaff], organisation: try await t.organisation("科委", type: .governmentDepartment).id)
            let citizen = try await t.person(), other = try await t.person()
            let (_, officerKey) = try await t.tokens.create(for: officer.id, name: "test", scopes: [.read, .write], by: .system)
            let (_, citizenKey) = try await t.tokens.create(for: citizen.id, name: "test", scopes: [.read, .write], by: .system)
            let (_, otherKey) = try await t.tokens.create(for: other.id, name: "test", scopes: [.read, .write], by: .system)
            let today = BeijingDay(containing: t.clock.now), closes = BeijingDay(containing: t.clock.now.addingTimeInterval(5 * 86_400))
            let draft = Draft(opens_on: today.description, closes_on: closes.description)

            #expect(try await t.send(.POST, "/api/v1/consultations", body: .json(draft), bearer: citizenKey).status == .forbidden)
            let invalid = try await t.send(.POST, "/api/v1/consultations", body: .json(Draft(title_zh: "", opens_on: "", closes_on: "")), bearer: officerKey)
            #expect(invalid.status == .unprocessableEntity && invalid.text.contains("\"field\":\"title_zh\""))
            let created = try await t.send(.POST, "/api/v1/consultations", body: .json(draft), bearer: officerKey)
            #expect(created.status == .created)
            let id = try #require(try created.json()["id"] as? String)
            #expect(try await t.send(.GET, "/api/v1/consultations/\(id)").status == .notFound, "a draft is not public")
            // A stale version is refused; the right one publishes it, open today.
            #expect(try await t.send(.POST, "/api/v1/consultations/\(id)/publish", body: .json(Version(version: 7)), bearer: officerKey).status == .conflict)
            let published = try await t.send(.POST, "/api/v1/consultations/\(id)/publish", body: .json(Version(version: 1)), bearer: officerKey)
            #expect(try published.json()["phase"] as? String == "open")
            #expect(try await t.send(.POST, "/api/v1/consultations/\(id)/comments", body: .json(Comment(article_label: "第一条", text: "建议增加收费标准。")), bearer: citizenKey).status == .created)
            #expect(try await t.send(.POST, "/api/v1/consultations/\(id)/comments", body: .json(Comment(article_label: "", text: "广告内容")), bearer: otherKey).status == .created)
            // Before closing, the report is refused citing Art. 58.
            let early = try await t.send(.POST, "/api/v1/consultations/\(id)/report", body: .json(Report(report_zh: "采纳情况说明。")), bearer: officerKey)
            #expect(try early.status == .forbidden && early.json()["article"] as? String == "58")
            // Submissions: officers only; hide one with its reason, answer the other.
            #expect(try await t.send(.GET, "/api/v1/consultations/\(id)/submissions", bearer: citizenKey).status == .forbidden)
            let submissions = try await t.send(.GET, "/api/v1/consultations/\(id)/submissions", bearer: officerKey)
            let items = try #require((try JSONSerialization.jsonObject(with: Data(submissions.text.utf8))) as? [[String: Any]])
            #expect(items.count == 2 && items.allSatisfy { $0["needs_response"] as? Bool == true })
            let first = try #require(items.first { $0["article_label"] as? String == "第一条" }?["id"] as? String)
            let spam = try #require(items.first { $0["article_label"] is NSNull || $0["article_label"] == nil }?["id"] as? String)
            #expect(try await t.send(.POST, "/api/v1/consultation-comments/\(spam)/hide", body: .json(Hide(hidden_reason: "")), bearer: officerKey).status == .unprocessableEntity)
            let hidden = try await t.send(.POST, "/api/v1/consultation-comments/\(spam)/hide", body: .json(Hide(hidden_reason: "与本办法无关的广告")), bearer: officerKey)
            #expect(try hidden.json()["hidden"] as? Bool == true)
            let tooEarly = try await t.send(.POST, "/api/v1/consultation-comments/\(first)/response",
                                            body: .json(Answer(response: "adopted", response_reason: "同意。")), bearer: officerKey)
            #expect(try tooEarly.status == .forbidden && tooEarly.json()["article"] as? String == "58", "answers come after the closing day")
            // After the closing day: the report, then adoption into the policy library (Art. 75).
            t.clock.advance(by: 7 * 86_400)
            let answered = try await t.send(.POST, "/api/v1/consultation-comments/\(first)/response",
                                            body: .json(Answer(response: "partly_adopted", response_reason: "收费标准另行制定。")), bearer: officerKey)
            #expect(try answered.json()["needs_response"] as? Bool == false, "\(answered.text)")
            let report = try await t.send(.POST, "/api/v1/consultations/\(id)/report", body: .json(Report(report_zh: "共收到意见2条，部分采纳1条。")), bearer: officerKey)
            #expect(try report.json()["phase"] as? String == "reported")
            let adopted = try await t.send(.POST, "/api/v1/consultations/\(id)/adopt", body: .json(Adopt(issued_on: BeijingDay(containing: t.clock.now).description)), bearer: officerKey)
            #expect(adopted.status == .ok)
            #expect((try adopted.json()["adopted_policy_id"] as? String)?.hasPrefix("consultation-") == true)
            let again = try await t.send(.POST, "/api/v1/consultations/\(id)/adopt", body: .json(Adopt(issued_on: "2026-12-01")), bearer: officerKey)
            #expect(try again.status == .forbidden && again.json()["article"] as? String == "75")
            let audit = try await AuditChain.list(.init(object: id), limit: 50, on: t.db).map(\.action)
            for action in ["consultation.drafted", "consultation.published", "consultation.report_refused", "consultation.report_published", "consultation.adopted"] {
                #expect(audit.contains(action), "\(action)")
            }
        }
    }
}
