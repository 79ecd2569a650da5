import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import SQLKit
import Storage
import Testing
@testable import Monitoring

/// The key-task ledger (Art. 6, 8, 14): plans with goals tied to indicators, tasks with their
/// targets, monthly progress with history, the overdue and at-risk flags as rules citing Art. 8(1),
/// and the year-end assessment computed from the targets met.
@Suite struct KeyTaskLedgerTests {
    struct World {
        let ledger: KeyTaskLedger
        let science: Organisation, finance: Organisation
        let staff: Person, financeStaff: Person
        let plan: LedgerPlan
        let year: Int
    }

    static func world(_ t: TestDB) async throws -> World {
        let science = try await t.organisation("市科学技术委员会", type: .governmentDepartment)
        let finance = try await t.organisation("市财政局", type: .governmentDepartment)
        let staff = try await t.person([.departmentStaff], organisation: science.id)
        let financeStaff = try await t.person([.departmentStaff], organisation: finance.id)
        let ledger = KeyTaskLedger(db: t.db, now: t.now)
        let year = BeijingDay(containing: t.clock.now).year
        let plan = try await ledger.createPlan(PlanInput(level: "city", scope: "", titleZh: "国际科技创新中心建设规划", fromYear: "\(year)", toYear: "\(year + 4)",
                                                         goals: "研发投入强度保持 6% 以上 | RPT-RDI\n青年人才主持项目比例提高 | GRT-03"), by: staff)
        return World(ledger: ledger, science: science, finance: finance, staff: staff, financeStaff: financeStaff, plan: plan, year: year)
    }

    static func task(_ w: World, code: String, lead: Organisation, co: [Organisation] = [], deadline: String? = nil, target: String = "100") -> TaskInput {
        TaskInput(planID: w.plan.id.rawValue.uuidString, year: "\(w.year)", code: code, titleZh: "重点任务 \(code)", leadDepartment: lead.id.rawValue.uuidString,
                  coDepartments: co.map { $0.id.rawValue.uuidString }, deadline: deadline ?? "\(w.year)-12-31", targetValue: target, targetUnit: "项",
                  indicator: "GRT-01", article: "8(1)")
    }

    static func month(_ t: TestDB) -> String {
        let d = BeijingDay(containing: t.clock.now)
        return String(format: "%04d-%02d", d.year, d.month)
    }

    @Test func test_Art14_planGoalsLinkIndicatorsOfTheCatalogue() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            #expect(w.plan.goals.map(\.indicators) == [["RPT-RDI"], ["GRT-03"]])
            #expect(try await w.ledger.plans().map(\.id) == [w.plan.id])
            do {
                try await w.ledger.createPlan(PlanInput(level: "district", scope: "", titleZh: "", fromYear: "20x", toYear: "\(w.year)", goals: "目标 | XYZ-9"), by: w.staff)
                Issue.record("an invalid plan was saved")
            } catch DomainError.validation(let errors) {
                #expect(Set(errors.map(\.field)) == ["scope", "title_zh", "from_year", "goals"])
                #expect(errors.contains { $0.rule == "ledger.indicator.unknown" && $0.basis == .art(63) })
            }
            let applicant = try await t.person([.applicant])
            await #expect(throws: DomainError.self) {
                try await w.ledger.createPlan(PlanInput(level: "city", scope: "", titleZh: "规划", fromYear: "\(w.year)", toYear: "\(w.year)", goals: "目标"), by: applicant)
            }
        }
    }

    @Test func test_Art8_taskNeedsDepartmentsTargetAndBasis() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let university = try await t.organisation("测试大学", type: .university)
            var input = Self.task(w, code: "1", lead: university)
            input.targetValue = "0"
            input.article = ""
            input.indicator = "NOPE"
            do {
                try await w.ledger.createTask(input, by: w.staff)
                Issue.record("an invalid task was saved")
            } catch DomainError.validation(let errors) {
                #expect(errors.contains { $0.field == "lead_department_id" && $0.rule == "ledger.task.department" })
                #expect(errors.contains { $0.field == "target_value" && $0.basis == .art(8, 1) })
                #expect(errors.contains { $0.field == "article" && $0.rule == "ledger.task.basis" })
                #expect(errors.contains { $0.field == "indicator_code" && $0.rule == "ledger.indicator.unknown" })
            }
            let task = try await w.ledger.createTask(Self.task(w, code: "1", lead: w.science, co: [w.finance]), by: w.staff)
            #expect(task.coDepartmentIDs == [w.finance.id.rawValue] && task.article == ArticleRef(8, paragraph: 1) && task.indicatorCode == "GRT-01")
            await #expect(throws: DomainError.self) { try await w.ledger.createTask(Self.task(w, code: "1", lead: w.science), by: w.staff) }
            let audit = try await AuditChain.list(.init(object: task.id.rawValue.uuidString), limit: 5, on: t.db)
            #expect(audit.contains { $0.action == "ledger.task.created" && $0.basis == .art(8, 1) })
        }
    }

    @Test func test_Art8_progressHistoryIsKept_onlyLeadOrCoDepartmentsReport() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let task = try await w.ledger.createTask(Self.task(w, code: "2", lead: w.science, co: [w.finance]), by: w.staff)
            let month = Self.month(t)
            try await w.ledger.report(task.id, ProgressInput(month: month, value: "30", narrative: "完成首批立项"), by: w.staff)
            try await w.ledger.report(task.id, ProgressInput(month: month, value: "35", narrative: "更正：补录 5 项"), by: w.financeStaff)
            let history = try await w.ledger.history(task.id)
            #expect(history.map(\.revision) == [2, 1] && history.map(\.value) == [35, 30])
            #expect(try await w.ledger.standings(year: w.year).first?.achieved == 35)
            let other = try await t.organisation("市统计局", type: .governmentDepartment)
            let outsider = try await t.person([.departmentStaff], organisation: other.id)
            await #expect(throws: DomainError.self) { try await w.ledger.report(task.id, ProgressInput(month: month, value: "40", narrative: "越权"), by: outsider) }
            do {
                try await w.ledger.report(task.id, ProgressInput(month: "\(w.year + 1)-01", value: "-1", narrative: " "), by: w.staff)
                Issue.record("an invalid report was saved")
            } catch DomainError.validation(let errors) {
                #expect(Set(errors.map(\.field)) == ["month", "value", "narrative"])
            }
            let audit = try await AuditChain.list(.init(object: task.id.rawValue.uuidString), limit: 10, on: t.db)
            #expect(audit.contains { $0.action == "ledger.progress.reported" } && audit.contains { $0.action == "ledger.progress.revised" })
        }
    }

    @Test func test_Art8_overdueTaskFlagged() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let unmet = try await w.ledger.createTask(Self.task(w, code: "3", lead: w.science), by: w.staff)
            let met = try await w.ledger.createTask(Self.task(w, code: "4", lead: w.finance), by: w.staff)
            try await w.ledger.report(unmet.id, ProgressInput(month: Self.month(t), value: "60", narrative: "推进中"), by: w.staff)
            try await w.ledger.report(met.id, ProgressInput(month: Self.month(t), value: "100", narrative: "已完成"), by: w.financeStaff)
            // The clock passes the deadline (31 December).
            let nextYear = try #require(BeijingDay(year: w.year + 1, month: 1, day: 10))
            t.clock.advance(by: nextYear.start.timeIntervalSince(t.clock.now))
            let standings = try await w.ledger.standings(year: w.year)
            let flagged = try #require(standings.first { $0.task.id == unmet.id })
            #expect(flagged.status == .overdue)
            #expect(flagged.flags.map(\.rule) == ["ledger.task.overdue"] && flagged.flags.allSatisfy { $0.basis == .art(8, 1) })
            let done = try #require(standings.first { $0.task.id == met.id })
            #expect(done.status == .met && done.flags.isEmpty)
        }
    }

    @Test func test_Art8_atRiskWhenBelowTheLinearExpectation() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let task = try await w.ledger.createTask(Self.task(w, code: "5", lead: w.science, deadline: "\(w.year)-12-31"), by: w.staff)
            let july = try #require(BeijingDay(year: w.year, month: 7, day: 2))
            func report(_ value: Double) -> ProgressReport {
                ProgressReport(id: ProgressReport.ID(UUID()), taskID: task.id, month: "\(w.year)-06", revision: 1, value: value, narrative: "", reportedBy: nil, reportedAt: july.start)
            }
            // Half the year has passed: the linear expectation is about 50 of 100; below 75% of it is at risk.
            let behind = KeyTaskLedger.standing(task, history: [report(20)], on: july)
            #expect(behind.status == .atRisk && behind.flags.map(\.rule) == ["ledger.task.at_risk"] && behind.flags.first?.basis == .art(8, 1))
            #expect(KeyTaskLedger.standing(task, history: [report(45)], on: july).status == .onTrack)
            #expect(KeyTaskLedger.standing(task, history: [], on: july).status == .atRisk)
            // Too early in the year to judge.
            let february = try #require(BeijingDay(year: w.year, month: 2, day: 1))
            #expect(KeyTaskLedger.standing(task, history: [], on: february).status == .onTrack)
        }
    }

    @Test func test_Art8_yearEndAssessmentCountsTargetsMetPerLeadDepartment() async throws {
        try await withTestDatabase { t in
            let w = try await Self.world(t)
            let month = Self.month(t)
            let tasks = [
                try await w.ledger.createTask(Self.task(w, code: "6", lead: w.science, target: "10"), by: w.staff),
                try await w.ledger.createTask(Self.task(w, code: "7", lead: w.science, target: "10"), by: w.staff),
                try await w.ledger.createTask(Self.task(w, code: "8", lead: w.finance, target: "10"), by: w.staff),
            ]
            try await w.ledger.report(tasks[0].id, ProgressInput(month: month, value: "12", narrative: "超额完成"), by: w.staff)
            try await w.ledger.report(tasks[1].id, ProgressInput(month: month, value: "4", narrative: "推进中"), by: w.staff)
            try await w.ledger.report(tasks[2].id, ProgressInput(month: month, value: "10", narrative: "完成"), by: w.financeStaff)
            let assessment = try await w.ledger.assessment(year: w.year)
            // Independent count: per lead department, tasks whose latest revision reaches the target.
            let sql = try #require(t.db as? any SQLDatabase)
            for a in assessment {
                let rows = try await sql.raw("""
                    SELECT t.id AS id, t.target_value AS target,
                      (SELECT p.value FROM mon_task_progress p WHERE p.task_id = t.id ORDER BY p.month DESC, p.revision DESC LIMIT 1) AS latest
                    FROM mon_tasks t WHERE t.year = \(bind: w.year) AND t.lead_department_id = \(bind: a.departmentID)
                    """).all()
                let met = try rows.filter { try ($0.decode(column: "latest", as: Double?.self) ?? 0) >= $0.decode(column: "target", as: Double.self) }.count
                #expect(a.tasks == rows.count && a.met == met)
            }
            #expect(assessment.map(\.departmentID) == [w.finance.id.rawValue, w.science.id.rawValue])
            #expect(assessment.map(\.score) == [100, 50])
        }
    }
}
