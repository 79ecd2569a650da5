import Foundation
import Identity
import Integrity
import KechuangApp
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Projects
import Testing
import Vapor
@testable import Web

/// The ethics registry (Art. 61) and awards (Art. 12) as people meet them, on the run's engine.
@Suite struct EthicsAwardsWebTests {
    static func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }

    @Test func test_Art61_theSubmitPageListsTheRegistryProblem_andSubmitsOnceTheApprovalIsRegistered() async throws {
        try await withTestApp { t in
            let w = try await ApplicationWebTests.world(t)
            let app = try await ApplicationWebTests.apply(w)
            try await ApplicationWebTests.fill(w, app, "basic", ["title_zh": "智能健康监测算法研究", "pi_phd_year": "2022"], next: "team")
            try await ApplicationWebTests.fill(w, app, "content", ["summary": "研究老年人群健康监测。", "plan": "第一年采集数据，第二年验证。",
                                                                  "sensitive_human": "yes", "sensitive_ai": "yes",
                                                                  "ethics_approval_number": "京华伦审〔2026〕077号"], next: "budget")
            try await ApplicationWebTests.fill(w, app, "budget", ["budget_lump_sum": "100000"], next: "check")
            #expect(try await w.applications.find(app).ethicsApprovalNumber == "京华伦审〔2026〕077号")
            let check = try await t.send(.GET, "/applications/\(Self.id(app.rawValue))/check?lang=en", session: w.piSession)
            #expect(check.text.contains("The ethics approval number is not in the ethics registry (Art. 61)"))
            let refused = try await t.send(.POST, "/applications/\(Self.id(app.rawValue))/submit", session: w.piSession)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains("伦理审查批件编号在伦理审查登记中不存在") && refused.text.contains("第六十一条"))
            try await t.ethicsApproval("京华伦审〔2026〕077号", of: w.university.id, scopes: [.human, .ai])
            let clean = try await t.send(.GET, "/applications/\(Self.id(app.rawValue))/check?lang=en", session: w.piSession)
            #expect(!clean.text.contains("ethics registry (Art. 61)"), "the registered approval clears the problem")
            let submitted = try await t.send(.POST, "/applications/\(Self.id(app.rawValue))/submit", session: w.piSession)
            #expect(submitted.status == .seeOther, "\(submitted.text.prefix(2000))")
        }
    }

    @Test func test_Art61_2_aResearchOfficeRegistersItsCommitteeAndADecisionOnThePages() async throws {
        try await withTestApp { t in
            let university = try await t.organisation("伦理页面大学")
            let office = try await t.person([.researchOffice], organisation: university.id)
            let session = try await t.sessionToken(for: office)
            let manage = try await t.send(.GET, "/ethics/manage", session: session)
            #expect(manage.status == .ok && manage.text.contains(#"action="/ethics/committees""#))
            var committee = ["organisation_id": Self.id(university.id.rawValue), "name_zh": "伦理页面大学科技伦理审查委员会", "name_en": "Ethics Page University Committee",
                             "registration_number": "京伦备-W1", "registration_date": "2025-05-06", "scope_human": "yes", "members": "张一，医学\n李二，伦理学"]
            let refused = try await t.send(.POST, "/ethics/committees?lang=en", session: session, body: .form(committee))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains(##"href="#field-committee-members""##) && refused.text.contains("Art. 61(2)"))
            committee["members"] = "张一，医学\n李二，伦理学\n王三，法学\n赵四，社会人士\n钱五，人工智能"
            let registered = try await t.send(.POST, "/ethics/committees", session: session, body: .form(committee))
            #expect(registered.status == .seeOther)
            let registry = try await EthicsRegistry(db: t.db, now: t.now).committees()
            let saved = try #require(registry.first { $0.registrationNumber == "京伦备-W1" })
            let approval = try await t.send(.POST, "/ethics/approvals", session: session, body: .form([
                "committee_id": Self.id(saved.id.rawValue), "approval_number": "伦审-W1", "project_title": "人群队列研究", "decision_date": "2026-01-05",
                "scope_human": "yes", "valid_from": "2026-01-05", "valid_until": "2028-01-04", "high_risk_invasive_bci": "yes"]))
            #expect(approval.status == .seeOther)
            let listed = try await t.send(.GET, "/ethics/manage?lang=en", session: session)
            #expect(listed.text.contains("伦审-W1") && listed.text.contains("Expert re-review needed, not recorded") && listed.text.contains(#"action="/ethics/expert-reviews""#))
            let page = try await t.send(.GET, "/ethics?lang=en")
            #expect(page.status == .ok && page.text.contains("Ethics Page University Committee") && page.text.contains("京伦备-W1"))
            #expect(!page.text.contains("伦审-W1"), "decisions are not public")
            let api = try await t.send(.GET, "/api/v1/ethics/committees")
            #expect(api.status == .ok && api.text.contains("京伦备-W1") && api.text.contains("\"article\":\"61(2)\""))
            #expect(try await t.send(.GET, "/api/v1/ethics/approvals").status == .unauthorized)
        }
    }

    @Test func test_Art12_aRestrictedNomineeIsRefusedOnTheForm_andWinnersArePublicWithoutContacts() async throws {
        try await withTestApp { t in
            let department = try await t.organisation("市科委", type: .governmentDepartment)
            let staff = try await t.person([.departmentStaff], organisation: department.id)
            let unit = try await t.organisation("提名页面大学")
            let office = try await t.person([.researchOffice], organisation: unit.id)
            let nominee = try await t.person([.applicant], organisation: unit.id)
            let restricted = try await t.person([.applicant], organisation: unit.id)
            let record = try await t.restrict(.person(restricted.id), [.awards])
            let staffSession = try await t.sessionToken(for: staff), officeSession = try await t.sessionToken(for: office)
            let created = try await t.send(.POST, "/awards/schemes", session: staffSession, body: .form([
                "name_zh": "北京市科学技术奖", "name_en": "Beijing S&T Award", "year": "2026", "categories": "natural_science|自然科学奖|Natural Science Award"]))
            #expect(created.status == .seeOther)
            let form = try await t.send(.GET, "/awards/nominate", session: officeSession)
            let scheme = try #require(form.text.firstMatch(of: /value="([0-9a-f-]{36}:natural_science)"/)).1
            let refused = try await t.send(.POST, "/awards/nominations", session: officeSession, body: .form([
                "category": String(scheme), "nominee": "person:\(Self.id(restricted.id))", "nominating_unit_id": Self.id(unit.id.rawValue), "achievement_zh": "成果"]))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.text.contains(record.documentNumber) && refused.text.contains("第六十条") && refused.text.contains(##"href="#field-nominee""##))
            let nominated = try await t.send(.POST, "/awards/nominations", session: officeSession, body: .form([
                "category": String(scheme), "nominee": "person:\(Self.id(nominee.id))", "nominating_unit_id": Self.id(unit.id.rawValue),
                "achievement_zh": "原创成果", "achievement_en": "An original result"]))
            #expect(nominated.status == .seeOther)
            let manage = try await t.send(.GET, "/awards/manage", session: staffSession)
            let nomination = try #require(manage.text.firstMatch(of: /option value="([0-9a-f-]{36})"/)).1
            let decided = try await t.send(.POST, "/awards/decisions", session: staffSession, body: .form(["nomination_id": String(nomination), "decision": "award", "note": "表决通过"]))
            #expect(decided.status == .seeOther)
            let winners = try await t.send(.GET, "/awards?lang=en")
            #expect(winners.status == .ok && winners.text.contains(nominee.name) && winners.text.contains("An original result"))
            #expect(!winners.text.contains(nominee.email) && !winners.text.contains(restricted.email))
            let api = try await t.send(.GET, "/api/v1/awards/winners")
            #expect(api.status == .ok && api.text.contains(nominee.name) && !api.text.contains("@") && api.text.contains("\"article\":\"12\""))
        }
    }
}
