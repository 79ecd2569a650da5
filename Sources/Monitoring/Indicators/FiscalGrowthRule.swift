import Foundation
import KechuangCore

/// Art. 49(1) as data: fiscal S&T spending must grow faster than regular fiscal revenue. The rule
/// compares the growth of two reported indicators year on year and warns when the spending's
/// growth is not above the revenue's. A warning informs; it blocks nothing.
public struct FiscalGrowthRule: Sendable, Equatable {
    public let id: String
    public let basis: ArticleRef
    public let spending: String
    public let revenue: String
    public let message: LocalizedText

    public static let article49 = FiscalGrowthRule(
        id: "monitoring.fiscal.growth", basis: ArticleRef(49, paragraph: 1), spending: "RPT-FST", revenue: "RPT-FREV",
        message: LocalizedText(zh: "财政科学技术支出的增长幅度未高于财政经常性收入的增长幅度（第四十九条第一款）",
                               en: "Fiscal S&T spending did not grow faster than regular fiscal revenue (Art. 49(1))"))

    public var citation: CitedRule {
        CitedRule(id: id, module: "MON", article: basis, message: message, effectiveFrom: .regulationInForce)
    }

    /// One year's comparison.
    public struct Warning: Sendable, Equatable {
        public let year: Int
        /// Growth on the year before, as a percentage (12.5 = 12.5 %).
        public let spendingGrowth: Double
        public let revenueGrowth: Double
        public let rule: FiscalGrowthRule
    }

    static func growth(_ now: Double, _ before: Double) -> Double? {
        before > 0 ? (now - before) / before * 100 : nil
    }

    /// Every year in which the spending grew no faster than the revenue, oldest first.
    public func warnings(_ observations: [Observation]) -> [Warning] {
        observations.years(spending).compactMap { year in
            guard let s1 = observations.total(spending, year), let s0 = observations.total(spending, year - 1),
                  let r1 = observations.total(revenue, year), let r0 = observations.total(revenue, year - 1),
                  let sg = Self.growth(s1, s0), let rg = Self.growth(r1, r0), sg <= rg else { return nil }
            return Warning(year: year, spendingGrowth: (sg * 10).rounded() / 10, revenueGrowth: (rg * 10).rounded() / 10, rule: self)
        }
    }
}
