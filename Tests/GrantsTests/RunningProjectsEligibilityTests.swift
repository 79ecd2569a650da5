import Foundation
import KechuangCore
import KechuangTestSupport
import Projects
import Testing
@testable import Grants

/// The eligibility rule "PI leads fewer than N running projects" reads real projects (grt_projects).
@Suite struct RunningProjectsEligibilityTests {
    @Test func test_aPIWithNRunningProjects_isRefusedByTheRule_citingItsArticle() async throws {
        try await withTestDatabase { t in
            let w = try await AwardWorld.make(t)
            _ = try await w.fund(0)
            #expect(try await w.projects.runningCount(ledBy: w.world.pis[0].id) == 1)
            let calls = Calls(db: t.db, now: w.now)
            let rules = #"[{"id":"load","condition":{"runningProjectsOfPIBelow":1},"article":"50(3)","effectiveFrom":"2024-03-01","#
                + #""description":{"zh":"项目负责人在研项目少于1项","en":"The PI leads fewer than 1 running project"}}]"#
            let draft = try await calls.create(CallInput(
                programmeID: w.world.call.programmeID.uuidString, titleZh: "第二批指南", titleEn: "", guidelineZh: "申报单位为在京注册的独立法人单位。", guidelineEn: "",
                opensAt: BeijingTime.format(t.clock.now.addingTimeInterval(-3600)), closesAt: BeijingTime.format(t.clock.now.addingTimeInterval(10 * 86_400)),
                totalBudget: "300000", typicalAward: "100000", budgetMode: "lump_sum", selectionMode: "open_competition", eligibilityRules: rules), by: .system)
            let call = try await calls.publish(draft.id, by: .system)
            let applications = Applications(db: t.db, now: w.now, runningProjects: GrantsRunningProjects())
            func problems(_ i: Int) async throws -> [FieldError] {
                let started = try await applications.start(call: call.id, principalInvestigator: w.world.pis[i], organisation: w.world.organisations[i].id)
                return try await applications.problems(started.id)
            }
            let refused = try await problems(0).filter { $0.rule == "eligibility.load" }
            #expect(refused.count == 1)
            #expect(refused.first?.basis == .article(ArticleRef(50, paragraph: 3)))
            #expect(refused.first?.message.en.contains("1 running project") == true)
            #expect(try await problems(1).contains { $0.rule == "eligibility.load" } == false, "a PI without projects passes")
        }
    }

    @Test func test_closedProjectsDoNotCountAsRunning() {
        #expect(!ProjectStatus.countsAsRunning.contains(.closed))
        #expect(!ProjectStatus.countsAsRunning.contains(.terminated))
        #expect(!ProjectStatus.countsAsRunning.contains(.discontinued))
        #expect(ProjectStatus.countsAsRunning.contains(.running))
    }
}
