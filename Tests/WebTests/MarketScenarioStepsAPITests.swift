import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import KechuangWebTestSupport
import Market
import Review
import Testing
import Vapor
@testable import Web

/// The department's and the experts' steps of scenario lists over `/api/v1` (Art. 35), on the
/// run's engine: the same services as the pages, refusals as problems citing their article.
@Suite struct MarketScenarioStepsAPITests {
    @Test func test_Art35_aDepartmentDraftsPublishesAssignsDecidesAndPublishesThePilotThroughTheAPIAndTheExpertSeesTheAssignment() async throws {
        try await withTestApp { t in
            let department = try await t.organisation("经开区管委会", type: .governmentDepartment)
            let staff = try await t.person([.departmentStaff], organisation: department.id)
            let enterprise = try await t.organisation("车路科技公司", type: .enterprise)
            let submitter = try await t.person([.applicant], organisation: enterprise.id)
            let expert = try await t.person([.reviewer], organisation: (try await t.organisation("交通研究院", type: .researchInstitute)).id)
            let pool = ExpertPool(db: t.db, now: t.now)
            var profile = try await pool.profile(of: expert)
            profile.disciplines = ["F06"]
            profile.keywords = "车路协同；交通信号"
            _ = try await pool.save(profile, expectedVersion: profile.version, by: expert)
            let token = try await t.tokens.create(for: staff.id, name: "api", scopes: [.read, .write], by: .system).secret
            let closes = BeijingDay(containing: t.clock.now.addingTimeInterval(30 * 86_400)).description

            // A submitter is not department staff: the route refuses before any object is touched.
            let submitterToken = try await t.tokens.create(for: submitter.id, name: "api", scopes: [.read, .write], by: .system).secret
            #expect(try await t.send(.POST, "/api/v1/scenario-batches", body: .json(["title_zh": "x"]), bearer: submitterToken).status == .forbidden)

            let created = try await t.send(.POST, "/api/v1/scenario-batches", body: .json([
                "department_id": department.id.uuidString.lowercased(), "title_zh": "2027 年第一批应用场景", "title_en": "Scenarios 2027/1", "closes_on": closes]), bearer: token)
            #expect(created.status == .created, "\(created.text.prefix(400))")
            let batchID = try #require((try created.json()["id"] as? String).flatMap(UUID.init(uuidString:)))
            // Publishing a list without a scenario is refused with its article.
            let empty = try await t.send(.POST, "/api/v1/scenario-batches/\(batchID.uuidString.lowercased())/publish", bearer: token)
            #expect(try empty.status == .unprocessableEntity && (try empty.json()["article"] as? String)?.hasPrefix("35") == true, "\(empty.text.prefix(400))")
            let added = try await t.send(.POST, "/api/v1/scenario-batches/\(batchID.uuidString.lowercased())/scenarios", body: .json([
                "title_zh": "车路协同路口", "title_en": "Connected intersections", "discipline": "F06", "problem": "路口通行效率低", "site": "荣华路",
                "expected_outcome": "通行时间缩短 15%", "timeline": "2027 年 3 月至 9 月", "contact": "010-00000000"]), bearer: token)
            #expect(added.status == .created, "\(added.text.prefix(400))")
            let scenarioID = try #require((try added.json()["id"] as? String).flatMap(UUID.init(uuidString:)))
            let published = try await t.send(.POST, "/api/v1/scenario-batches/\(batchID.uuidString.lowercased())/publish", bearer: token)
            #expect(try published.status == .ok && (try published.json()["phase"] as? String) == "open")

            let solution = try await Solutions(db: t.db, now: t.now).submit(to: Scenario.ID(scenarioID), SolutionInput(
                organisationID: enterprise.id.rawValue, title: "路侧感知与信号协同方案", text: "部署路侧雷视一体机，融合感知结果实时优化信号配时，并推送通行建议。",
                team: [TeamMember(name: "周工", email: "zhou@example.cn", role: "负责人")], priorDeployments: ""), by: submitter)
            let listed = try await t.send(.GET, "/api/v1/scenario-batches/\(batchID.uuidString.lowercased())/solutions", bearer: token)
            #expect(listed.status == .ok && listed.text.contains(solution.id.uuidString))
            let sid = solution.id.uuidString.lowercased()
            let panel = try await t.send(.POST, "/api/v1/scenario-solutions/\(sid)/panel", body: .json(["reviewers": "1"]), bearer: token)
            #expect(panel.status == .ok && panel.text.contains(expert.id.uuidString), "\(panel.text.prefix(400))")
            let expertToken = try await t.tokens.create(for: expert.id, name: "api", scopes: [.read, .write], by: .system).secret
            let assignments = try await t.send(.GET, "/api/v1/market-reviews", bearer: expertToken)
            #expect(assignments.status == .ok && assignments.text.contains(solution.id.uuidString))
            let noReason = try await t.send(.POST, "/api/v1/scenario-solutions/\(sid)/decision", body: .json(["decision": "select", "reason": ""]), bearer: token)
            #expect(noReason.status == .unprocessableEntity)
            let decided = try await t.send(.POST, "/api/v1/scenario-solutions/\(sid)/decision", body: .json([
                "decision": "select", "reason": "方案成熟，成本合理。", "pilot_start": closes]), bearer: token)
            #expect(try decided.status == .ok && (try decided.json()["state"] as? String) == "selected", "\(decided.text.prefix(400))")
            let pilot = try await t.send(.POST, "/api/v1/scenario-solutions/\(sid)/pilot", body: .json([
                "start_on": closes, "milestones": "\(closes) 部署完成", "outcome": "通行时间缩短 12%"]), bearer: token)
            #expect(pilot.status == .ok, "\(pilot.text.prefix(400))")
            let out = try await t.send(.POST, "/api/v1/scenario-solutions/\(sid)/pilot/publish", bearer: token)
            #expect(try out.status == .ok && (try out.json()["published_at"] as? String) != nil, "\(out.text.prefix(400))")
        }
    }
}
