import FluentKit
import Foundation
import Identity
import KechuangCore
import KechuangTestSupport
import Testing
@testable import Grants

@Suite("One inspection plan (Art. 50(3))")
struct InspectionTests {
    static func input(_ target: InspectionTarget, _ scopes: Set<InspectionScope>, _ start: String, _ end: String,
                      body: InspectionBody = .financeBureau) -> InspectionInput {
        InspectionInput(kind: .audit, body: body, bodyName: "北京市财政局", target: target, scopes: scopes,
                        periodStart: BeijingDay(parsing: start), periodEnd: BeijingDay(parsing: end), title: "专项资金使用检查")
    }

    @Test func test_Art50_3_refusesOverlappingInspection() async throws {
        try await withTestDatabase { t in
            let w = try await ExpenditureWorld.make(t)
            let staff = try await t.person([.departmentStaff])
            let target = InspectionTarget.project(w.project.id.rawValue)
            let first = try await w.inspections.plan(Self.input(target, [.finance, .progress], "2027-03-01", "2027-03-10"), by: w.officer)
            #expect(first.organisationID == w.project.organisationID)
            // Another body, the same target and a common scope, eleven months later: a repeat.
            let errors = await moneyErrors {
                _ = try await w.inspections.plan(Self.input(target, [.finance], "2028-02-01", "2028-02-05", body: .auditOffice), by: staff)
            }
            #expect(errors.map(\.rule) == ["inspection.not_repeated"])
            #expect(errors.first?.basis == .art(50, 3))
            #expect(errors.first?.message.en.contains(first.id.uuidString.lowercased()) == true, "it points to the existing entry")
            #expect(errors.first?.message.zh.contains("北京市财政局") == true)
            let refused = try await audit(first.id.uuidString, t).filter { $0.action == "inspection.refused" }
            #expect(refused.count == 1 && refused.first?.basis == .art(50, 3))
            #expect(try await w.inspections.plan(as: staff).count == 1, "nothing was added")
        }
    }

    @Test func test_Art50_3_anotherScopeOrTargetOrTwelveMonthsLaterIsNoRepeat() async throws {
        try await withTestDatabase { t in
            let w = try await ExpenditureWorld.make(t)
            let target = InspectionTarget.project(w.project.id.rawValue)
            let first = try await w.inspections.plan(Self.input(target, [.finance], "2027-03-01", "2027-03-10"), by: w.officer)
            _ = try await w.inspections.plan(Self.input(target, [.ethics], "2027-03-05", "2027-03-06"), by: w.officer)
            _ = try await w.inspections.plan(Self.input(.institution(w.project.organisationID), [.finance], "2027-03-05", "2027-03-06"), by: w.officer)
            _ = try await w.inspections.plan(Self.input(target, [.finance], "2028-03-10", "2028-03-12"), by: w.officer)
            #expect(InspectionRules.repeats(target: target, scopes: [.finance], start: BeijingDay(parsing: "2028-03-09")!,
                                            end: BeijingDay(parsing: "2028-03-12")!, existing: first))
            #expect(try await w.inspections.plan(as: w.officer).count == 4)
        }
    }

    @Test func test_Art50_3_findingsAreSharedWithLaterBodiesAndInstitutionsSeeTheirPlan() async throws {
        try await withTestDatabase { t in
            let w = try await ExpenditureWorld.make(t)
            let staff = try await t.person([.departmentStaff])
            let target = InspectionTarget.project(w.project.id.rawValue)
            let first = try await w.inspections.plan(Self.input(target, [.finance], "2027-03-01", "2027-03-10"), by: w.officer)
            let withFindings = try await w.inspections.recordFindings(first.id, "经费使用规范，未发现问题。", expectedVersion: first.version, by: w.officer)
            #expect(withFindings.hasFindings)
            let seen = try await w.inspections.history(of: target, as: staff)
            #expect(seen.map(\.findings) == ["经费使用规范，未发现问题。"], "a later body reads the findings")
            #expect(try await w.inspections.plan(as: w.office, year: 2027).map(\.id) == [first.id], "the institution's yearly plan")
            #expect(try await w.inspections.plan(as: w.office, year: 2026).isEmpty)
            #expect(try await w.inspections.plan(as: w.otherOffice, year: 2027).isEmpty)
            await #expect(throws: DomainError.notFound(entity: "inspection")) { _ = try await w.inspections.find(first.id, as: w.otherOffice) }
            await #expect(throws: DomainError.notFound(entity: "inspection")) {
                _ = try await w.inspections.recordFindings(first.id, "x", expectedVersion: 2, by: w.office)
            }
            await #expect(throws: DomainError.notFound(entity: "inspection")) {
                _ = try await w.inspections.plan(Self.input(.institution(w.project.organisationID), [.ethics], "2027-05-01", "2027-05-02"), by: w.office)
            }
        }
    }

    @Test func test_Art50_3_anEntryNeedsTargetScopePeriodAndBody() {
        let empty = InspectionInput(kind: nil, body: nil, bodyName: "", target: nil, scopes: [], periodStart: nil, periodEnd: nil, title: "")
        let fields = Set(InspectionRules.input.violations(of: empty, at: Date()).map(\.field))
        #expect(fields == ["kind", "body", "body_name", "target", "scope", "period_start", "period_end", "title"])
        var reversed = Self.input(.institution(UUID()), [.finance], "2027-03-10", "2027-03-01")
        #expect(InspectionRules.input.violations(of: reversed, at: Date()).map(\.rule) == ["inspection.period.order"])
        reversed.periodEnd = reversed.periodStart
        #expect(InspectionRules.input.violations(of: reversed, at: Date()).isEmpty)
        #expect(InspectionRules.adding(months: 12, to: BeijingDay(parsing: "2028-02-29")!) == BeijingDay(parsing: "2029-02-28"))
    }
}
