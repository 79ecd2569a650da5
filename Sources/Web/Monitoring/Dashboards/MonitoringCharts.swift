import Foundation
import Identity
import KechuangCore
import Monitoring
import Plot

/// Server-rendered SVG charts (no JavaScript). Each chart has a title for screen readers and is
/// hidden from them otherwise: the page puts the same numbers in a table beside it.
enum MonitoringCharts {
    static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 {
            let n = Int64(v), s = String(n.magnitude)
            var out = ""
            for (i, ch) in s.enumerated() { if i > 0, (s.count - i) % 3 == 0 { out.append(",") }; out.append(ch) }
            return (n < 0 ? "-" : "") + out
        }
        return String(format: "%.1f", v)
    }

    static func value(_ v: Double, _ unit: IndicatorUnit, _ c: PageContext) -> String {
        unit == .percent ? number(v) + "%" : number(v) + (c.language == .zh ? " " : " ") + c.text(unit.label)
    }

    static func svg(id: String, title: String, width: Int, height: Int, _ body: [String]) -> Node<HTML.BodyContext> {
        .div(.class("chart"), .raw(["<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"\(id)\" viewBox=\"0 0 \(width) \(height)\" width=\"100%\" style=\"max-width:\(width)px\">",
                                    "<title id=\"\(id)\">\(HTMLEscape.text(title))</title>"].joined() + body.joined() + "</svg>"))
    }

    /// Vertical bars, one per year.
    static func years(id: String, title: String, points: [(Int, Double)]) -> Node<HTML.BodyContext> {
        let width = 80 + 70 * max(points.count, 1), height = 180, top = 20.0, base = 150.0
        let maximum = max(points.map(\.1).max() ?? 1, 1e-9)
        var body: [String] = ["<line x1=\"30\" y1=\"\(Int(base))\" x2=\"\(width - 10)\" y2=\"\(Int(base))\" stroke=\"#0b0c0c\"></line>"]
        for (i, p) in points.enumerated() {
            let h = max(0, (base - top) * p.1 / maximum), x = 40 + 70 * i
            body.append("<rect x=\"\(x)\" y=\"\(Int(base - h))\" width=\"44\" height=\"\(max(1, Int(h)))\" fill=\"#1d70b8\"></rect>")
            body.append("<text x=\"\(x + 22)\" y=\"\(Int(base - h) - 4)\" font-size=\"11\" text-anchor=\"middle\">\(HTMLEscape.text(number(p.1)))</text>")
            body.append("<text x=\"\(x + 22)\" y=\"\(Int(base) + 16)\" font-size=\"12\" text-anchor=\"middle\">\(p.0)</text>")
        }
        return svg(id: id, title: title, width: width, height: height, body)
    }

    /// Horizontal bars, one per breakdown item.
    static func bars(id: String, title: String, rows: [(String, Double)]) -> Node<HTML.BodyContext> {
        let width = 640, labelWidth = 200.0, rowHeight = 24.0
        let height = Int(rowHeight * Double(rows.count) + 8)
        let maximum = max(rows.map(\.1).max() ?? 1, 1e-9)
        var body: [String] = []
        for (i, row) in rows.enumerated() {
            let y = Double(i) * rowHeight + 4, w = (Double(width) - labelWidth - 90) * max(0, row.1) / maximum
            body.append("<text x=\"0\" y=\"\(Int(y + 13))\" font-size=\"11\">\(HTMLEscape.text(String(row.0.prefix(24))))</text>")
            body.append("<rect x=\"\(Int(labelWidth))\" y=\"\(Int(y))\" width=\"\(max(1, Int(w)))\" height=\"16\" fill=\"#00703c\"></rect>")
            body.append("<text x=\"\(Int(labelWidth + w + 4))\" y=\"\(Int(y + 13))\" font-size=\"11\">\(HTMLEscape.text(number(row.1)))</text>")
        }
        return svg(id: id, title: title, width: width, height: height, body)
    }

    /// Beijing's districts as a labelled grid (a cartogram: position approximate, not to scale),
    /// shaded by value.
    static func districtGrid(id: String, title: String, values: [District: Double], _ c: PageContext) -> Node<HTML.BodyContext> {
        let cell = 110, gap = 6
        let maximum = max(values.values.max() ?? 1, 1e-9)
        var body: [String] = []
        for (district, pos) in Zones.districtGrid.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let v = values[district] ?? 0, shade = 0.12 + 0.88 * v / maximum
            let x = pos.column * (cell + gap), y = pos.row * (cell / 2 + gap)
            let dark = shade > 0.55
            body.append("<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell)\" height=\"\(cell / 2)\" fill=\"#1d70b8\" fill-opacity=\"\(String(format: "%.2f", shade))\" stroke=\"#0b0c0c\"></rect>")
            body.append("<text x=\"\(x + cell / 2)\" y=\"\(y + 22)\" font-size=\"12\" text-anchor=\"middle\" fill=\"\(dark ? "#ffffff" : "#0b0c0c")\">\(HTMLEscape.text(c.text(district.label)))</text>")
            body.append("<text x=\"\(x + cell / 2)\" y=\"\(y + 40)\" font-size=\"12\" text-anchor=\"middle\" fill=\"\(dark ? "#ffffff" : "#0b0c0c")\">\(HTMLEscape.text(number(v)))</text>")
        }
        return svg(id: id, title: title, width: 5 * (cell + gap), height: 4 * (cell / 2 + gap), body)
    }
}
