import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Portal
import Testing
import Vapor
import VaporTesting
@testable import Web

/// Public consultation as officers, commenters and the public meet it (Art. 58): the officer's
/// forms, the public page with its articles and comment form, the feed, the API.
@Suite("Consultation pages, feed and API (Art. 58)")
struct ConsultationWebTests {
    static func day(_ offset: Int, from date: Date) -> String { BeijingDay(containing: date.addingTimeInterval(Double(offset) * 86_400)).description }

    @Test func test_officerPublishes_peopleCommentOnAnArticle_publicSeesPageFeedAndAPI() async throws {
        try await withTestApp { t in
            let officer = try await t.person([.programmeOfficer], organisation: try await t.organisation("科委", type: .governmentDepartment).id)
            let officerSession = try await t.sessionToken(for: officer)
            let citizen = try await t.person()
            let citizenSession = try await t.sessionToken(for: citizen)

            // The officer's form: empty, every error links to its field; then complete.
            let empty = try await t.send(.POST, "/admin/consultations", session: officerSession, body: .form([:]))
            #expect(empty.status == .unprocessableEntity)
            for field in ["kind", "title-zh", "department", "summary-zh", "text", "opens-on", "closes-on"] {
                #expect(empty.text.contains("href=\"#field-\(field)\""), "\(field)")
                #expect(empty.text.contains("id=\"field-\(field)\""), "\(field)")
            }
            let created = try await t.send(.POST, "/admin/consultations", session: officerSession, body: .form([
                "kind": "policy", "title_zh": "科研经费包干制管理办法（征求意见稿）", "department": "市科委", "summary_zh": "扩大经费使用自主权。",
                "text": "第一条 为扩大科研人员经费使用自主权，制定本办法。\n第二条 本办法自印发之日起施行。",
                "opens_on": Self.day(0, from: t.clock.now), "closes_on": Self.day(10, from: t.clock.now)]))
            #expect(created.status == .seeOther)
            let location = try #require(created.headers.first(name: .location))
            let id = String(try #require(location.firstMatch(of: /\/admin\/consultations\/([0-9a-f-]{36})/)).1)
            #expect(try await t.send(.GET, "/consultations/\(id)").status == .notFound, "a draft is not public")
            #expect(try await t.send(.POST, "/admin/consultations/\(id)/publish", session: officerSession, body: .form(["version": "1"])).status == .seeOther)

            // The public page: articles with anchors; the comment form for the signed-in.
            let page = try await t.send(.GET, "/consultations/\(id)?lang=en", session: citizenSession)
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"art-2\"") && page.text.contains("id=\"comment-form\""))
            let anonymous = try await t.send(.GET, "/consultations/\(id)")
            #expect(anonymous.text.contains(ConsultationMsg.conSignInToComment.text.zh))
            let emptyComment = try await t.send(.POST, "/consultations/\(id)/comments", session: citizenSession, body: .form(["article": "whole"]))
            #expect(emptyComment.status == .unprocessableEntity)
            #expect(emptyComment.text.contains("href=\"#field-text\"") && emptyComment.text.contains("id=\"field-text\""))
            let sent = try await t.send(.POST, "/consultations/\(id)/comments", session: citizenSession,
                                        body: .form(["article": "第二条", "text": "建议明确施行日期。"]))
            #expect(sent.status == .seeOther)
            let after = try await t.send(.GET, "/consultations/\(id)")
            #expect(after.text.contains("建议明确施行日期。") && after.text.contains(ConsultationMsg.conAuthorPublic.text.zh))
            #expect(!after.text.contains(citizen.email) && !after.text.contains(citizen.name))

            // Feed and API.
            let feed = try await t.send(.GET, "/consultations/feed.atom")
            #expect(feed.headers.contentType?.subType == "atom+xml")
            #expect(feed.text.contains("科研经费包干制管理办法"))
            let list = try await t.send(.GET, "/api/v1/consultations")
            #expect(list.status == .ok && list.text.contains("\"phase\":\"open\""))
            let detail = try await t.send(.GET, "/api/v1/consultations/\(id)").json()
            #expect((detail["articles"] as? [[String: Any]])?.count == 2)
            #expect((detail["comments"] as? [[String: Any]])?.first?["article_label"] as? String == "第二条")

            // After the closing day: refused over the API with Art. 58.
            t.clock.advance(by: 12 * 86_400)
            let (_, secret) = try await t.tokens.create(for: citizen.id, name: "test", scopes: [.read, .write], by: .system)
            struct Body: Encodable, Sendable { let text: String }
            let late = try await t.send(.POST, "/api/v1/consultations/\(id)/comments", body: .json(Body(text: "晚了")), bearer: secret)
            #expect(late.status == .forbidden)
            #expect(try late.json()["article"] as? String == "58")
        }
    }
}
