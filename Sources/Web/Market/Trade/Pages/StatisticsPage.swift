import Foundation
import KechuangCore
import Market
import Plot

/// `/market/contracts/statistics`: turnover and technical transaction amount of registered
/// contracts by type, field, district, party kind, month and flow, as a chart with the same
/// numbers in tables, and the open data (CSV, JSON). Public (《北京市技术市场条例》第三十二条).
struct StatisticsPage {
    typealias M = MarketTradeMsg
    let stats: ContractStatistics
    let year: Int

    static let headings: [String: M] = ["type": .mtrByType, "field": .mtrByField, "seller_district": .mtrByDistrict, "seller_kind": .mtrBySellerKind,
                                        "buyer_kind": .mtrByBuyerKind, "month": .mtrByMonth, "flow": .mtrByFlow]

    func render(_ c: PageContext) -> String {
        let byType = stats.rows("type")
        return Layout(context: c, title: c(M.mtrStatisticsTitle), content: .div(
            .h1(.text(c(M.mtrStatisticsTitle))),
            .p(.class("lead"), .text(c(M.mtrStatisticsIntro))),
            TradeText.links(c),
            .form(.method(.get), .action(TradeURL.statistics.path),
                  Components.textField(.init(name: "year", label: c(M.mtrYear), value: String(year), width: "width-5"), errors: [], c),
                  Components.submit(c(M.mtrShowButton))),
            .p(.text("\(c(M.mtrTotal))\(c.language == .zh ? "：" : ": ")\(stats.total.contracts) · \(TradeText.money(stats.total.amount, c)) · \(c(M.mtrTechnicalAmount)) \(TradeText.money(stats.total.technicalAmount, c))")),
            .p(.a(.href(TradeURL.statisticsCSV.path + "?year=\(year)"), .text(c(M.mtrDownloadCSV))), .text(" · "),
               .a(.href(TradeURL.statisticsJSON.path + "?year=\(year)"), .text(c(M.mtrDownloadJSON))), .text(" · "),
               .a(.id("catalogue-dataset"), .href(CatalogueURL.dataset(ContractCatalogue.slug).path), .text(c(MarketMsg.mktCatalogueLink)))),
            TradeText.barChart(title: c(M.mtrChartTitle), rows: byType.map { (c.language == .zh ? $0.labelZh : $0.labelEn, $0.turnover.technicalAmount) }),
            .forEach(ContractStatistics.dimensions) { dim in
                let rows = stats.rows(dim)
                return .group(
                    .h2(.text(c(Self.headings[dim] ?? .mtrByType))),
                    .if(rows.isEmpty, .p(.text(c(M.mtrNone))), else: Components.scrollTable(label: c(Self.headings[dim] ?? .mtrByType),
                        .thead(.tr(.th(.text(c(M.mtrCategory))), .th(.text(c(M.mtrContractCount))), .th(.text(c(M.mtrTotalAmount))), .th(.text(c(M.mtrTechnicalAmount))))),
                        .tbody(.forEach(rows) { r in
                            .tr(.td(.text(c.language == .zh ? r.labelZh : r.labelEn)), .td(.text(String(r.turnover.contracts))),
                                .td(.text(TradeText.money(r.turnover.amount, c))), .td(.text(TradeText.money(r.turnover.technicalAmount, c))))
                        }))))
            }
        )).render()
    }
}
