import Foundation
import Identity
import Integrity
import KechuangCore
import KechuangTestSupport
import Projects
import Review
import Storage
import Testing
@testable import Grants

@Suite("Final acceptance by category and closure (Art. 31, 48, 64)")
struct AcceptanceTests {
    @Test func test_Art31_panelIsChosenWithTheProposalsConflictMachineryAmongTheCategorysReviewers() async throws {
        try await withTestDatabase { t in
            let w = try await ClosureWorld.make(t)
            _ = try await w.submitFinalReport(0)
            let opened = try await w.acceptances.open(project: w.projects[0].id, by: w.officer)
            #expect(opened.scheme.reviewerKind == .academicPeers && opened.scheme.category == .basic)
            #expect(try await GrantProjects(db: t.db, now: w.now).find(w.projects[0].id, as: w.officer).status == .acceptance)
            let (acceptance, panel, exclusions) = try await w.acceptances.choosePanel(opened.id, by: w.officer)
            #expect(acceptance.state == .reviewing && panel.count == 3 && Set(panel.map(\.expertID)).count == 3)
            for review in panel {
                #expect(!w.world.expert(review.expertID).memberships.contains { $0.organisationID == w.projects[0].organisationID }, "same organisation")
            }
            #expect(exclusions.contains { $0.reason == .sameOrganisation })
            // Technology development is evaluated by the market: the university experts are not eligible.
            let scheme = AcceptanceScheme(programmeID: w.projects[1].programmeID, category: .basic, reviewerKind: .market,
                                          criteria: [.init(key: "market", zh: "市场认可", en: "Market", weight: 100)], reviewersPerProject: 2, passMark: 60)
            _ = try await w.acceptances.saveScheme(scheme, by: w.officer)
            _ = try await w.submitFinalReport(1)
            let second = try await w.acceptances.open(project: w.projects[1].id, by: w.officer)
            #expect(second.scheme.reviewerKind == .market && second.scheme.reviewersPerProject == 2, "the programme's own scheme, as data")
            do {
                _ = try await w.acceptances.choosePanel(second.id, by: w.officer)
                Issue.record("a market panel was chosen from academic experts")
            } catch DomainError.validation(let errors) {
                #expect(errors.first?.field == "reviewers" && errors.first?.basis == .art(29))
            }
        }
    }

    @Test func test_Art31_acceptanceOpensAfterTheFinalReportAndDecidesAfterThePanelScored() async throws {
        try await withTestDatabase { t in
            let w = try await ClosureWorld.make(t)
            do {
                _ = try await w.acceptances.open(project: w.projects[0].id, by: w.officer)
                Issue.record("acceptance opened without the final report")
            } catch DomainError.forbidden(_, let basis) { #expect(basis == .art(31)) }
            await #expect(throws: DomainError.self, "the PI does not open acceptance") { _ = try await w.acceptances.open(project: w.projects[0].id, by: w.pi(0)) }
            _ = try await w.submitFinalReport(0)
            let opened = try await w.acceptances.open(project: w.projects[0].id, by: w.officer)
            _ = try await w.acceptances.choosePanel(opened.id, by: w.officer)
            do {
                _ = try await w.acceptances.decide(opened.id, AcceptanceDecision(outcome: .passed, finding: ""), by: w.officer)
                Issue.record("decided before anyone scored")
            } catch DomainError.validation(let errors) { #expect(errors.first?.basis == .art(31)) }
            let audit = try await AuditChain.list(.init(object: opened.id.rawValue.uuidString), limit: 1, on: t.db)
            #expect(audit.first?.action == "acceptance.refused" && audit.first?.basis == .art(31))
        }
    }

    @Test func test_Art48_diligentFailureNeedsItsFindingAndExcludesMisconduct() async throws {
        try await withTestDatabase { t in
            let w = try await ClosureWorld.make(t)
            let acceptance = try await w.reviewed(0, score: 40)
            do {
                _ = try await w.acceptances.decide(acceptance.id, AcceptanceDecision(outcome: .diligentFailure, finding: " "), by: w.officer)
                Issue.record("diligent failure without the finding")
            } catch DomainError.validation(let errors) {
                #expect(errors.contains { $0.field == "finding" && $0.basis == .art(48) })
            }
            do {
                _ = try await w.acceptances.decide(acceptance.id, AcceptanceDecision(outcome: .diligentFailure, finding: "已尽职",
                    misconduct: .dataFabrication, misconductDescription: "篡改实验数据"), by: w.officer)
                Issue.record("diligent failure with misconduct")
            } catch DomainError.validation(let errors) {
                #expect(errors.contains { $0.rule == "acceptance.diligence.no_misconduct" && $0.basis == .art(64) })
            }
        }
    }

    @Test func test_Art48_diligentFailureDoesNotRestrictNextApplication() async throws {
        try await withTestDatabase { t in
            let w = try await ClosureWorld.make(t)
            let acceptance = try await w.reviewed(0, score: 35)
            let decided = try await w.acceptances.decide(acceptance.id, AcceptanceDecision(
                outcome: .diligentFailure, finding: "团队按任务书开展了全部实验并如实记录，技术路线经验证不可行，已形成可供后续研究借鉴的负面结果。"), by: w.officer)
            #expect(decided.outcome == .diligentFailure && decided.integrityRecordID == nil)
            let project = try await GrantProjects(db: t.db, now: w.now).find(w.projects[0].id, as: w.pi(0))
            #expect(project.status == .closed)
            let closure = try #require(try await w.acceptances.acceptance(of: project.id, as: w.pi(0)))
            #expect(closure.acceptance.finding.contains("技术路线") && closure.acceptance.projectID == project.id.rawValue, "the finding links to the project")
            // No integrity record about the PI, and nothing restricts them.
            let records = try await IntegrityRecords(db: t.db, now: w.now).list()
            #expect(!records.contains { $0.subject == .person(w.pi(0).id) })
            #expect(try await IntegrityService(db: t.db, now: w.now).check(.person(w.pi(0).id), .projectApplication, at: t.clock.now).isAllowed)
            let audit = try await AuditChain.list(.init(object: acceptance.id.rawValue.uuidString), limit: 1, on: t.db)
            #expect(audit.first?.action == "acceptance.decided" && audit.first?.basis == .art(48))
            // The PI applies again to a new call and is not refused.
            let calls = Calls(db: t.db, now: w.now)
            let draftCall = try await calls.create(CallInput(
                programmeID: w.world.call.programmeID.uuidString, titleZh: "第二批面上项目指南", titleEn: "", guidelineZh: "申报单位为在京注册的独立法人单位。",
                guidelineEn: "", opensAt: BeijingTime.format(t.clock.now.addingTimeInterval(-3600)),
                closesAt: BeijingTime.format(t.clock.now.addingTimeInterval(10 * 86_400)), totalBudget: "300000", typicalAward: "100000",
                budgetMode: "lump_sum", selectionMode: "open_competition", eligibilityRules: ""), by: .system)
            _ = try await calls.publish(draftCall.id, by: .system)
            let applications = Applications(db: t.db, now: w.now)
            let draft = try await applications.start(call: draftCall.id, principalInvestigator: w.pi(0), organisation: Organisation.ID(project.organisationID))
            let saved = try await applications.save(draft.id, ApplicationDraft(
                titleZh: "固态电解质界面的新技术路线", keywords: "固态电池；界面", discipline: "E0201", summary: "在前一项目负面结果的基础上探索新路线。",
                plan: "第一年完成材料筛选，第二年完成验证。", budget: [BudgetLine(category: "lump_sum", amount: 100_000)]), expectedVersion: draft.version, by: w.pi(0))
            let submitted = try await applications.submit(saved.id, by: w.pi(0))
            #expect(submitted.state == .submitted, "a diligent failure does not restrict the next application (Art. 48, 64)")
        }
    }

    @Test func test_Art60_misconductFoundAtAcceptanceDraftsAnIntegrityRecordLinkedToTheProject() async throws {
        try await withTestDatabase { t in
            let w = try await ClosureWorld.make(t)
            let acceptance = try await w.reviewed(1, score: 30)
            let decided = try await w.acceptances.decide(acceptance.id, AcceptanceDecision(
                outcome: .failed, finding: "主要指标未完成。", misconduct: .dataFabrication, misconductDescription: "结题报告中的实验数据与原始记录不符。"), by: w.officer)
            let recordID = try #require(decided.integrityRecordID)
            let record = try await IntegrityRecords(db: t.db, now: w.now).find(IntegrityRecord.ID(recordID))
            #expect(record.state == .draft && record.finding == .dataFabrication && record.subject == .person(w.pi(1).id))
            #expect(record.description.contains(w.projects[1].number) && record.description.contains(w.projects[1].id.rawValue.uuidString.lowercased()))
            #expect(try await GrantProjects(db: t.db, now: w.now).find(w.projects[1].id, as: w.officer).status == .closed)
        }
    }

    @Test func test_Art31_passedWithConditionsStatesTheConditions() async throws {
        try await withTestDatabase { t in
            let w = try await ClosureWorld.make(t)
            let acceptance = try await w.reviewed(2, score: 70)
            await #expect(throws: DomainError.self) {
                _ = try await w.acceptances.decide(acceptance.id, AcceptanceDecision(outcome: .passedWithConditions, finding: ""), by: w.officer)
            }
            let decided = try await w.acceptances.decide(acceptance.id, AcceptanceDecision(outcome: .passedWithConditions, finding: "三个月内补交数据集"), by: w.officer)
            #expect(decided.outcome == .passedWithConditions && decided.state == .decided)
            let panel = try #require(try await w.acceptances.acceptance(of: w.projects[2].id, as: w.officer)).panel
            #expect(Acceptance.meanScore(panel, scheme: decided.scheme) == 70)
        }
    }
}
