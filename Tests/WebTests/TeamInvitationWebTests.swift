import Foundation
import Identity
import KechuangApp
import KechuangTestSupport
import KechuangWebTestSupport
import Projects
import Testing
import Vapor
@testable import Web

@Suite("Team invitations")
struct TeamInvitationWebTests {
    @Test func test_Art3_aMemberSeesTheInvitationAndConfirmsIt() async throws {
        try await withTestApp { t in
            try await DemoData.loadCalls(into: t.app)
            let call = try #require(try await KechuangApp.calls(t.app).list().first)
            let university = try await t.organisation()
            let company = try await t.organisation("合作企业", type: .enterprise)
            let pi = try await t.person([.applicant], organisation: university.id)
            let member = try await t.person([.applicant], organisation: company.id)
            let applications = Applications(db: t.db, now: { t.clock.now })
            let draft = try await applications.start(call: call.id, principalInvestigator: pi, organisation: university.id)
            _ = try await applications.save(draft.id, ApplicationDraft(titleZh: "联合申报项目",
                                                                        team: [TeamMember(name: "合作者", email: member.email, organisationID: company.id.rawValue)]),
                                            expectedVersion: draft.version, by: pi)
            let session = try await t.sessionToken(for: member)
            let page = try await t.send(.GET, "/team-invitations?lang=en", session: session)
            #expect(page.text.contains("联合申报项目"))
            let confirmed = try await t.send(.POST, "/team-invitations/\(draft.id.uuidString.lowercased())/confirm", session: session)
            #expect(confirmed.status == .seeOther)
            #expect(try await applications.find(draft.id).team.first?.confirmedAt != nil)
            #expect(!(try await t.send(.GET, "/team-invitations", session: session).text.contains("联合申报项目")))
        }
    }
}

@Suite("Application sections set by the call")
struct ApplicationSectionsWebTests {
    @Test func test_theContentPageAsksForEachSectionOfTheCall() async throws {
        try await withTestApp { t in
            try await DemoData.loadCalls(into: t.app)
            let call = try #require(try await KechuangApp.calls(t.app).list().first { !$0.formSections.isEmpty })
            let university = try await t.organisation()
            let pi = try await t.person([.applicant], organisation: university.id)
            let session = try await t.sessionToken(for: pi)
            let apply = try await t.send(.POST, "/calls/\(call.id.uuidString.lowercased())/apply", session: session)
            let id = try #require(apply.headers.first(name: .location)?.split(separator: "/").dropFirst().first.map(String.init))
            let page = try await t.send(.GET, "/applications/\(id)/content", session: session)
            for heading in call.formSections { #expect(page.text.contains(heading)) }
            let application = try await Applications(db: t.db).find(try #require(GrantApplication.ID(id)))
            let saved = try await t.send(.POST, "/applications/\(id)/content", session: session, body: .form([
                "version": String(application.version), "summary": "摘要", "plan": "计划", "section_0": "技术路线说明",
            ]))
            #expect(saved.status == .seeOther)
            let stored = try await Applications(db: t.db).find(application.id)
            #expect(stored.sections[call.formSections[0]] == "技术路线说明")
            let check = try await t.send(.GET, "/applications/\(id)/check", session: session).text
            #expect(check.contains(call.formSections[1]))
        }
    }
}
