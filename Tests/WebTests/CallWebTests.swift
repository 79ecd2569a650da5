import Foundation
import Identity
import KechuangApp
import KechuangTestSupport
import KechuangWebTestSupport
import Projects
import Testing
import Vapor
@testable import Web

/// Calls as visitors and officers meet them.
@Suite("Call pages, feeds and API")
struct CallWebTests {
    static func withDemoCalls(_ body: (TestApp) async throws -> Void) async throws {
        try await withTestApp { t in
            try await DemoData.loadCalls(into: t.app)
            try await body(t)
        }
    }

    @Test func test_Art50_1_publicListShowsPublishedCallsWithBeijingDeadlines() async throws {
        try await Self.withDemoCalls { t in
            let html = try await t.send(.GET, "/calls").text
            #expect(html.contains("北京市自然科学基金青年科学基金项目申报指南"))
            #expect(html.contains("（北京时间）"))
            #expect(html.contains(ProjectsURL.callsCalendar.path))
            let call = try #require(try await KechuangApp.calls(t.app).list().first)
            let page = try await t.send(.GET, "/calls/\(call.id.uuidString.lowercased())?lang=en")
            #expect(page.status == .ok)
            #expect(page.text.contains("Beijing time, UTC+8"))
            #expect(page.text.contains("Art. 60") || page.text.contains("Art. 45") || page.text.contains("Art. 3"))
        }
    }

    @Test func test_publicListFiltersByProgrammeAndOpenCalls() async throws {
        try await Self.withDemoCalls { t in
            let programmes = try await KechuangApp.calls(t.app).programmes()
            let tech = try #require(programmes.first { $0.code == "BJKCT" })
            let filtered = try await t.send(.GET, "/calls?programme=\(tech.id.uuidString.lowercased())").text
            #expect(filtered.contains("人工智能基础软硬件"))
            #expect(!filtered.contains("青年科学基金项目申报指南"))
            t.clock.advance(by: 50 * 86_400)
            let open = try await t.send(.GET, "/calls?open=1").text
            #expect(!open.contains("人工智能基础软硬件"), "closed after 45 days")
            #expect(open.contains("青年科学基金项目申报指南"))
        }
    }

    @Test func test_feedsListTheCalls() async throws {
        try await Self.withDemoCalls { t in
            let ics = try await t.send(.GET, "/calls/deadlines.ics")
            #expect(ics.headers.contentType?.description.hasPrefix("text/calendar") == true)
            #expect(ics.text.contains("BEGIN:VCALENDAR"))
            #expect(ics.text.components(separatedBy: "BEGIN:VEVENT").count == 3)
            let atom = try await t.send(.GET, "/calls/feed.atom")
            #expect(atom.text.contains("<feed"))
            #expect(atom.text.components(separatedBy: "<entry>").count == 3)
        }
    }

    @Test func test_draftsAreNotPublic() async throws {
        try await withTestApp { t in
            let calls = KechuangApp.calls(t.app)
            let programme = try await calls.createProgramme(code: "DRAFT", nameZh: "草稿专项", nameEn: "", kind: .other, by: .system)
            let call = try await calls.create(CallInput(programmeID: programme.id.uuidString, titleZh: "未发布指南", titleEn: "", guidelineZh: "申报单位为在京注册的独立法人单位。",
                                                        guidelineEn: "", opensAt: "2026-01-01 09:00", closesAt: "2026-02-01 09:00", totalBudget: "100",
                                                        typicalAward: "10", budgetMode: "itemized", selectionMode: "open_competition", eligibilityRules: ""), by: .system)
            #expect(try await t.send(.GET, "/calls/\(call.id.uuidString.lowercased())").status == .notFound)
            #expect(try await t.send(.GET, "/api/v1/calls/\(call.id.uuidString.lowercased())").status == .notFound)
            #expect(!(try await t.send(.GET, "/calls").text.contains("未发布指南")))
        }
    }

    @Test func test_Art50_1_officerSeesWhyPublishingIsRefused() async throws {
        try await withTestApp { t in
            let officer = try await t.person([.programmeOfficer], organisation: try await t.organisation().id)
            let session = try await t.sessionToken(for: officer)
            let calls = KechuangApp.calls(t.app)
            let programme = try await calls.createProgramme(code: "TITLE", nameZh: "测试专项", nameEn: "", kind: .other, by: .system)
            let call = try await calls.create(CallInput(programmeID: programme.id.uuidString, titleZh: "含职称条件的指南", titleEn: "",
                                                        guidelineZh: "申报单位为在京注册的独立法人单位。\n项目负责人须具有正高级职称。", guidelineEn: "",
                                                        opensAt: "2026-01-01 09:00", closesAt: "2026-02-01 09:00", totalBudget: "100", typicalAward: "10",
                                                        budgetMode: "itemized", selectionMode: "open_competition", eligibilityRules: ""), by: .system)
            let page = try await t.send(.POST, "/admin/calls/\(call.id.uuidString.lowercased())/publish?lang=en", session: session)
            #expect(page.status == .unprocessableEntity)
            #expect(page.text.contains(#"class="error-summary""#))
            #expect(page.text.contains("Art. 50(1)"))
            #expect(page.text.contains(#"<mark class="lint-block">"#))
            #expect(try await calls.find(call.id).status == .draft)
        }
    }

    @Test func test_Art50_1_apiPublishIsAProblemCitingTheArticle() async throws {
        try await withTestApp { t in
            let officer = try await t.person([.programmeOfficer], organisation: try await t.organisation().id)
            let token = try await t.tokens.create(for: officer.id, name: "calls", scopes: [.read, .write], by: .system).secret
            let programme = try await KechuangApp.calls(t.app).createProgramme(code: "API", nameZh: "接口专项", nameEn: "", kind: .other, by: .system)
            let body: [String: String] = [
                "programme_id": programme.id.uuidString, "title_zh": "接口指南", "guideline_zh": "近五年以第一作者发表SCI论文不少于5篇。",
                "opens_at": "2026-01-01 09:00", "closes_at": "2026-02-01 09:00", "total_budget": "1000", "typical_award": "100",
                "budget_mode": "lump_sum", "selection_mode": "open_competition",
            ]
            let created = try await t.send(.POST, "/api/v1/calls", body: .json(body), bearer: token)
            #expect(created.status == .created)
            let id = try #require(try created.json()["id"] as? String)
            let refused = try await t.send(.POST, "/api/v1/calls/\(id)/publish", bearer: token)
            #expect(refused.status == .unprocessableEntity)
            let problem = try refused.json()
            #expect(problem["article"] as? String == "50(1)")
            #expect((problem["errors"] as? [[String: Any]])?.first?["field"] as? String == "guideline_zh")
        }
    }
}
