import Foundation
import KechuangApp
import KechuangCore
import KechuangWebTestSupport
import Monitoring
import Testing

/// Issue #21, "Tests, done when": the demo fills every indicator for three years, so the dashboards
/// a newcomer opens show a series, not a point. Computed indicators read the other demos' data, which
/// run their earlier seasons under clocks set to those years; reported ones are the department's forms.
@Suite struct MonitoringDemoTests {
    @Test func test_Art63_demoFillsEveryIndicatorForThreeYears() async throws {
        try await withTestApp { t in
            _ = try await DemoData.load(into: t.app)
            let figures = try await MonitoringFigures(db: t.app.db).observations()
            let thisYear = BeijingDay(containing: t.clock.now).year
            for indicator in IndicatorCatalogue.all {
                let years = Set(figures.filter { $0.indicator == indicator.code && $0.breakdown == nil }.map(\.year))
                let expected = IndicatorCatalogue.computed.contains { $0.code == indicator.code }
                    ? Set(thisYear - 2 ... thisYear) : Set(thisYear - 3 ... thisYear - 1)
                #expect(expected.isSubset(of: years), "\(indicator.code) has figures for \(years.sorted()), not \(expected.sorted())")
            }
            // The median days from submission to the funding decision is a real interval in the
            // earlier seasons (submitted in April, funded in July), not zero.
            for year in [thisYear - 2, thisYear - 1] {
                let days = figures.first { $0.indicator == "GRT-04" && $0.year == year && $0.breakdown == nil }?.value ?? 0
                #expect(days > 60, "GRT-04 \(year): \(days)")
            }
            // Last year's release, published by the demo after every module loaded, carries its computed figures too.
            let release = try #require(try await Releases(db: t.app.db).all().first { $0.year == thisYear - 1 })
            for code in ["GRT-01", "INS-01", "ENT-01", "INT-01", "MKT-01", "ICO-01"] {
                #expect(release.observations.contains { $0.indicator == code && $0.year == thisYear - 1 }, "\(code) in the \(thisYear - 1) release")
            }
        }
    }
}
