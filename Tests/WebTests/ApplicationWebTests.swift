import Foundation
import Identity
import KechuangApp
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Projects
import Testing
import Vapor
@testable import Web

/// Applications as PIs, research offices and programme officers meet them, page by page.
@Suite("Application pages, institutional sign-off and exports")
struct ApplicationWebTests {
    struct World {
        let t: TestApp
        let call: Call
        let university: Organisation
        let pi: Person
        let piSession: String
        var applications: Applications { Applications(db: t.db, now: t.app.webServices.now) }
    }

    /// The demo calls, and a PI who is an applicant at a Beijing university, born in `birthYear`.
    static func world(_ t: TestApp, birthYear: String = "1996") async throws -> World {
        try await DemoData.loadCalls(into: t.app)
        let call = try #require(try await KechuangApp.calls(t.app).list().first { $0.titleZh.contains("青年科学基金") })
        let university = try await t.organisation()
        let pi = try await t.people.create(
            PersonInput(name: "李青年", email: "pi-\(UUID().uuidString.prefix(6).lowercased())@example.cn", nationality: "CN", birthYear: birthYear),
            password: TestApp.password, memberships: [Membership(organisationID: university.id.rawValue, role: .applicant)], by: .system)
        return World(t: t, call: call, university: university, pi: pi, piSession: try await t.sessionToken(for: pi))
    }

    static func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }
    static func id<Tag>(_ id: Identifier<Tag>) -> String { Self.id(id.rawValue) }

    /// The optimistic version the page carries in its hidden field.
    static func version(_ html: String) throws -> String {
        let match = try #require(html.firstMatch(of: /name="version" value="(\d+)"/))
        return String(match.1)
    }

    /// Applies from the call page and returns the new application's id.
    static func apply(_ w: World) async throws -> GrantApplication.ID {
        let callPage = try await w.t.send(.GET, "/calls/\(id(w.call.id))", session: w.piSession)
        #expect(callPage.text.contains(#"action="/calls/\#(id(w.call.id))/apply""#), "an open call offers Apply to a signed-in applicant")
        let started = try await w.t.send(.POST, "/calls/\(id(w.call.id))/apply", session: w.piSession)
        #expect(started.status == .seeOther)
        let location = try #require(started.headers.first(name: .location))
        let match = try #require(location.firstMatch(of: /^\/applications\/([0-9a-f-]{36})\/basic/))
        return try #require(GrantApplication.ID(String(match.1)))
    }

    /// Fills one page: reads its version, posts the fields, expects to be sent to `next`.
    static func fill(_ w: World, _ app: GrantApplication.ID, _ page: String, _ fields: [String: String], next: String) async throws {
        let form = try await w.t.send(.GET, "/applications/\(id(app))/\(page)", session: w.piSession)
        #expect(form.status == .ok)
        var body = fields
        body["version"] = try version(form.text)
        let saved = try await w.t.send(.POST, "/applications/\(id(app))/\(page)", session: w.piSession, body: .form(body))
        #expect(saved.status == .seeOther, "\(page): \(saved.status)")
        #expect(saved.headers.first(name: .location)?.hasPrefix("/applications/\(id(app))/\(next)") == true)
    }

    @Test func test_Art50_1_PIFillsEveryPageSubmitsAndTheResearchOfficeSendsItToTheOfficerWhoExportsIt() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            let app = try await Self.apply(w)
            let title = "面向新型储能的固态电解质研究"
            try await Self.fill(w, app, "basic", ["title_zh": title, "title_en": "Solid electrolytes", "keywords": "储能, 电解质", "pi_phd_year": "2022"], next: "team")
            try await Self.fill(w, app, "team", ["member_1_name": "王同事", "member_1_email": "wang@example.cn",
                                                 "member_1_organisation": Self.id(w.university.id.rawValue)], next: "content")
            try await Self.fill(w, app, "content", ["summary": "研究固态电解质的界面稳定性。", "plan": "第一年材料合成，第二年表征。"], next: "budget")

            // A page-level error: the amount is not a number; the page comes back with the summary linking to the field.
            let budgetPage = try await t.send(.GET, "/applications/\(Self.id(app))/budget", session: w.piSession)
            #expect(budgetPage.text.contains(#"aria-current="step""#))
            let refused = try await t.send(.POST, "/applications/\(Self.id(app))/budget", session: w.piSession,
                                           body: .form(["budget_lump_sum": "abc", "version": try Self.version(budgetPage.text)]))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains(#"class="error-summary""#))
            #expect(refused.text.contains(##"href="#field-budget-lump-sum""##))
            #expect(refused.text.contains(#"value="abc""#), "what was typed is shown again")
            try await Self.fill(w, app, "budget", ["budget_lump_sum": "200000"], next: "check")

            let check = try await t.send(.GET, "/applications/\(Self.id(app))/check", session: w.piSession)
            #expect(check.text.contains(ProjectsMsg.appCheckNone(.zh)))
            #expect(check.text.contains(#"action="/applications/\#(Self.id(app))/submit""#))
            let submitted = try await t.send(.POST, "/applications/\(Self.id(app))/submit", session: w.piSession)
            #expect(submitted.status == .seeOther)
            let stored = try await w.applications.find(app)
            #expect(stored.state == .submitted)
            #expect(stored.titleEn == "Solid electrolytes" && stored.piPhDYear == 2022 && stored.team.count == 1 && stored.budgetTotal == 200_000)
            let mine = try await t.send(.GET, "/applications", session: w.piSession)
            #expect(mine.text.contains(title) && mine.text.contains(ApplicationState.submitted.label.zh))

            // The research office of the university approves (Art. 22).
            let office = try await t.person([.researchOffice], organisation: w.university.id)
            let officeSession = try await t.sessionToken(for: office)
            let dashboard = try await t.send(.GET, "/dashboard", session: officeSession)
            #expect(dashboard.text.contains(#"href="/institution/applications""#))
            let queue = try await t.send(.GET, "/institution/applications", session: officeSession)
            #expect(queue.text.contains(title))
            let returnedWithoutComment = try await t.send(.POST, "/institution/applications/\(Self.id(app))/decision", session: officeSession,
                                                          body: .form(["decision": "return", "comment": ""]))
            #expect(returnedWithoutComment.status == .unprocessableEntity)
            #expect(returnedWithoutComment.text.contains(##"href="#field-comment""##))
            let approved = try await t.send(.POST, "/institution/applications/\(Self.id(app))/decision", session: officeSession,
                                            body: .form(["decision": "approve"]))
            #expect(approved.status == .seeOther)
            #expect(try await w.applications.find(app).state == .withOfficer)

            // The programme officer sees it, filtered by organisation, and exports it.
            let officer = try await t.person([.programmeOfficer], organisation: try await t.organisation("科委").id)
            let officerSession = try await t.sessionToken(for: officer)
            let callAdmin = try await t.send(.GET, "/admin/calls/\(Self.id(w.call.id))", session: officerSession)
            #expect(callAdmin.text.contains(#"href="/admin/calls/\#(Self.id(w.call.id))/applications""#))
            let list = try await t.send(.GET, "/admin/calls/\(Self.id(w.call.id))/applications?organisation=\(Self.id(w.university.id.rawValue))", session: officerSession)
            #expect(list.status == .ok)
            #expect(list.text.contains(title) && list.text.contains("李青年"))
            let other = try await t.send(.GET, "/admin/calls/\(Self.id(w.call.id))/applications?organisation=\(Self.id(UUID()))", session: officerSession)
            #expect(!other.text.contains(title))

            let csv = try await t.send(.GET, "/admin/calls/\(Self.id(w.call.id))/applications.csv", session: officerSession)
            #expect(csv.status == .ok)
            #expect(csv.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)
            let csvBytes = Array(csv.body.readableBytesView)
            #expect(csvBytes.prefix(3) == [0xEF, 0xBB, 0xBF])
            #expect(csv.text.contains(title) && csv.text.contains("200000"))
            let xlsx = try await t.send(.GET, "/admin/calls/\(Self.id(w.call.id))/applications.xlsx", session: officerSession)
            #expect(xlsx.status == .ok)
            #expect(xlsx.headers.first(name: .contentDisposition)?.hasPrefix("attachment") == true)
            #expect(Array(xlsx.body.readableBytesView.prefix(2)) == Array("PK".utf8))
        }
    }

    @Test func test_Art45_ineligiblePISeesTheFailedRuleWithItsArticleOnTheCheckPage() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t, birthYear: "1980")
            let app = try await Self.apply(w)
            let draft = try await w.applications.find(app)
            _ = try await w.applications.save(app, ApplicationDraft(titleZh: "超龄申请", summary: "摘要", plan: "计划",
                                                                    budget: [BudgetLine(category: "lump_sum", amount: 100_000)]),
                                              expectedVersion: draft.version, by: w.pi)
            let check = try await t.send(.GET, "/applications/\(Self.id(app))/check?lang=en", session: w.piSession)
            #expect(check.status == .ok)
            #expect(check.text.contains("Art. 45"))
            #expect(!check.text.contains(#"action="/applications/\#(Self.id(app))/submit""#), "no Submit button while a problem remains")
            let refused = try await t.send(.POST, "/applications/\(Self.id(app))/submit?lang=en", session: w.piSession)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("Art. 45"))
            #expect(try await w.applications.find(app).state == .draft)
        }
    }

    @Test func test_problemsLinkToThePageHoldingTheField() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            let app = try await Self.apply(w)
            let check = try await t.send(.GET, "/applications/\(Self.id(app))/check", session: w.piSession)
            #expect(check.text.contains(##"href="/applications/\##(Self.id(app))/basic#field-title-zh""##))
            #expect(check.text.contains(##"href="/applications/\##(Self.id(app))/budget#field-budget""##))
            #expect(check.text.contains(##"href="/applications/\##(Self.id(app))/content#field-summary""##))
        }
    }

    @Test func test_anotherApplicantCannotSeeSomeoneElsesApplication() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            let app = try await Self.apply(w)
            let stranger = try await t.person([.applicant], organisation: w.university.id)
            let page = try await t.send(.GET, "/applications/\(Self.id(app))/basic", session: try await t.sessionToken(for: stranger))
            #expect(page.status == .notFound)
        }
    }

    @Test func test_Art22_researchOfficeReturnsWithACommentThePISeesAndCanChangeAgain() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            let app = try await Self.apply(w)
            let draft = try await w.applications.find(app)
            _ = try await w.applications.save(app, ApplicationDraft(titleZh: "退回测试", summary: "摘要", plan: "计划",
                                                                    budget: [BudgetLine(category: "lump_sum", amount: 100_000)]),
                                              expectedVersion: draft.version, by: w.pi)
            #expect(try await t.send(.POST, "/applications/\(Self.id(app))/submit", session: w.piSession).status == .seeOther)
            let office = try await t.person([.researchOffice], organisation: w.university.id)
            let returned = try await t.send(.POST, "/institution/applications/\(Self.id(app))/decision", session: try await t.sessionToken(for: office),
                                            body: .form(["decision": "return", "comment": "请补充研究基础"]))
            #expect(returned.status == .seeOther)
            #expect(try await w.applications.find(app).state == .returned)
            let page = try await t.send(.GET, "/applications/\(Self.id(app))/basic", session: w.piSession)
            #expect(page.text.contains("请补充研究基础"))
            #expect(page.text.contains(ProjectsMsg.appSaveContinue(.zh)), "a returned application can be changed again")
        }
    }

    @Test func test_aResearchOfficeOfAnotherOrganisationCannotDecide_itGets404() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            let app = try await Self.apply(w)
            let draft = try await w.applications.find(app)
            _ = try await w.applications.save(app, ApplicationDraft(titleZh: "他校", summary: "摘要", plan: "计划",
                                                                    budget: [BudgetLine(category: "lump_sum", amount: 100_000)]),
                                              expectedVersion: draft.version, by: w.pi)
            _ = try await w.applications.submit(app, by: w.pi)
            let otherOffice = try await t.person([.researchOffice], organisation: try await t.organisation("他校").id)
            let session = try await t.sessionToken(for: otherOffice)
            #expect(!(try await t.send(.GET, "/institution/applications", session: session).text.contains("他校</h2>")))
            let refused = try await t.send(.POST, "/institution/applications/\(Self.id(app))/decision", session: session,
                                           body: .form(["decision": "approve"]))
            #expect(refused.status == .notFound, "another institution's application does not exist for this office")
            #expect(try await w.applications.find(app).state == .submitted)
        }
    }

    @Test func test_PIWithdrawsBeforeTheDeadline() async throws {
        try await withTestApp { t in
            let w = try await Self.world(t)
            let app = try await Self.apply(w)
            let withdrawn = try await t.send(.POST, "/applications/\(Self.id(app))/withdraw", session: w.piSession)
            #expect(withdrawn.status == .seeOther)
            #expect(try await w.applications.find(app).state == .withdrawn)
        }
    }
}
