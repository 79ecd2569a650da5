import Foundation
import KechuangCore

/// The yearly openness evaluation of institutions (Art. 55) as data: for each year, thresholds an
/// institution's publicly funded instruments must meet, each citing Art. 55, and a weight. The
/// department changes a year's thresholds here (data), not the evaluation code.
public enum OpennessEvaluation {
    /// One criterion: a measured value of the institution and the minimum it must reach.
    public struct Criterion: Sendable, Equatable {
        public enum Measure: String, Sendable, Codable, CaseIterable {
            /// Effective machine hours per publicly funded instrument in the year.
            case effectiveHoursPerInstrument = "effective_hours_per_instrument"
            /// Share of effective hours used by external users (0…1).
            case externalShare = "external_share"
            /// Share of publicly funded instruments published with their service information (0…1).
            case publishedShare = "published_share"
            /// Mean feedback rating (1…5); institutions without feedback score 0 here.
            case meanRating = "mean_rating"
        }
        public let id: String
        public let measure: Measure
        public let minimum: Double
        /// Points for meeting it; partial points in proportion below the minimum.
        public let weight: Double
        public let basis: LegalBasis
        public let label: LocalizedText
    }

    public struct Thresholds: Sendable, Equatable {
        public let year: Int
        public let criteria: [Criterion]
    }

    static func criterion(_ year: Int, _ measure: Criterion.Measure, _ minimum: Double, _ weight: Double, _ zh: String, _ en: String) -> Criterion {
        Criterion(id: "evaluation.\(year).\(measure.rawValue)", measure: measure, minimum: minimum, weight: weight, basis: .art(55),
                  label: LocalizedText(zh: zh, en: en))
    }

    /// The thresholds per year (data).
    public static let years: [Thresholds] = [
        Thresholds(year: 2025, criteria: [
            criterion(2025, .publishedShare, 1.0, 30, "财政资金购置仪器全部公布服务信息（第五十五条）", "Every publicly funded instrument publishes its service information (Art. 55)"),
            criterion(2025, .effectiveHoursPerInstrument, 800, 30, "台均年有效机时不少于 800 小时（第五十五条）", "At least 800 effective machine hours per instrument and year (Art. 55)"),
            criterion(2025, .externalShare, 0.15, 30, "对外服务机时占比不低于 15%（第五十五条）", "At least 15% of effective hours for external users (Art. 55)"),
            criterion(2025, .meanRating, 4.0, 10, "用户评价平均不低于 4 分（第五十五条）", "Mean user rating at least 4 of 5 (Art. 55)"),
        ]),
        Thresholds(year: 2026, criteria: [
            criterion(2026, .publishedShare, 1.0, 30, "财政资金购置仪器全部公布服务信息（第五十五条）", "Every publicly funded instrument publishes its service information (Art. 55)"),
            criterion(2026, .effectiveHoursPerInstrument, 1000, 30, "台均年有效机时不少于 1000 小时（第五十五条）", "At least 1,000 effective machine hours per instrument and year (Art. 55)"),
            criterion(2026, .externalShare, 0.20, 30, "对外服务机时占比不低于 20%（第五十五条）", "At least 20% of effective hours for external users (Art. 55)"),
            criterion(2026, .meanRating, 4.0, 10, "用户评价平均不低于 4 分（第五十五条）", "Mean user rating at least 4 of 5 (Art. 55)"),
        ]),
    ]

    /// The thresholds of `year`, or of the latest earlier year that has them.
    public static func thresholds(for year: Int) -> Thresholds? {
        years.filter { $0.year <= year }.max { $0.year < $1.year } ?? years.min { $0.year < $1.year }
    }

    public static var citations: [CitedRule] {
        years.flatMap(\.criteria).compactMap { c in
            guard case .article(let ref) = c.basis else { return nil }
            return CitedRule(id: c.id, module: "INS", article: ref, message: c.label, effectiveFrom: .regulationInForce)
        }
    }
}
