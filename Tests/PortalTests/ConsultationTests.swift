import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Policy
import Storage
import Testing
@testable import Portal

/// Public consultation (Art. 58): comments only during the period, on the whole text or one
/// article, for oneself or one's organisation; moderation hides, never deletes; the response
/// report answers every comment; an adopted policy enters the library (Art. 75).
@Suite struct ConsultationTests {
    static let text = """
    第一条 为扩大科研人员经费使用自主权，制定本办法。
    第二条 本办法适用于基础研究类科研项目。
    第三条 本办法自印发之日起施行。
    """

    struct World {
        let t: TestDB
        let officer: Person
        let citizen: Person
        let organisation: Organisation
        let member: Person
        var service: Consultations { Consultations(db: t.db, now: t.now) }
        func day(_ offset: Int) -> String { BeijingDay(containing: t.clock.now.addingTimeInterval(Double(offset) * 86_400)).description }
        func advance(days: Double) { t.clock.advance(by: days * 86_400) }
    }

    static func world(_ t: TestDB) async throws -> World {
        let commission = try await t.organisation("科委", type: .governmentDepartment)
        let university = try await t.organisation("京华大学")
        return World(t: t, officer: try await t.person([.departmentStaff], organisation: commission.id), citizen: try await t.person(),
                     organisation: university, member: try await t.person([.researchOffice], organisation: university.id))
    }

    /// A published policy consultation opening in `opensIn` days for `days` days.
    static func published(_ w: World, opensIn: Int = 0, days: Int = 10) async throws -> Consultation {
        let draft = try await w.service.create(ConsultationInput(
            kind: .policy, titleZh: "科研项目经费包干制管理办法（征求意见稿）", summaryZh: "扩大经费使用自主权。", department: "市科委",
            text: text, opensOn: w.day(opensIn), closesOn: w.day(opensIn + days)), by: w.officer)
        return try await w.service.publish(draft.id, expectedVersion: draft.version, by: w.officer)
    }

    static func refusal(_ error: any Error) -> LegalBasis? {
        if case DomainError.forbidden(_, let basis) = error { return basis }
        return nil
    }

    @Test func test_commentsOnlyBetweenOpeningAndClosingDay_refusalsCiteArt58AndAreAudited() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let c = try await Self.published(w, opensIn: 2, days: 3)
            let early = await #expect(throws: DomainError.self) { try await w.service.comment(on: c.id, .init(text: "太早了"), by: w.citizen) }
            #expect(early.flatMap(Self.refusal) == .art(58))
            w.advance(days: 2)
            let made = try await w.service.comment(on: c.id, .init(articleLabel: "第二条", text: "建议扩大适用范围。"), by: w.citizen)
            #expect(made.articleLabel == "第二条" && made.organisationID == nil)
            w.advance(days: 4)   // past the end of the closing day
            let late = await #expect(throws: DomainError.self) { try await w.service.comment(on: c.id, .init(text: "太晚了"), by: w.citizen) }
            #expect(late.flatMap(Self.refusal) == .art(58))
            let refused = try await AuditChain.list(.init(object: c.id.rawValue.uuidString), limit: 50, on: t.db).filter { $0.action == "consultation.comment_refused" }
            #expect(refused.count == 2)
            #expect(refused.allSatisfy { $0.basis == .art(58) })
            #expect(try await w.service.comments(of: c.id).count == 1)
        }
    }

    @Test func test_draftMustBeInArticles_andACommentNamesOneOfThem() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let noArticles = await #expect(throws: DomainError.self) {
                try await w.service.create(ConsultationInput(kind: .plan, titleZh: "规划", summaryZh: "说明", department: "市科委",
                                                            text: "一段没有条文的文字。", opensOn: w.day(0), closesOn: w.day(-1)), by: w.officer)
            }
            guard case .validation(let errors)? = noArticles else { Issue.record("not a validation error"); return }
            #expect(Set(errors.map(\.rule)) == ["consultation.text.articles", "consultation.closes.after_opens"])
            let c = try await Self.published(w)
            #expect(c.structure.articles.map(\.label) == ["第一条", "第二条", "第三条"])
            let wrong = await #expect(throws: DomainError.self) { try await w.service.comment(on: c.id, .init(articleLabel: "第九条", text: "意见"), by: w.citizen) }
            guard case .validation(let articleErrors)? = wrong else { Issue.record("not a validation error"); return }
            #expect(articleErrors.map(\.field) == ["article"])
        }
    }

    @Test func test_organisationsCommentAsOrganisations_onlyThroughTheirMembers() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let c = try await Self.published(w)
            let made = try await w.service.comment(on: c.id, .init(text: "单位意见", organisationID: w.organisation.id.rawValue), by: w.member)
            #expect(made.organisationID == w.organisation.id.rawValue)
            #expect(made.organisationName == w.organisation.nameZh)
            let outsider = await #expect(throws: DomainError.self) {
                try await w.service.comment(on: c.id, .init(text: "冒名意见", organisationID: w.organisation.id.rawValue), by: w.citizen)
            }
            guard case .validation(let errors)? = outsider else { Issue.record("not a validation error"); return }
            #expect(errors.map(\.field) == ["on_behalf"])
        }
    }

    @Test func test_hiddenCommentsStayStored_reportNeedsEveryVisibleCommentAnswered_thenThePolicyEntersTheLibrary() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let c = try await Self.published(w, days: 1)
            let useful = try await w.service.comment(on: c.id, .init(articleLabel: "第二条", text: "建议纳入应用基础研究。"), by: w.citizen)
            let spam = try await w.service.comment(on: c.id, .init(text: "广告"), by: w.citizen)
            await #expect(throws: DomainError.self) { try await w.service.hide(spam.id, reason: " ", by: w.officer) }
            _ = try await w.service.hide(spam.id, reason: "广告信息", by: w.officer)
            await #expect(throws: DomainError.self) { try await w.service.hide(spam.id, reason: "x", by: w.citizen) }   // not an officer

            let early = await #expect(throws: DomainError.self) { try await w.service.publishReport(c.id, summaryZh: "总结", summaryEn: "", by: w.officer) }
            #expect(early.flatMap(Self.refusal) == .art(58))
            w.advance(days: 3)
            let incomplete = await #expect(throws: DomainError.self) { try await w.service.publishReport(c.id, summaryZh: "总结", summaryEn: "", by: w.officer) }
            guard case .validation(let errors)? = incomplete else { Issue.record("not a validation error"); return }
            #expect(errors.map(\.rule) == ["consultation.report.complete"])
            #expect(errors.first?.basis == .art(58))

            _ = try await w.service.respond(useful.id, .partlyAdopted, reason: "试点纳入。", by: w.officer)
            let reported = try await w.service.publishReport(c.id, summaryZh: "采纳情况如下。", summaryEn: "", by: w.officer)
            #expect(reported.phase(at: t.clock.now) == .reported)
            let stored = try await w.service.comments(of: c.id)
            #expect(stored.count == 2)
            #expect(stored.first { $0.id == spam.id }?.text == "广告" && stored.first { $0.id == spam.id }?.hiddenReason == "广告信息")
            #expect(stored.first { $0.id == useful.id }?.response == .partlyAdopted)

            let adopted = try await w.service.adopt(c.id, issuedOn: w.day(0), by: w.officer)
            let policyID = try #require(adopted.adoptedPolicyID)
            let library = PolicyLibrary(db: t.db, now: t.now)
            let document = try await library.document(policyID)
            #expect(document.titleZh == c.titleZh)
            #expect(try await library.articles(of: document).map(\.label) == ["第一条", "第二条", "第三条"])
            let entries = try await AuditChain.list(.init(object: policyID), limit: 10, on: t.db)
            #expect(entries.map(\.basis) == [.art(75)])
            await #expect(throws: DomainError.self) { try await w.service.adopt(c.id, issuedOn: w.day(0), by: w.officer) }
        }
    }

    @Test func test_draftsAreNotFoundByThePublic() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let draft = try await w.service.create(ConsultationInput(kind: .plan, titleZh: "规划", summaryZh: "说明", department: "市科委",
                                                                    text: Self.text, opensOn: w.day(0), closesOn: w.day(5)), by: w.officer)
            await #expect(throws: DomainError.notFound(entity: "consultation")) { try await w.service.find(draft.id, as: nil) }
            await #expect(throws: DomainError.notFound(entity: "consultation")) { try await w.service.find(draft.id, as: w.citizen) }
            #expect(try await w.service.list(as: nil).isEmpty)
            #expect(try await w.service.list(as: w.officer).map(\.id) == [draft.id])
        }
    }
}
