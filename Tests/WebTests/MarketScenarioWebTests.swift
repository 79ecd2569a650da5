import Foundation
import Identity
import Integrity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Market
import Testing
import Vapor
@testable import Web

/// Scenario demand lists (Art. 35) and certification (Art. 34, 60) over HTTP, on the run's engine.
@Suite struct MarketScenarioWebTests {
    struct SolutionBody: Encodable, Sendable {
        struct Member: Encodable, Sendable { let name: String; let email: String; let role: String }
        let organisation_id: UUID
        let title: String
        let text: String
        let team: [Member]
    }

    struct ApplicationBody: Encodable, Sendable {
        let kind: String
        let organisation_id: UUID
        let name: String
        let description: String
        let evidence: [String: String]
    }

    @Test func test_Art35_theListPagesFeedAndAPIArePublicAndALateSolutionIsA422CitingArticle35() async throws {
        try await withTestApp { t in
            let department = try await t.organisation("经开区管委会", type: .governmentDepartment)
            let staff = try await t.person([.departmentStaff], organisation: department.id)
            let enterprise = try await t.organisation("车路科技公司", type: .enterprise)
            let submitter = try await t.person([.applicant], organisation: enterprise.id)
            let batches = ScenarioBatches(db: t.db, now: t.now)
            let draft = try await batches.create(ScenarioBatchInput(departmentID: department.id.rawValue, titleZh: "2027 年第一批应用场景", titleEn: "Scenarios 2027/1",
                                                                    summary: "", closesOn: BeijingDay(containing: t.clock.now.addingTimeInterval(86_400))), by: staff)
            let scenario = try await batches.addScenario(to: draft.id, ScenarioInput(titleZh: "车路协同路口", titleEn: "Connected intersections", discipline: "F06",
                details: ScenarioDetails(problem: "路口通行效率低", site: "荣华路", resources: "路侧数据", expectedOutcome: "通行时间缩短", budgetYuan: nil,
                                         timeline: "半年", contact: "010-00000000")), by: staff)
            // A draft is nobody's business but the department's.
            #expect(try await t.send(.GET, "/scenarios/batches/\(draft.id.uuidString.lowercased())").status == .notFound)
            _ = try await batches.publish(draft.id, by: staff)
            for lang in ["zh", "en"] {
                let list = try await t.send(.GET, "/scenarios?lang=\(lang)")
                #expect(list.status == .ok && list.text.contains("/scenarios/batches/"))
                let page = try await t.send(.GET, "/scenarios/batches/\(draft.id.uuidString.lowercased())?lang=\(lang)")
                #expect(page.status == .ok && page.text.contains("路口通行效率低"))
                #expect(try await t.send(.GET, "/certification?lang=\(lang)").status == .ok)
                #expect(try await t.send(.GET, "/scenarios/pilots?lang=\(lang)").status == .ok)
            }
            let feed = try await t.send(.GET, "/scenarios/feed.atom")
            #expect(feed.status == .ok && feed.text.contains("2027 年第一批应用场景"))
            let api = try await t.send(.GET, "/api/v1/scenario-batches")
            #expect(api.status == .ok && api.text.contains("\"phase\":\"open\""))
            // After the closing day: a problem citing Art. 35, on the page and in the API.
            t.clock.advance(by: 3 * 86_400)
            let token = try await t.tokens.create(for: submitter.id, name: "api", scopes: [.read, .write], by: .system).secret
            let late = try await t.send(.POST, "/api/v1/scenarios/\(scenario.id.uuidString.lowercased())/solutions", body: .json(SolutionBody(
                organisation_id: enterprise.id.rawValue, title: "方案", text: "部署路侧雷视一体机，融合感知结果实时优化信号配时，并推送通行建议。",
                team: [.init(name: "周工", email: "zhou@example.cn", role: "负责人")])), bearer: token)
            #expect(late.status == .unprocessableEntity)
            #expect(try late.json()["article"] as? String == "35")
            let session = try await t.sessionToken(for: submitter)
            let page = try await t.send(.POST, "/scenarios/items/\(scenario.id.uuidString.lowercased())/solution", session: session, body: .form([
                "organisation_id": enterprise.id.uuidString.lowercased(), "title": "方案", "text": "部署路侧雷视一体机，融合感知结果实时优化信号配时，并推送通行建议。",
                "team": "周工, zhou@example.cn, 负责人"]))
            #expect(page.status == .unprocessableEntity)
            #expect(page.text.contains("第三十五条") && page.text.contains("href=\"#field-scenario\"") && page.text.contains("id=\"field-scenario\""))
        }
    }

    @Test func test_Art60_aProcurementRestrictedApplicantIsA422CitingArticle60OnThePageAndInTheAPI() async throws {
        try await withTestApp { t in
            let enterprise = try await t.organisation("受限公司", type: .enterprise)
            let applicant = try await t.person([.applicant], organisation: enterprise.id)
            try await t.restrict(.organisation(enterprise.id.rawValue), [.procurement])
            let evidence = Dictionary(uniqueKeysWithValues: CertificationCriteria.criteria(for: .newProduct).map { ($0.id, "见材料") })
            let token = try await t.tokens.create(for: applicant.id, name: "api", scopes: [.read, .write], by: .system).secret
            let api = try await t.send(.POST, "/api/v1/certification/applications", body: .json(ApplicationBody(
                kind: "new_product", organisation_id: enterprise.id.rawValue, name: "激光雷达", description: "固态激光雷达", evidence: evidence)), bearer: token)
            #expect(api.status == .unprocessableEntity)
            #expect(try api.json()["article"] as? String == "60")
            var form = ["kind": "new_product", "organisation_id": enterprise.id.uuidString.lowercased(), "name": "激光雷达", "description": "固态激光雷达"]
            for (k, v) in evidence { form["evidence_\(k)"] = v }
            let session = try await t.sessionToken(for: applicant)
            #expect(try await t.send(.GET, "/certification/apply?kind=first_set", session: session).text.contains("id=\"field-evidence-firstset-catalogue\""))
            let page = try await t.send(.POST, "/certification/apply", session: session, body: .form(form))
            #expect(page.status == .unprocessableEntity)
            #expect(page.text.contains("第六十条") && page.text.contains("href=\"#field-organisation-id\""))
        }
    }
}
