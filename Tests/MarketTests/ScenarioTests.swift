import FluentKit
import Foundation
import Identity
import Integrity
import KechuangCore
import KechuangTestSupport
import Review
import Storage
import Testing
@testable import Market

/// A department, an open list with one scenario, an enterprise with its submitter, and experts.
struct ScenarioWorld {
    let department: Organisation
    let staff: Person
    let enterprise: Organisation
    let submitter: Person
    let batch: ScenarioBatch
    let scenario: Scenario
    let experts: [Person]

    static func details() -> ScenarioDetails {
        ScenarioDetails(problem: "路口通行效率低，需要车路协同感知", site: "亦庄经开区荣华路", resources: "开放路侧感知数据与测试路段",
                        expectedOutcome: "高峰通行时间缩短 15%", budgetYuan: 2_000_000, timeline: "2027 年 3 月至 9 月", contact: "010-00000000")
    }

    static func solution(_ org: UUID?, team: [TeamMember] = [TeamMember(name: "周工", email: "zhou@example.cn", role: "负责人")]) -> SolutionInput {
        SolutionInput(organisationID: org, title: "路侧感知与信号协同方案", text: "部署路侧雷视一体机，融合感知结果实时优化信号配时，并向网联车辆推送通行建议。",
                      team: team, priorDeployments: "海淀区 12 个路口")
    }

    static func make(_ t: some TestFixtures, experts count: Int = 3, closesInDays: Double = 30) async throws -> ScenarioWorld {
        let department = try await t.organisation("经开区管委会", type: .governmentDepartment)
        let staff = try await t.person([.departmentStaff], organisation: department.id)
        let enterprise = try await t.organisation("车路科技公司", type: .enterprise)
        let submitter = try await t.person([.applicant], organisation: enterprise.id)
        let batches = ScenarioBatches(db: t.db, now: t.now)
        let draft = try await batches.create(ScenarioBatchInput(departmentID: department.id.rawValue, titleZh: "2027 年第一批应用场景", titleEn: "Scenarios 2027/1",
                                                                summary: "", closesOn: BeijingDay(containing: t.clock.now.addingTimeInterval(closesInDays * 86_400))), by: staff)
        let scenario = try await batches.addScenario(to: draft.id, ScenarioInput(titleZh: "车路协同路口", titleEn: "Connected intersections", discipline: "F06",
                                                                                 details: details()), by: staff)
        let batch = try await batches.publish(draft.id, by: staff)
        let pool = ExpertPool(db: t.db, now: t.now)
        var experts: [Person] = []
        for i in 0..<count {
            // The first expert works at the submitting enterprise: a computed conflict.
            let org = i == 0 ? enterprise : try await t.organisation("交通研究院\(i)", type: .researchInstitute)
            let expert = try await t.person([.reviewer], organisation: org.id)
            var profile = try await pool.profile(of: expert)
            profile.disciplines = ["F06"]
            profile.keywords = "车路协同；交通信号；路侧感知"
            profile.expertise = "长期从事智能交通与车路协同研究。"
            _ = try await pool.save(profile, expectedVersion: profile.version, by: expert)
            experts.append(expert)
        }
        return ScenarioWorld(department: department, staff: staff, enterprise: enterprise, submitter: submitter, batch: batch, scenario: scenario, experts: experts)
    }
}

@Suite struct ScenarioTests {
    @Test func test_Art35_aPublishedListIsOpenFromPublicationToItsClosingDayAndPublic() async throws {
        try await withTestDatabase { t in
            let w = try await ScenarioWorld.make(t, experts: 0)
            let today = BeijingDay(containing: t.clock.now)
            #expect(w.batch.phase(on: today) == .open)
            #expect(try await ScenarioBatches(db: t.db, now: t.now).published().map(\.id) == [w.batch.id])
            // Anyone reads it; nobody adds a scenario once it is published.
            #expect(try await ScenarioBatches(db: t.db, now: t.now).find(w.batch.id, as: nil).scenarios.count == 1)
            await #expect(throws: DomainError.self) {
                _ = try await ScenarioBatches(db: t.db, now: t.now).addScenario(to: w.batch.id, ScenarioInput(titleZh: "再加一个", titleEn: "", discipline: "",
                                                                                                           details: ScenarioWorld.details()), by: w.staff)
            }
        }
    }

    @Test func test_Art35_aSolutionAfterTheClosingDayIsRefusedCitingArticle35AndAudited() async throws {
        try await withTestDatabase { t in
            let w = try await ScenarioWorld.make(t, experts: 0, closesInDays: 1)
            t.clock.advance(by: 3 * 86_400)
            do {
                _ = try await Solutions(db: t.db, now: t.now).submit(to: w.scenario.id, ScenarioWorld.solution(w.enterprise.id.rawValue), by: w.submitter)
                Issue.record("a solution was accepted after closing")
            } catch DomainError.validation(let errors) {
                #expect(errors.map(\.rule) == ["solution.batch.closed"])
                #expect(errors.first?.basis == .art(35))
            }
            let audit = try await AuditChain.list(.init(object: w.scenario.id.uuidString), limit: 10, on: t.db)
            #expect(audit.contains { $0.action == "market.scenario.refused" && $0.basis == .art(35) })
            #expect(try await SolutionRecord.query(on: t.db).count() == 0)
        }
    }

    @Test func test_Art35_onlyPeopleOfTheSubmittingOrganisationSubmitAndOncePerScenario() async throws {
        try await withTestDatabase { t in
            let w = try await ScenarioWorld.make(t, experts: 0)
            let solutions = Solutions(db: t.db, now: t.now)
            let stranger = try await t.person([.applicant], organisation: try await t.organisation("别家公司", type: .enterprise).id)
            await #expect(throws: DomainError.self) { _ = try await solutions.submit(to: w.scenario.id, ScenarioWorld.solution(w.enterprise.id.rawValue), by: stranger) }
            let s = try await solutions.submit(to: w.scenario.id, ScenarioWorld.solution(w.enterprise.id.rawValue), by: w.submitter)
            #expect(s.state == .submitted)
            await #expect(throws: DomainError.self) { _ = try await solutions.submit(to: w.scenario.id, ScenarioWorld.solution(w.enterprise.id.rawValue), by: w.submitter) }
            // The stranger cannot see it either.
            await #expect(throws: DomainError.self) { _ = try await solutions.find(s.id, as: stranger) }
        }
    }

    @Test func test_Art29_solutionsAreReviewedByAPanelWithoutConflictsOnTheProposalsForm() async throws {
        try await withTestDatabase { t in
            let w = try await ScenarioWorld.make(t, experts: 3)
            let solutions = Solutions(db: t.db, now: t.now)
            let s = try await solutions.submit(to: w.scenario.id, ScenarioWorld.solution(w.enterprise.id.rawValue), by: w.submitter)
            let (panel, reviews) = try await solutions.assignPanel(s.id, reviewers: 2, by: w.staff)
            // The expert of the submitting enterprise is excluded with the computed reason; the other two review.
            #expect(Set(reviews.map(\.expertID)) == Set(w.experts.dropFirst().map(\.id)))
            #expect(panel.exclusions.contains { $0.expertID == w.experts[0].id && $0.reason == ConflictReason.sameOrganisation.rawValue })
            #expect(try await solutions.find(s.id, as: w.staff).solution.state == .reviewing)
            // The review form is the proposals' form: a short comment and missing declarations are refused.
            let panels = MarketPanels(db: t.db, now: t.now)
            let mine = try #require(try await panels.assignments(of: w.experts[1]).first)
            do {
                _ = try await panels.submit(mine.id, ReviewInput(scores: ["fit": "8"], comment: "好", language: "zh", confidentiality: false, noConflict: false), by: w.experts[1])
                Issue.record("an incomplete review was accepted")
            } catch DomainError.validation(let errors) {
                #expect(Set(errors.map(\.rule)).isSuperset(of: ["review.score.range", "review.comment.required", "review.declaration.no_conflict"]))
            }
            let scores = ["fit": "8", "feasibility": "7", "deployments": "9", "cost": "6"]
            let done = try await panels.submit(mine.id, ReviewInput(scores: scores, comment: "方案与场景契合，部署经验丰富，建议试点。", language: "zh",
                                                                    confidentiality: true, noConflict: true), by: w.experts[1])
            #expect(done.total == Ranking.total(["fit": 8, "feasibility": 7, "deployments": 9, "cost": 6], criteria: MarketPanel.criteria(.solution)))
            // Another expert cannot open it; the panel no longer changes once scored.
            await #expect(throws: DomainError.self) { _ = try await panels.review(mine.id, as: w.experts[2]) }
            await #expect(throws: DomainError.self) { _ = try await solutions.assignPanel(s.id, reviewers: 1, by: w.staff) }
        }
    }

    @Test func test_Art29_aPanelWithTooFewExpertsWithoutConflictsIsRefusedWithTheSolversExplanation() async throws {
        try await withTestDatabase { t in
            let w = try await ScenarioWorld.make(t, experts: 1)
            let solutions = Solutions(db: t.db, now: t.now)
            let s = try await solutions.submit(to: w.scenario.id, ScenarioWorld.solution(w.enterprise.id.rawValue), by: w.submitter)
            do {
                _ = try await solutions.assignPanel(s.id, reviewers: 1, by: w.staff)
                Issue.record("a conflicted expert was assigned")
            } catch DomainError.validation(let errors) {
                #expect(errors.first?.field == "reviewers")
                #expect(errors.first?.basis == .art(29))
            }
        }
    }

    @Test func test_Art35_selectionNeedsItsReasonAndStartsAPilotPublishedOnceItHasAnOutcome() async throws {
        try await withTestDatabase { t in
            let w = try await ScenarioWorld.make(t, experts: 0)
            let solutions = Solutions(db: t.db, now: t.now)
            let s = try await solutions.submit(to: w.scenario.id, ScenarioWorld.solution(w.enterprise.id.rawValue), by: w.submitter)
            let start = BeijingDay(containing: t.clock.now.addingTimeInterval(10 * 86_400))
            do {
                _ = try await solutions.decide(s.id, select: true, reason: "好", pilotStart: start, by: w.staff)
                Issue.record("selected without a reason")
            } catch DomainError.validation(let errors) {
                #expect(errors.map(\.rule) == ["solution.decision.reason"])
                #expect(errors.first?.basis == .art(35))
            }
            let selected = try await solutions.decide(s.id, select: true, reason: "方案成熟，成本合理，部署经验充分。", pilotStart: start, by: w.staff)
            #expect(selected.state == .selected)
            #expect(selected.decisionReason == "方案成熟，成本合理，部署经验充分。")
            let pilots = Pilots(db: t.db, now: t.now)
            #expect(try await pilots.pilot(of: s.id, as: w.submitter)?.startOn == start)
            await #expect(throws: DomainError.self) { _ = try await pilots.publish(s.id, by: w.staff) }
            _ = try await pilots.record(s.id, startOn: start, milestones: [PilotMilestone(title: "设备部署", due: start, done: true)],
                                        outcome: "高峰通行时间缩短 18%", by: w.staff)
            _ = try await pilots.publish(s.id, by: w.staff)
            let published = try await pilots.published()
            #expect(published.map(\.solution.id) == [s.id])
            #expect(published.first?.pilot.milestones.first?.done == true)
        }
    }

    @Test func test_accessMatrix_batchesAndSolutions() {
        let dept = UUID(), org = UUID(), submitter = UUID()
        let staff = MarketAccess.Viewer(personID: UUID(), roles: [.departmentStaff], staffOf: [dept])
        let otherStaff = MarketAccess.Viewer(personID: UUID(), roles: [.departmentStaff], staffOf: [UUID()])
        let colleague = MarketAccess.Viewer(personID: UUID(), roles: [.applicant], actsFor: [org])
        let visitor = MarketAccess.Viewer(personID: nil, roles: [])
        let admin = MarketAccess.Viewer(personID: UUID(), roles: [.platformAdmin])
        #expect(MarketAccess.mayManageBatch(staff, department: dept) && MarketAccess.mayManageBatch(admin, department: dept))
        #expect(!MarketAccess.mayManageBatch(otherStaff, department: dept) && !MarketAccess.mayManageBatch(colleague, department: dept))
        #expect(MarketAccess.mayViewBatch(visitor, department: dept, isPublic: true) && !MarketAccess.mayViewBatch(visitor, department: dept, isPublic: false))
        #expect(MarketAccess.mayViewSolution(colleague, submitter: submitter, organisation: org, department: dept, onPanel: false))
        #expect(MarketAccess.mayViewSolution(staff, submitter: submitter, organisation: org, department: dept, onPanel: false))
        #expect(!MarketAccess.mayViewSolution(otherStaff, submitter: submitter, organisation: org, department: dept, onPanel: false))
        #expect(MarketAccess.mayViewSolution(visitor, submitter: submitter, organisation: org, department: dept, onPanel: true) == true)
        #expect(!MarketAccess.mayViewSolution(visitor, submitter: submitter, organisation: org, department: dept, onPanel: false))
        #expect(MarketAccess.maySubmit(colleague, for: org) && !MarketAccess.maySubmit(staff, for: org))
    }

    @Test func test_storedData_aScenarioWhoseDetailsDoNotDecodeIsAnError() async throws {
        try await withTestDatabase { t in
            let w = try await ScenarioWorld.make(t, experts: 0)
            try await t.damage("mkt_scenarios", id: w.scenario.id.rawValue, set: "details_json", to: "{not json")
            do {
                _ = try await ScenarioBatches(db: t.db, now: t.now).scenarios(of: w.batch.id)
                Issue.record("a damaged scenario was read")
            } catch { #expect(TestDB.isStoredDataError(error, table: "mkt_scenarios", column: "details_json")) }
        }
    }
}
