import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Projects
import Storage
import Testing
@testable import Grants

/// The audit entries about `object` (newest first).
func audit(_ object: String, _ t: some TestFixtures) async throws -> [AuditEntry] {
    try await AuditChain.list(.init(object: object), limit: 100, on: t.db)
}

@Suite("Money: expenditure lines (Art. 50(2))")
struct ExpenditureTests {
    @Test func test_Art50_2_refusesNegativeListExpenditure() async throws {
        try await withTestDatabase { t in
            let w = try await ExpenditureWorld.make(t)
            let errors = await moneyErrors { _ = try await w.record(w.line(.labour, 5_000)) }
            #expect(errors.map(\.rule) == ["expenditure.negative_list"])
            #expect(errors.first?.basis == .art(50, 2))
            #expect(errors.first?.message.zh.contains("负面清单") == true)
            #expect(try await w.expenditures.list(w.project.id, as: w.office).isEmpty, "nothing was recorded")
            let refused = try await audit(w.project.id.uuidString, t).filter { $0.action == "expenditure.refused" }
            #expect(refused.count == 1)
            #expect(refused.first?.basis == .art(50, 2))
        }
    }

    @Test func test_Art50_2_lumpSumProjectsApplyOnlyTheNegativeList() async throws {
        try await withTestDatabase { t in
            let w = try await ExpenditureWorld.make(t, mode: .lumpSum)
            // Far over what the application put on equipment: in a lump sum the categories do not bind.
            let line = try await w.record(w.line(.equipment, 90_000))
            #expect(line.state == .recorded)
            let errors = await moneyErrors { _ = try await w.record(w.line(.labour, 1_000)) }
            #expect(errors.map(\.rule) == ["expenditure.negative_list"], "the negative list still applies")
            let over = await moneyErrors { _ = try await w.record(w.line(.materials, 20_000)) }
            #expect(over.map(\.rule) == ["expenditure.award"], "never more than the project's total")
        }
    }

    @Test func test_Art50_2_refusesALineOverItsBudgetCategory() async throws {
        try await withTestDatabase { t in
            // Award 100,000 of 200,000 asked: equipment 80,000 → 40,000.
            let w = try await ExpenditureWorld.make(t, mode: .negativeList)
            _ = try await w.record(w.line(.equipment, 30_000))
            let errors = await moneyErrors { _ = try await w.record(w.line(.equipment, 15_000)) }
            #expect(errors.map(\.rule) == ["expenditure.category_budget"])
            #expect(errors.first?.basis == .art(50, 2))
            _ = try await w.record(w.line(.equipment, 10_000))
        }
    }

    @Test func test_Art50_2_crossBorderSpendingCountsOnlyOnceTheOfficerApproves() async throws {
        try await withTestDatabase { t in
            let w = try await ExpenditureWorld.make(t)
            let line = try await w.record(w.line(.importedEquipment, 10_000, payee: .foreignOrganisation))
            #expect(line.state == .awaitingApproval)
            var summary = try await w.execution.project(w.project.id, as: w.officer)
            #expect((summary.spent, summary.committed) == (0, 10_000))
            let noReason = await moneyErrors { _ = try await w.expenditures.decideCrossBorder(line.id, approve: false, note: "", expectedVersion: 1, by: w.officer) }
            #expect(noReason.map(\.rule) == ["expenditure.decision.note"])
            await #expect(throws: DomainError.notFound(entity: "project")) {
                _ = try await w.expenditures.decideCrossBorder(line.id, approve: true, note: "", expectedVersion: 1, by: w.office)
            }
            let approved = try await w.expenditures.decideCrossBorder(line.id, approve: true, note: "", expectedVersion: 1, by: w.officer)
            #expect(approved.state == .approved)
            summary = try await w.execution.project(w.project.id, as: w.pi)
            #expect((summary.spent, summary.committed) == (10_000, 0))
            #expect(try await audit(line.id.uuidString, t).map(\.action).contains("expenditure.cross_border_approved"))
        }
    }

    @Test func test_Art50_2_aPayeeAbroadNeedsACrossBorderCategory() async throws {
        try await withTestDatabase { t in
            let w = try await ExpenditureWorld.make(t)
            let errors = await moneyErrors { _ = try await w.record(w.line(.consultation, 2_000, payee: .foreignIndividual)) }
            #expect(errors.map(\.rule) == ["expenditure.cross_border.payee"])
        }
    }

    @Test func test_Art50_2_onlyTheInstitutionsResearchOfficeRecordsLines() async throws {
        try await withTestDatabase { t in
            let w = try await ExpenditureWorld.make(t)
            for person in [w.pi, w.otherOffice, w.officer] {
                await #expect(throws: DomainError.notFound(entity: "project")) {
                    _ = try await w.expenditures.record(w.project.id, w.line(.materials, 1_000), receipt: w.receipt, store: try w.store, by: person)
                }
            }
            await #expect(throws: DomainError.notFound(entity: "project")) { _ = try await w.expenditures.list(w.project.id, as: w.otherOffice) }
        }
    }

    @Test func test_Art50_2_everyLineHasAPDFReceipt() async throws {
        try await withTestDatabase { t in
            let w = try await ExpenditureWorld.make(t)
            let missing = await moneyErrors {
                _ = try await w.expenditures.record(w.project.id, w.line(.materials, 1_000), receipt: nil, store: try w.store, by: w.office)
            }
            #expect(missing.map(\.rule) == ["expenditure.receipt.required"])
            let notPDF = await moneyErrors {
                _ = try await w.expenditures.record(w.project.id, w.line(.materials, 1_000), receipt: .init(data: Data("hello".utf8), name: "a.pdf"),
                                                    store: try w.store, by: w.office)
            }
            #expect(notPDF.map(\.field) == ["receipt"])
            let line = try await w.record(w.line(.materials, 1_000))
            #expect(line.receipt?.sha256.count == 64)
        }
    }
}

@Suite("Money: tranches, adjustments, execution (Art. 22, 50(2))")
struct TrancheAndBudgetTests {
    @Test func test_Art50_2_aTrancheTiedToAMilestoneIsReleasedOnlyOnceTheMilestoneIsReportedDone() async throws {
        try await withTestDatabase { t in
            let w = try await ExpenditureWorld.make(t)
            _ = try await w.trancheService.release(w.project.id, tranche: w.tranches[0].id, by: w.officer)
            let refused = await moneyErrors { _ = try await w.trancheService.release(w.project.id, tranche: w.tranches[1].id, by: w.officer) }
            #expect(refused.map(\.rule) == ["tranche.milestone_done"])
            #expect(refused.first?.basis == .art(50, 2))
            #expect(try await audit(w.project.id.uuidString, t).contains { $0.action == "tranche.release_refused" && $0.basis == .art(50, 2) })
            _ = try await w.trancheService.reportMilestoneDone(w.project.id, milestone: w.milestones[0].id, note: "样品已制备", by: w.pi)
            _ = try await w.trancheService.release(w.project.id, tranche: w.tranches[1].id, by: w.officer)
            await #expect(throws: DomainError.self) { _ = try await w.trancheService.release(w.project.id, tranche: w.tranches[1].id, by: w.officer) }
            let views = try await w.trancheService.list(w.project.id, as: w.pi)
            #expect(views.map(\.status) == [.released, .released, .waitingForMilestone])
            #expect(try await w.execution.project(w.project.id, as: w.pi).released == w.tranches[0].amount + w.tranches[1].amount)
            await #expect(throws: DomainError.notFound(entity: "project")) {
                _ = try await w.trancheService.release(w.project.id, tranche: w.tranches[2].id, by: w.pi)
            }
        }
    }

    @Test func test_Art22_adjustmentsInsideALumpSumAreOnlyRecorded() async throws {
        try await withTestDatabase { t in
            let w = try await ExpenditureWorld.make(t, mode: .lumpSum)
            let inside = try await w.adjustments.enter(w.project.id, BudgetAdjustmentInput(kind: .reallocation, fromCategory: "indirect", toCategory: "equipment",
                                                                                          amount: 50_000, reason: "设备涨价"), by: w.office)
            #expect(inside.state == .recorded)
            #expect(inside.basis == .art(22))
            let outside = try await w.adjustments.enter(w.project.id, BudgetAdjustmentInput(kind: .totalChange, fromCategory: nil, toCategory: "equipment",
                                                                                           amount: 20_000, reason: "追加经费"), by: w.office)
            #expect(outside.state == .awaitingApproval)
            #expect(outside.basis == .art(50, 2))
            let approved = try await w.adjustments.decide(outside.id, approve: true, note: "", expectedVersion: 1, by: w.officer)
            #expect(approved.state == .approved)
            #expect(try await w.execution.project(w.project.id, as: w.pi).budget == 120_000)
        }
    }

    @Test func test_Art50_2_aReallocationBeyondTheThresholdNeedsTheOfficersApproval() async throws {
        try await withTestDatabase { t in
            // Equipment 40,000 after scaling; 10% is 4,000.
            let w = try await ExpenditureWorld.make(t, mode: .negativeList)
            let small = try await w.adjustments.enter(w.project.id, BudgetAdjustmentInput(kind: .reallocation, fromCategory: "equipment", toCategory: "materials",
                                                                                         amount: 4_000, reason: "材料增加"), by: w.office)
            #expect(small.state == .recorded)
            let large = try await w.adjustments.enter(w.project.id, BudgetAdjustmentInput(kind: .reallocation, fromCategory: "equipment", toCategory: "materials",
                                                                                         amount: 5_000, reason: "材料继续增加"), by: w.office)
            #expect(large.state == .awaitingApproval)
            var (_, plan, _) = try await w.adjustments.list(w.project.id, as: w.office)
            #expect(plan.amount(of: "equipment") == 36_000)
            _ = try await w.adjustments.decide(large.id, approve: true, note: "", expectedVersion: 1, by: w.officer)
            (_, plan, _) = try await w.adjustments.list(w.project.id, as: w.office)
            #expect((plan.amount(of: "equipment"), plan.amount(of: "materials")) == (31_000, 39_000))
            #expect(plan.total == 100_000)
        }
    }

    @Test func test_Art50_2_executionReportsSpentCommittedRemainingAndBurnRate() async throws {
        try await withTestDatabase { t in
            let w = try await ExpenditureWorld.make(t)
            _ = try await w.record(w.line(.materials, 20_000))
            _ = try await w.record(w.line(.importedEquipment, 5_000, payee: .foreignOrganisation))
            let s = try await w.execution.project(w.project.id, as: w.office)
            #expect((s.budget, s.spent, s.committed, s.remaining) == (100_000, 20_000, 5_000, 75_000))
            #expect(s.byCategory.first { $0.category == "materials" }.map { ($0.budget, $0.spent) } ?? (0, 0) == (30_000, 20_000))
            #expect(s.elapsedShare > 0 && s.elapsedShare < 0.1, "a month into two years")
            #expect((s.burnRate ?? 0) > 1, "20% spent after about 4% of the time")
            let programme = try await w.execution.programme(w.project.programmeID, as: w.officer)
            #expect(programme.spent == 20_000)
            await #expect(throws: DomainError.notFound(entity: "programme")) { _ = try await w.execution.programme(w.project.programmeID, as: w.office) }
        }
    }

    @Test func test_Art50_2_theInitialPlanScalesTheRequestToTheAwardExactly() {
        let plan = BudgetPlan.initial(requested: [BudgetLine(category: "equipment", amount: 3), BudgetLine(category: "travel", amount: 3),
                                                  BudgetLine(category: "materials", amount: 3)], award: 100)
        #expect(plan.lines.map(\.amount).reduce(0, +) == 100)
        #expect(plan.total == 100)
        #expect(BudgetPlan.initial(requested: [BudgetLine(category: "lump_sum", amount: 5)], award: 70).amount(of: "indirect") == 70)
    }
}

@Suite("Chief-scientist responsibility (Art. 29)")
struct SubTaskTests {
    @Test func test_Art29_theChiefScientistAllocatesSubTasksWithinTheAward() async throws {
        try await withTestDatabase { t in
            let w = try await ExpenditureWorld.make(t, chiefScientist: true)
            let first = try await w.subTasks.allocate(w.project.id, SubTaskInput(title: "理论计算", leaderName: "张三", leaderEmail: "zhang@example.cn", budget: 60_000), by: w.pi)
            let refused = await moneyErrors {
                _ = try await w.subTasks.allocate(w.project.id, SubTaskInput(title: "实验验证", leaderName: "李四", leaderEmail: "", budget: 50_000), by: w.pi)
            }
            #expect(refused.map(\.rule) == ["subtask.budget.award"])
            #expect(refused.first?.basis == .art(29))
            #expect(try await audit(w.project.id.uuidString, t).contains { $0.action == "subtask.refused" && $0.basis == .art(29) })
            _ = try await w.subTasks.allocate(w.project.id, SubTaskInput(title: "实验验证", leaderName: "李四", leaderEmail: "", budget: 40_000), by: w.pi)
            // Changing one counts the others, not its old amount.
            _ = try await w.subTasks.allocate(w.project.id, SubTaskInput(title: "理论计算", leaderName: "张三", leaderEmail: "", budget: 55_000),
                                              id: first.id, expectedVersion: first.version, by: w.pi)
            #expect(try await w.subTasks.list(w.project.id, as: w.office).map(\.budget).reduce(0, +) == 95_000)
            #expect(try await audit(first.id.uuidString, t).map(\.action) == ["subtask.changed", "subtask.allocated"])
            await #expect(throws: DomainError.notFound(entity: "project")) {
                _ = try await w.subTasks.allocate(w.project.id, SubTaskInput(title: "x", leaderName: "y", leaderEmail: "", budget: 1), by: w.office)
            }
        }
    }

    @Test func test_Art29_noSubTasksOutsideAChiefScientistProject() async throws {
        try await withTestDatabase { t in
            let w = try await ExpenditureWorld.make(t, chiefScientist: false)
            await #expect(throws: DomainError.forbidden(SubTaskRules.notChiefScientistProject, basis: .art(29))) {
                _ = try await w.subTasks.allocate(w.project.id, SubTaskInput(title: "x", leaderName: "y", leaderEmail: "", budget: 1), by: w.pi)
            }
        }
    }
}
