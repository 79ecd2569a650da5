import Foundation
import Identity
import KechuangCore
import Market
import Plot

/// How market objects read on every page.
enum TradeText {
    typealias M = MarketTradeMsg

    static func fieldOptions(_ c: PageContext) -> [(String, String)] { TechField.allCases.map { ($0.rawValue, c.text($0.label)) } }
    static func trlOptions() -> [(String, String)] { (1...9).map { (String($0), "TRL \($0)") } }
    static func districtOptions(_ c: PageContext) -> [(String, String)] { District.allCases.map { ($0.rawValue, c.text($0.label)) } }
    static func kindOptions(_ c: PageContext) -> [(String, String)] { PartyKind.allCases.map { ($0.rawValue, c.text($0.label)) } }
    static func pointOptions(_ c: PageContext) -> [(String, String)] { RegistrationPoint.all.map { ($0.code, c.text($0.name)) } }
    static func typeOptions(_ c: PageContext) -> [(String, String)] { ContractType.allCases.map { ($0.rawValue, c.text($0.label)) } }
    static func subtypeGroups(_ c: PageContext) -> [(String, [(String, String)])] {
        ContractType.allCases.map { t in (c.text(t.label), t.subtypes.map { ($0.rawValue, c.text($0.label)) }) }
    }
    static func reasonOptions(_ c: PageContext) -> [(String, String)] {
        ReturnReason.allCases.map { ($0.rawValue, "\(c.text($0.label))（\(c.text($0.source.text))）") }
    }

    static func money(_ yuan: Int?, _ c: PageContext) -> String {
        guard let yuan else { return "—" }
        var digits = String(yuan), out = ""
        while digits.count > 3 { out = "," + digits.suffix(3) + out; digits = String(digits.dropLast(3)) }
        return c.language == .zh ? "\(digits + out) 元" : "¥\(digits + out)"
    }

    /// Links to the market's pages.
    static func links(_ c: PageContext) -> Node<HTML.BodyContext> {
        .ul(.class("links"),
            .li(.a(.href(TradeURL.home.path), .text(c(M.mtrSuppliesTitle)))),
            .li(.a(.href(TradeURL.demands.path), .text(c(M.mtrDemandsTitle)))),
            .if(c.person != nil, .li(.a(.href(TradeURL.inquiries.path), .text(c(M.mtrInquiriesTitle))))),
            .if(c.person != nil, .li(.a(.href(TradeURL.contracts.path), .text(c(M.mtrContractsTitle))))),
            .li(.a(.href(TradeURL.statistics.path), .text(c(M.mtrStatisticsTitle)))))
    }

    static func reason(_ r: MatchReason, _ c: PageContext) -> Node<HTML.BodyContext> {
        .span(Components.zh(c.text(r.text), c))
    }

    /// Horizontal bars as inline SVG (no JavaScript), titled for screen readers; the page puts the
    /// same numbers in a table beside it.
    static func barChart(title: String, rows: [(label: String, value: Int)]) -> Node<HTML.BodyContext> {
        let width = 640.0, labelWidth = 200.0, rowHeight = 26.0
        let height = rowHeight * Double(max(rows.count, 1)) + 8
        let maximum = Double(max(1, rows.map(\.value).max() ?? 1))
        var parts = ["<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"market-chart-title\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\">",
                     "<title id=\"market-chart-title\">\(HTMLEscape.text(title))</title>"]
        for (i, row) in rows.enumerated() {
            let y = Double(i) * rowHeight + 4
            let w = (width - labelWidth - 120) * Double(row.value) / maximum
            parts.append("<text x=\"0\" y=\"\(Int(y + 14))\" font-size=\"11\">\(HTMLEscape.text(String(row.label.prefix(24))))</text>")
            parts.append("<rect x=\"\(Int(labelWidth))\" y=\"\(Int(y))\" width=\"\(max(1, Int(w)))\" height=\"18\" fill=\"#1d70b8\"></rect>")
            parts.append("<text x=\"\(Int(labelWidth + w + 4))\" y=\"\(Int(y + 14))\" font-size=\"11\">\(row.value)</text>")
        }
        parts.append("</svg>")
        return .div(.class("chart"), .raw(parts.joined()))
    }
}
