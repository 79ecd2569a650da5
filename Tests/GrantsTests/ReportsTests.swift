import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Storage
import Testing
@testable import Grants

@Suite("Reports: schedule from the project's dates, indicators against targets, reminders")
struct ReportsTests {
    func day(_ s: String) -> BeijingDay { BeijingDay(parsing: s)! }

    @Test func test_Art31_scheduleHasAnnualReportsMidTermFromThreeYearsAndFinalReport() {
        let three = ReportSchedule.entries(start: day("2025-03-01"), end: day("2028-03-01"))
        #expect(three.map(\.kind) == [.annual, .midTerm, .annual, .final])
        #expect(three.first { $0.kind == .midTerm }?.due == day("2026-09-01"))
        #expect(three.last?.due == day("2028-06-01"))
        #expect(!ReportSchedule.entries(start: day("2025-03-01"), end: day("2028-02-29")).contains { $0.kind == .midTerm }, "35 months")
        let two = ReportSchedule.entries(start: day("2025-03-01"), end: day("2027-03-01"))
        #expect(!two.contains { $0.kind == .midTerm }, "no mid-term review under three years")
        #expect(two.filter { $0.kind == .annual }.map(\.due) == [day("2026-03-01")])
        #expect(ReportSchedule.adding(months: 1, to: day("2025-01-31")) == day("2025-02-28"))
    }

    @Test func test_Art31_finalReportGivesEveryIndicatorAndTheRefusalIsAudited() async throws {
        try await withTestDatabase { t in
            let w = try await ClosureWorld.make(t)
            let list = try await w.reports.list(project: w.projects[0].id, as: w.pi(0))
            #expect(list.count == 4 && list.allSatisfy { $0.state == .due })
            let final = try #require(list.first { $0.kind == .final })
            do {
                _ = try await w.reports.submit(final.id, ReportInput(summary: "进展", actuals: [w.indicators[0].id: 4]), by: w.pi(0))
                Issue.record("a final report without every indicator was accepted")
            } catch DomainError.validation(let errors) {
                let missing = try #require(errors.first { $0.rule == "report.indicator.final" })
                #expect(missing.field == "indicator_\(w.indicators[1].id.uuidString.lowercased())")
                #expect(missing.basis == .art(31))
            }
            let refused = try await AuditChain.list(.init(object: final.id.rawValue.uuidString), limit: 5, on: t.db)
            #expect(refused.first?.action == "report.refused" && refused.first?.basis == .art(31))
            let submitted = try await w.submitFinalReport(0, values: [4, 1])
            #expect(submitted.state == .submitted)
            #expect(submitted.indicators.map(\.met) == [true, false], "values are compared with the agreement's targets")
            // Another PI does not see the project's reports at all.
            await #expect(throws: DomainError.self) { _ = try await w.reports.list(project: w.projects[0].id, as: w.pi(1)) }
        }
    }

    @Test func test_Art50_reportsDueSoonAndOverdueAreRemindedOnce() async throws {
        try await withTestDatabase { t in
            let w = try await ClosureWorld.make(t, years: 2)
            #expect(try await w.reports.remind(by: w.officer) == 0, "nothing is due within 30 days at the start")
            let firstAnnual = try #require(try await w.reports.list(project: w.projects[0].id, as: w.pi(0)).first { $0.kind == .annual })
            t.clock.advance(by: firstAnnual.dueDate.start.addingTimeInterval(-10 * 86_400).timeIntervalSince(t.clock.now))
            let soon = try await w.reports.remind(by: w.officer)
            #expect(soon == w.projects.count)
            #expect(try await w.reports.remind(by: w.officer) == 0, "one reminder per report and kind")
            let notices = try await w.reports.reminders(for: w.pi(0))
            #expect(notices.map(\.kind) == [.dueSoon] && notices.first?.reportID == firstAnnual.id)
            t.clock.advance(by: firstAnnual.dueDate.start.addingTimeInterval(2 * 86_400).timeIntervalSince(t.clock.now))
            _ = try await w.reports.remind(by: w.officer)
            #expect(try await w.reports.reminders(for: w.pi(0)).map(\.kind).contains(.overdue))
            let owed = try await w.reports.owed(for: w.pi(0))
            #expect(owed.first?.report.isOverdue(at: t.clock.now) == true)
            // Only the funder sends reminders.
            await #expect(throws: DomainError.self) { _ = try await w.reports.remind(by: w.pi(0)) }
        }
    }

    @Test func test_officerReturnsAReportWithTheReasonAndThePISubmitsAgain() async throws {
        try await withTestDatabase { t in
            let w = try await ClosureWorld.make(t)
            let report = try await w.submitFinalReport(0)
            await #expect(throws: DomainError.self) { _ = try await w.reports.review(report.id, accept: false, comment: " ", by: w.officer) }
            let returned = try await w.reports.review(report.id, accept: false, comment: "请补充论文清单", by: w.officer)
            #expect(returned.state == .returned && returned.officerComment == "请补充论文清单")
            let again = try await w.submitFinalReport(0)
            #expect(again.state == .submitted)
            #expect(try await w.reports.review(report.id, accept: true, comment: "", by: w.officer).state == .accepted)
        }
    }
}
