import Foundation
import Instruments
import KechuangCore
import Plot

/// How instruments read on every page.
enum InstrumentText {
    /// A colon in the page's punctuation: `：` in Chinese, `: ` in English.
    static func colon(_ c: PageContext) -> String { c.language == .zh ? "：" : ": " }

    /// A list separator in the page's punctuation: `，` in Chinese, `, ` in English.
    static func comma(_ c: PageContext) -> String { c.language == .zh ? "，" : ", " }

    /// A clause separator in the page's punctuation: `；` in Chinese, `; ` in English.
    static func semicolon(_ c: PageContext) -> String { c.language == .zh ? "；" : "; " }

    /// `1,234.50` yuan from fen.
    static func yuan(_ fen: Int) -> String {
        let sign = fen < 0 ? "-" : ""
        let v = abs(fen)
        let whole = String(v / 100), cents = String(format: "%02d", v % 100)
        var grouped = ""
        for (i, ch) in whole.reversed().enumerated() {
            if i > 0 && i % 3 == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        return "\(sign)\(String(grouped.reversed())).\(cents)"
    }

    static func rate(_ fen: Int, _ unit: FeeUnit, _ c: PageContext) -> String {
        c.language == .zh ? "¥\(yuan(fen))/\(unit.label.zh)" : "¥\(yuan(fen)) per \(unit.label.en)"
    }

    static func hours(_ h: Double) -> String { String(format: "%.1f", h) }

    static func percent(_ x: Double) -> String { String(format: "%.1f%%", x * 100) }

    /// `09:00–11:00` within a day.
    static func time(_ d: Date) -> String { String(BeijingTime.format(d).suffix(5)) }

    static func category(_ i: Instrument, _ c: PageContext) -> String { i.category.map { c.text($0.name) } ?? i.categoryCode }

    /// A horizontal bar chart as inline SVG (no JavaScript), with a title and description for
    /// screen readers; the page puts the same numbers in a table beside it.
    static func barChart(title: String, series: [(label: String, values: [Double])], legends: [String]) -> Node<HTML.BodyContext> {
        let rowHeight = 22.0 * Double(max(1, legends.count)) + 10
        let width = 640.0, labelWidth = 200.0, height = rowHeight * Double(series.count) + 30
        let maximum = max(1, series.flatMap(\.values).max() ?? 1)
        let colours = ["#1d70b8", "#f47738", "#00703c"]
        var parts: [String] = []
        parts.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"chart-title\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\">")
        parts.append("<title id=\"chart-title\">\(HTMLEscape.text(title))</title>")
        for (row, s) in series.enumerated() {
            let y = Double(row) * rowHeight + 5
            parts.append("<text x=\"0\" y=\"\(Int(y + 15))\" font-size=\"12\">\(HTMLEscape.text(String(s.label.prefix(18))))</text>")
            for (k, v) in s.values.enumerated() {
                let w = max(0, (width - labelWidth - 60) * v / maximum)
                let by = y + Double(k) * 22
                parts.append("<rect x=\"\(Int(labelWidth))\" y=\"\(Int(by))\" width=\"\(Int(w))\" height=\"18\" fill=\"\(colours[k % colours.count])\"></rect>")
                parts.append("<text x=\"\(Int(labelWidth + w + 4))\" y=\"\(Int(by + 13))\" font-size=\"11\">\(hours(v))</text>")
            }
        }
        for (k, legend) in legends.enumerated() {
            let x = labelWidth + Double(k) * 160
            parts.append("<rect x=\"\(Int(x))\" y=\"\(Int(height - 18))\" width=\"12\" height=\"12\" fill=\"\(colours[k % colours.count])\"></rect>")
            parts.append("<text x=\"\(Int(x + 16))\" y=\"\(Int(height - 8))\" font-size=\"12\">\(HTMLEscape.text(legend))</text>")
        }
        parts.append("</svg>")
        return .div(.class("chart"), .raw(parts.joined()))
    }
}

