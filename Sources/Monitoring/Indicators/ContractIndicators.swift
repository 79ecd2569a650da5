import FluentKit
import Foundation
import KechuangCore
import Market

/// The technology-market indicators (`MKT-01`, `MKT-02`), from the Market module's statistics of
/// registered contracts (`ContractStatistics`: registered contracts only, by registration day,
/// Beijing time) — the one public way to read them; Monitoring never reads `mkt_contracts` itself.
/// Every year that has a registered contract, in total and by contract type, the seller's district
/// and the month of registration.
enum ContractIndicators {
    static let dimensions: [(String, Breakdown)] = [("type", .kind), ("seller_district", .district), ("month", .month)]

    static func observations(on db: any Database) async throws -> [Observation] {
        guard let first = BeijingDay(year: 1980, month: 1, day: 1), let last = BeijingDay(year: 2999, month: 12, day: 31) else { return [] }
        let months = try await ContractStatistics.compute(from: first, to: last, on: db).rows("month")
        var out: [Observation] = []
        for year in Set(months.compactMap { Int($0.key.prefix(4)) }).sorted() {
            guard let from = BeijingDay(year: year, month: 1, day: 1), let to = BeijingDay(year: year, month: 12, day: 31) else { continue }
            let s = try await ContractStatistics.compute(from: from, to: to, on: db)
            let measures: [(String, @Sendable (Turnover) -> Double)] = [("MKT-01", { Double($0.amount) }), ("MKT-02", { Double($0.contracts) })]
            for (code, measure) in measures {
                out.append(Observation(indicator: code, year: year, value: measure(s.total)))
                for (dimension, breakdown) in dimensions {
                    out += s.rows(dimension).map { r in
                        Observation(indicator: code, year: year, breakdown: breakdown, key: r.key, label: LocalizedText(zh: r.labelZh, en: r.labelEn), value: measure(r.turnover))
                    }
                }
            }
        }
        return out
    }
}
