import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Testing
@testable import Monitoring

/// Reporting forms (Art. 63): each check names the field and the rule; revisions keep history;
/// the Art. 49 rule warns on reported figures; a published release is frozen and downloadable.
@Suite struct CollectionTests {
    static func staff(_ t: TestDB) async throws -> Person {
        let department = try await t.organisation("市财政局", type: .governmentDepartment)
        return try await t.person([.departmentStaff], organisation: department.id)
    }

    static func form(_ year: Int, _ values: [String: String], notes: [String: String] = [:]) -> ReportForm {
        ReportForm(year: year, lines: values.map { ReportLine(indicator: $0.key, value: $0.value, note: notes[$0.key] ?? "") })
    }

    @Test func test_reportChecksNameTheFieldAndTheRule() async throws {
        try await withTestDatabase { t in
            let staff = try await Self.staff(t)
            let values = ReportedValues(db: t.db, now: t.now)
            let year = BeijingDay(containing: t.clock.now).year - 1
            let errors = try await values.check(Self.form(year, ["RPT-RDI": "120", "RPT-RD": "2000 万元", "RPT-FST": "abc"]))
            #expect(errors.contains { $0.field == "value_RPT-RDI" && $0.rule == "report.value.range" })
            #expect(errors.contains { $0.field == "value_RPT-RD" && $0.rule == "report.value.unit" })
            #expect(errors.contains { $0.field == "value_RPT-FST" && $0.rule == "report.value.number" })
            #expect(errors.allSatisfy { $0.basis == .art(63) })
            // A change of more than the threshold on the year before needs a note.
            try await values.submit(Self.form(year - 1, ["RPT-FST": "400"]), by: staff)
            await #expect(throws: DomainError.self) { try await values.submit(Self.form(year, ["RPT-FST": "600"]), by: staff) }
            let change = try await values.check(Self.form(year, ["RPT-FST": "600"]))
            #expect(change.map(\.field) == ["note_RPT-FST"] && change.map(\.rule) == ["report.change.note"])
            try await values.submit(Self.form(year, ["RPT-FST": "600"], notes: ["RPT-FST": "新增重大专项"]), by: staff)
            // A person without a department may not report.
            let applicant = try await t.person([.applicant])
            await #expect(throws: DomainError.self) { try await values.submit(Self.form(year, ["RPT-RD": "10"]), by: applicant) }
        }
    }

    @Test func test_revisionsKeepEveryEarlierFigure() async throws {
        try await withTestDatabase { t in
            let staff = try await Self.staff(t)
            let values = ReportedValues(db: t.db, now: t.now)
            let year = BeijingDay(containing: t.clock.now).year - 1
            try await values.submit(Self.form(year, ["RPT-RD": "2,800.5"]), by: staff)
            try await values.submit(Self.form(year, ["RPT-RD": "2810 亿元"], notes: ["RPT-RD": "统计快报修订"]), by: staff)
            let history = try await values.history(indicator: "RPT-RD", year: year)
            #expect(history.map(\.revision) == [2, 1])
            #expect(history.map(\.value) == [2810, 2800.5])
            #expect(try await values.current().first { $0.indicator == "RPT-RD" }?.value == 2810)
            #expect(history.allSatisfy { $0.departmentID == MonitoringAccess.reportingDepartment(of: staff) })
        }
    }

    @Test func test_article49WarnsWhenSpendingGrowsSlowerThanRevenue() async throws {
        try await withTestDatabase { t in
            let staff = try await Self.staff(t)
            let values = ReportedValues(db: t.db, now: t.now)
            let y = BeijingDay(containing: t.clock.now).year - 1
            try await values.submit(Self.form(y - 2, ["RPT-FST": "400", "RPT-FREV": "6000"]), by: staff)
            try await values.submit(Self.form(y - 1, ["RPT-FST": "440", "RPT-FREV": "6300"]), by: staff)
            try await values.submit(Self.form(y, ["RPT-FST": "450", "RPT-FREV": "6700"]), by: staff)
            let warnings = FiscalGrowthRule.article49.warnings(try await values.observations())
            // y-1: 10 % against 5 %, no warning; y: 2.3 % against 6.3 %, a warning citing Art. 49(1).
            #expect(warnings.map(\.year) == [y])
            #expect(warnings.first?.rule.basis == ArticleRef(49, paragraph: 1))
            #expect(FiscalGrowthRule.article49.message.zh.contains("第四十九条"))
            #expect(MonitoringRules.citations.contains { $0.article == ArticleRef(49, paragraph: 1) })
        }
    }

    @Test func test_publishedReleaseIsFrozenAndDownloadable() async throws {
        try await withTestDatabase { t in
            let staff = try await Self.staff(t)
            let values = ReportedValues(db: t.db, now: t.now), releases = Releases(db: t.db, now: t.now)
            let y = BeijingDay(containing: t.clock.now).year - 1
            try await values.submit(Self.form(y, ["RPT-RD": "2800"]), by: staff)
            let release = try await releases.publish(year: y, by: staff)
            #expect(release.edition == 1 && release.observations.total("RPT-RD", y) == 2800)
            // A later revision does not change the release; a second edition carries it.
            try await values.submit(Self.form(y, ["RPT-RD": "2810"]), by: staff)
            #expect(try await releases.find(release.id).observations.total("RPT-RD", y) == 2800)
            let second = try await releases.publish(year: y, by: staff)
            #expect(second.edition == 2 && second.observations.total("RPT-RD", y) == 2810)
            let csv = String(decoding: ReleaseDataset.csv(release), as: UTF8.self)
            #expect(csv.contains("RPT-RD") && csv.contains("2800") && csv.contains("indicator,name_zh"))
            #expect(release.sm3 == SM3.hex(try Releases.encode(release.observations)))
        }
    }
}
