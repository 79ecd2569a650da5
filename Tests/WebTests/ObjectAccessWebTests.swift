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

/// Object-level access over HTTP (issue #11, item 8): a research office sees only its own
/// organisation and its members; the officer sees only applications that reached them. Anything
/// else is 404, on pages and in the API, so its existence is not leaked. And a damaged stored row
/// is a 500 problem with a clear message, never a silent default.
@Suite("Object access and damaged rows over HTTP")
struct ObjectAccessWebTests {
    static func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }
    static func id<Tag>(_ id: Identifier<Tag>) -> String { Self.id(id.rawValue) }

    @Test func test_item8_researchOfficeOfA_gets404OnPersonAndOrganisationOfB_pagesAndAPI() async throws {
        try await withTestApp { t in
            let orgA = try await t.organisation("甲大学")
            let orgB = try await t.organisation("乙大学")
            let office = try await t.person([.researchOffice], organisation: orgA.id)
            let memberA = try await t.person([.applicant], organisation: orgA.id)
            let memberB = try await t.person([.applicant], organisation: orgB.id)
            let session = try await t.sessionToken(for: office)
            let token = try await t.tokens.create(for: office.id, name: "api", scopes: [.read], by: .system).secret

            // Pages.
            #expect(try await t.send(.GET, "/admin/people/\(Self.id(memberA.id))", session: session).status == .ok)
            #expect(try await t.send(.GET, "/admin/organisations/\(Self.id(orgA.id.rawValue))", session: session).status == .ok)
            #expect(try await t.send(.GET, "/admin/people/\(Self.id(memberB.id))", session: session).status == .notFound)
            #expect(try await t.send(.GET, "/admin/organisations/\(Self.id(orgB.id.rawValue))", session: session).status == .notFound)
            let peoplePage = try await t.send(.GET, "/admin/people", session: session)
            #expect(peoplePage.status == .ok && peoplePage.text.contains(memberA.email) && !peoplePage.text.contains(memberB.email))
            let organisationsPage = try await t.send(.GET, "/admin/organisations", session: session)
            #expect(organisationsPage.status == .ok && organisationsPage.text.contains(orgA.nameZh) && !organisationsPage.text.contains(orgB.nameZh))

            // API: the same answers, and a missing object looks exactly like a hidden one.
            #expect(try await t.send(.GET, "/api/v1/people/\(Self.id(memberA.id))", bearer: token).status == .ok)
            #expect(try await t.send(.GET, "/api/v1/organisations/\(Self.id(orgA.id.rawValue))", bearer: token).status == .ok)
            let hiddenPerson = try await t.send(.GET, "/api/v1/people/\(Self.id(memberB.id))", bearer: token)
            let missingPerson = try await t.send(.GET, "/api/v1/people/\(Self.id(UUID()))", bearer: token)
            #expect(hiddenPerson.status == .notFound && missingPerson.status == .notFound)
            #expect(try hiddenPerson.json()["title"] as? String == (try missingPerson.json()["title"] as? String))
            #expect(try await t.send(.GET, "/api/v1/organisations/\(Self.id(orgB.id.rawValue))", bearer: token).status == .notFound)
            let people = try await t.send(.GET, "/api/v1/people", bearer: token)
            let emails = Set(((try people.json()["items"] as? [[String: Any]]) ?? []).compactMap { $0["email"] as? String })
            #expect(emails == [office.email, memberA.email])
            let organisations = try await t.send(.GET, "/api/v1/organisations?q=\(orgB.uscc)", bearer: token)
            #expect(((try organisations.json()["items"] as? [[String: Any]]) ?? []).isEmpty, "search does not reach past the scope")

            // The platform admin keeps the whole directory.
            let admin = try await t.sessionToken(for: try await t.person([.platformAdmin]))
            #expect(try await t.send(.GET, "/admin/people/\(Self.id(memberB.id))", session: admin).status == .ok)
            #expect(try await t.send(.GET, "/admin/organisations/\(Self.id(orgB.id.rawValue))", session: admin).status == .ok)
        }
    }

    /// Research offices see only their own institution's applications: for the research office of
    /// B, an application of A does not exist — on the pages and in the API, exactly like a missing one.
    @Test func test_researchOffice_of_another_institution_gets_404_on_application() async throws {
        try await withTestApp { t in
            try await DemoData.loadCalls(into: t.app)
            let call = try #require(try await KechuangApp.calls(t.app).list().first { !$0.requiredDocuments.isEmpty })
            let orgA = try await t.organisation("甲大学")
            let orgB = try await t.organisation("乙大学")
            let pi = try await t.person([.applicant], organisation: orgA.id)
            let officeA = try await t.person([.researchOffice], organisation: orgA.id)
            let officeB = try await t.person([.researchOffice], organisation: orgB.id)
            let applications = Applications(db: t.db, now: t.app.webServices.now)
            let started = try await applications.start(call: call.id, principalInvestigator: pi, organisation: orgA.id)
            let saved = try await applications.save(started.id, ApplicationDraft(titleZh: "甲大学的固态电解质研究", summary: "摘要", plan: "计划",
                                                                                budget: [BudgetLine(category: "lump_sum", amount: 80_000)]),
                                                    expectedVersion: started.version, by: pi)
            let attached = try await applications.attach(saved.id, document: call.requiredDocuments[0], data: TestPDF.make(), originalName: "协议.pdf",
                                                         store: t.app.webServices.attachments, by: pi)
            let key = try #require(attached.attachments.first?.attachment.key)
            let id = Self.id(saved.id), missing = Self.id(UUID())
            let sessionA = try await t.sessionToken(for: officeA)
            let sessionB = try await t.sessionToken(for: officeB)
            func token(_ person: Person) async throws -> String {
                try await t.tokens.create(for: person.id, name: "api", scopes: [.read, .write], by: .system).secret
            }
            let tokenA = try await token(officeA)
            let tokenB = try await token(officeB)

            // Pages: the attachment is the research office's to read at A, not at B.
            #expect(try await t.send(.GET, "/applications/\(id)/attachments/\(key)", session: sessionA).status == .ok)
            #expect(try await t.send(.GET, "/applications/\(id)/attachments/\(key)", session: sessionB).status == .notFound)
            #expect(try await t.send(.GET, "/applications/\(missing)/attachments/\(key)", session: sessionB).status == .notFound)
            let decision = try await t.send(.POST, "/institution/applications/\(id)/decision", session: sessionB, body: .form(["decision": "approve"]))
            #expect(decision.status == .notFound)
            #expect(!(try await t.send(.GET, "/institution/applications", session: sessionB).text.contains("甲大学的固态电解质研究")))

            // API: the same answers; the hidden application looks exactly like a missing one.
            #expect(try await t.send(.GET, "/api/v1/applications/\(id)", bearer: tokenA).status == .ok)
            let hidden = try await t.send(.GET, "/api/v1/applications/\(id)", bearer: tokenB)
            let absent = try await t.send(.GET, "/api/v1/applications/\(missing)", bearer: tokenB)
            #expect(hidden.status == .notFound && absent.status == .notFound)
            #expect(try hidden.json()["title"] as? String == (try absent.json()["title"] as? String))
            #expect(try hidden.json()["detail"] as? String == (try absent.json()["detail"] as? String))
            #expect(!hidden.text.contains("甲大学的固态电解质研究"))
            #expect(try await t.send(.GET, "/api/v1/applications/\(id)/problems", bearer: tokenB).status == .notFound)
            let refused = try await t.send(.POST, "/api/v1/applications/\(id)/decision", body: .json(["approve": true]), bearer: tokenB)
            #expect(refused.status == .notFound)
            #expect(try await applications.find(saved.id).state == .draft, "nothing changed")
        }
    }

    /// An integrity record about institution A is A's research office's to see and appeal (once
    /// decided); for the research office of B it does not exist, and the public does not see it
    /// until it is published within its publication period.
    @Test func test_researchOffice_of_another_institution_gets_404_on_integrity_record() async throws {
        try await withTestApp { t in
            let orgA = try await t.organisation("甲大学")
            let orgB = try await t.organisation("乙大学")
            let officeA = try await t.sessionToken(for: try await t.person([.researchOffice], organisation: orgA.id))
            let officeB = try await t.sessionToken(for: try await t.person([.researchOffice], organisation: orgB.id))
            let record = try await t.restrict(.organisation(orgA.id.rawValue), [.projectApplication])
            let id = Self.id(record.id.rawValue)
            #expect(try await t.send(.GET, "/integrity/mine", session: officeA).text.contains("/integrity/mine/\(id)/appeal"))
            #expect(!(try await t.send(.GET, "/integrity/mine", session: officeB).text.contains(id)))
            let refused = try await t.send(.POST, "/integrity/mine/\(id)/appeal", session: officeB, body: .form(["grounds": "不服该处理决定，理由见附件"]))
            let missing = try await t.send(.POST, "/integrity/mine/\(Self.id(UUID()))/appeal", session: officeB, body: .form(["grounds": "不服该处理决定，理由见附件"]))
            #expect(refused.status == .notFound && missing.status == .notFound)
            let filed = try await t.send(.POST, "/integrity/mine/\(id)/appeal", session: officeA, body: .form(["grounds": "不服该处理决定，理由见附件"]))
            #expect(filed.status == .seeOther)
            // Decided, not published: not on the public list.
            #expect(!(try await t.send(.GET, "/integrity").text.contains(record.documentNumber)))
            // The research office of B has no role to open the officers' page of the record.
            #expect(try await t.send(.GET, "/admin/integrity/\(id)", session: officeB).status == .forbidden)
        }
    }

    @Test func test_item8_comparePage404sForApplicationsThatNeverReachedTheOfficer() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t, experts: 0)
            let officer = try await t.sessionToken(for: w.officer)
            let org = w.organisations[0]
            let office = try await t.person([.researchOffice], organisation: org.id)
            let text = ApplicationDraft(titleZh: w.proposals[0].titleZh, keywords: w.proposals[0].keywords, summary: w.proposals[0].summary,
                                        plan: w.proposals[0].plan, budget: [BudgetLine(category: "lump_sum", amount: 90_000)])

            func application(_ state: ApplicationState) async throws -> GrantApplication {
                let pi = try await t.person([.applicant], organisation: org.id)
                let draft = try await w.applications.start(call: w.call.id, principalInvestigator: pi, organisation: org.id)
                let saved = try await w.applications.save(draft.id, text, expectedVersion: draft.version, by: pi)
                switch state {
                case .draft: return saved
                case .withdrawn: return try await w.applications.withdraw(saved.id, by: pi)
                case .submitted: return try await w.applications.submit(saved.id, by: pi)
                case .returned:
                    _ = try await w.applications.submit(saved.id, by: pi)
                    return try await w.applications.decide(saved.id, approve: false, comment: "请补充材料", by: office)
                default: Issue.record("not a state before the officer"); return saved
                }
            }

            let reached = w.proposals[0].id
            #expect(try await t.send(.GET, "/admin/applications/\(Self.id(reached))/compare/\(Self.id(w.proposals[1].id))", session: officer).status == .ok)
            for state in [ApplicationState.draft, .submitted, .returned, .withdrawn] {
                let other = try await application(state)
                #expect(other.state == state)
                #expect(!ApplicationAccess.officerMayView(state))
                let forward = try await t.send(.GET, "/admin/applications/\(Self.id(reached))/compare/\(Self.id(other.id))", session: officer)
                let backward = try await t.send(.GET, "/admin/applications/\(Self.id(other.id))/compare/\(Self.id(reached))", session: officer)
                #expect(forward.status == .notFound, "compare with a \(state.rawValue) application")
                #expect(backward.status == .notFound, "compare from a \(state.rawValue) application")
                #expect(!forward.text.contains(text.titleZh + "</"), "nothing of it is shown")
                let check = try await t.send(.GET, "/admin/applications/\(Self.id(other.id))/check", session: officer)
                #expect(check.status == .notFound)
            }
            // The formal check lists only near-duplicates that reached the officer.
            let page = try await t.send(.GET, "/admin/applications/\(Self.id(reached))/check", session: officer)
            #expect(page.status == .ok)
            let listed = try await w.applications.formalCheck(reached).duplicates.map(\.other.state)
            #expect(listed.allSatisfy(ApplicationAccess.officerMayView))
        }
    }

    @Test func test_Art60_damagedIntegrityRecord_formalCheckDeniesAndAcceptanceIsRefused_overHTTP() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t, experts: 0)
            let officer = try await t.sessionToken(for: w.officer)
            let org = w.organisations[1]
            let pi = try await t.person([.applicant], organisation: org.id)
            let office = try await t.person([.researchOffice], organisation: org.id)
            let draft = try await w.applications.start(call: w.call.id, principalInvestigator: pi, organisation: org.id)
            let saved = try await w.applications.save(draft.id, ApplicationDraft(titleZh: "城市交通流量预测", summary: "摘要", plan: "计划",
                                                                              budget: [BudgetLine(category: "lump_sum", amount: 50_000)]),
                                                      expectedVersion: draft.version, by: pi)
            _ = try await w.applications.submit(saved.id, by: pi)
            _ = try await w.applications.decide(saved.id, approve: true, comment: nil, by: office)
            // A review-duty restriction does not concern the application...
            let record = try await t.restrict(.person(pi.id), [.reviewDuty])
            #expect(!(try await t.send(.GET, "/admin/applications/\(Self.id(saved.id))/check", session: officer).text.contains("无法读取")))
            // ...until its scope cannot be read: then the check cannot tell, and denies.
            try await t.damage("int_records", id: record.id.rawValue, set: "scope", to: "review_duty,project_applications")
            let page = try await t.send(.GET, "/admin/applications/\(Self.id(saved.id))/check", session: officer)
            #expect(page.status == .ok && page.text.contains("无法读取") && page.text.contains("第六十条"))
            let refused = try await t.send(.POST, "/admin/applications/\(Self.id(saved.id))/check/decision", session: officer, body: .form(["decision": "accept"]))
            #expect(refused.status == .forbidden && refused.text.contains("第六十条"))
            #expect(try await w.applications.find(saved.id).state == .withOfficer)
        }
    }

    @Test func test_damagedApplicationDraft_isA500ProblemWithAClearMessage_notAnEmptyDraft() async throws {
        try await withTestApp { t in
            let w = try await ReviewWorld.make(t, experts: 0)
            let application = w.proposals[0]
            try await t.damage("prj_applications", id: application.id.rawValue, set: "draft_json", to: "{\"titleZh\":")
            let token = try await t.tokens.create(for: w.pis[0].id, name: "api", scopes: [.read], by: .system).secret
            let response = try await t.send(.GET, "/api/v1/applications/\(Self.id(application.id))?lang=en", bearer: token)
            #expect(response.status == .internalServerError)
            let problem = try response.json()
            #expect((problem["type"] as? String)?.hasSuffix("stored-data") == true)
            #expect(problem["detail"] as? String == StoredDataError.message.en)
            let page = try await t.send(.GET, "/admin/applications/\(Self.id(application.id))/check", session: try await t.sessionToken(for: w.officer))
            #expect(page.status == .internalServerError)
            #expect(page.text.contains(StoredDataError.message.zh))
        }
    }
}
