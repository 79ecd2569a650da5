import Foundation
import Grants
import KechuangCore
import Plot

/// Fragments the money, sub-task and inspection pages share.
enum GrantsMoneyComponents {
    /// `1,234,567 元` / `1,234,567 yuan`.
    static func yuan(_ amount: Int, _ c: PageContext) -> String {
        let digits = String(amount.magnitude)
        var grouped = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        return (amount < 0 ? "-" : "") + grouped + (c.language == .zh ? " 元" : " yuan")
    }

    /// `42.5%`.
    static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "—" }
        return String(format: "%.1f%%", share * 100)
    }

    static func hasCJK(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) || (0xF900...0xFAFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }

    /// Text people typed: marked `lang="zh-CN"` on English pages when it is Chinese, so screen
    /// readers pronounce it right and the English page stays English.
    static func typed<C: HTML.BodyContext>(_ s: String, _ c: PageContext) -> Node<C> {
        c.language == .en && hasCJK(s) ? .span(.attribute(named: "lang", value: "zh-CN"), .text(s)) : .text(s)
    }

    /// The project's number and title in the page's language.
    static func projectName(_ p: Project, _ c: PageContext) -> String {
        "\(p.number) \(c.language == .zh || p.titleEn.isEmpty ? p.titleZh : p.titleEn)"
    }

    static func projectHeading<C: HTML.BodyContext>(_ p: Project, _ c: PageContext) -> Node<C> {
        .p(.class("meta"), typed(projectName(p, c), c), .text(" · "), .text(c.text(p.budgetMode.label)),
           .if(p.chiefScientist, .text(" · " + c(GrantsMoneyMsg.gmChiefScientist))))
    }

    /// The money section's own navigation.
    static func nav<C: HTML.BodyContext>(_ p: Project, current: String, _ c: PageContext) -> Node<C> {
        var links: [(String, String)] = [
            (GrantsMoneyURL.money(p.id.rawValue).path, c(GrantsMoneyMsg.gmExecutionTitle)),
            (GrantsMoneyURL.expenditures(p.id.rawValue).path, c(GrantsMoneyMsg.gmExpendituresTitle)),
            (GrantsMoneyURL.tranches(p.id.rawValue).path, c(GrantsMoneyMsg.gmTranchesTitle)),
            (GrantsMoneyURL.budget(p.id.rawValue).path, c(GrantsMoneyMsg.gmBudgetTitle)),
        ]
        if p.chiefScientist { links.append((GrantsMoneyURL.subTasks(p.id.rawValue).path, c(GrantsMoneyMsg.gmSubTasksTitle))) }
        return .nav(.attribute(named: "aria-label", value: c(GrantsMoneyMsg.gmMoneyNav)), .ul(.class("inline"), .forEach(links) { link in
            .li(link.0 == current ? .strong(.attribute(named: "aria-current", value: "page"), .text(link.1)) : .a(.href(link.0), .text(link.1)))
        }))
    }

    /// A refusal's field errors shown above a form, linked to the fields (the error summary).
    static func errors<C: HTML.BodyContext>(_ errors: [FieldError], _ c: PageContext) -> Node<C> { Components.errorSummary(errors, c) }

    /// `：` in Chinese, `: ` in English.
    static func colon(_ c: PageContext) -> String { c.language == .zh ? "：" : ": " }

    /// `（第二十二条）` / ` (Art. 22)`.
    static func cited(_ basis: LegalBasis, _ c: PageContext) -> String {
        c.language == .zh ? "（\(basis.text(in: .zh))）" : " (\(basis.text(in: .en)))"
    }

    /// The field name of a decision's note on a list with many (`note_<id>`), so an error links to the right one.
    static func noteField(_ id: UUID) -> String { "note_" + id.uuidString.lowercased() }

    /// A decision's errors, shown at that decision's own note field (the only field of its form).
    static func forNote(_ errors: [FieldError], _ id: UUID) -> [FieldError] {
        errors.map { FieldError(field: noteField(id), rule: $0.rule, message: $0.message, basis: $0.basis) }
    }

    static func hidden(_ name: String, _ value: String) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name(name), .value(value))
    }
}

/// The execution chart: server-rendered SVG, no script. Bars per budget category (budget as an
/// outline, spent filled) and one bar comparing the share spent with the share of time elapsed.
/// It has a `<title>` and `<desc>` and is `role="img"`; the same numbers are in the table beside it.
enum ExecutionChart {
    static func svg(_ s: ExecutionSummary, id: String, _ c: PageContext) -> String {
        let e = HTMLEscape.text
        let rows = s.byCategory
        let width = 640.0, left = 200.0, barArea = width - left - 20, rowHeight = 28.0
        let top = 70.0
        let height = top + Double(rows.count) * rowHeight + 20
        let scale = Double(max(1, rows.map { max($0.budget, $0.spent) }.max() ?? 1))
        let title = c(GrantsMoneyMsg.gmChartTitle)
        let desc = c.language == .zh
            ? "已支出 \(GrantsMoneyComponents.percent(s.spentShare))，时间已过 \(GrantsMoneyComponents.percent(s.elapsedShare))。各科目：" + rows.map { "\(ExpenditureCategory.label(of: $0.category).zh) 预算 \($0.budget) 元，已支出 \($0.spent) 元" }.joined(separator: "；")
            : "Spent \(GrantsMoneyComponents.percent(s.spentShare)) of the budget with \(GrantsMoneyComponents.percent(s.elapsedShare)) of the time elapsed. By category: " + rows.map { "\(ExpenditureCategory.label(of: $0.category).en) budget \($0.budget) yuan, spent \($0.spent) yuan" }.joined(separator: "; ")
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"100%\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" aria-labelledby=\"\(id)-title \(id)-desc\">"
        out += "<title id=\"\(id)-title\">\(e(title))</title><desc id=\"\(id)-desc\">\(e(desc))</desc>"
        // Spent share against elapsed share.
        let spentW = min(1.5, s.spentShare) / 1.5 * barArea, timeX = left + min(1.5, s.elapsedShare) / 1.5 * barArea
        out += "<text x=\"0\" y=\"22\" font-size=\"13\">\(e(c(GrantsMoneyMsg.gmChartSpentVsTime)))</text>"
        out += "<rect x=\"\(left)\" y=\"8\" width=\"\(barArea * (1 / 1.5))\" height=\"20\" fill=\"none\" stroke=\"#505a5f\"/>"
        out += "<rect x=\"\(left)\" y=\"8\" width=\"\(spentW)\" height=\"20\" fill=\"#1d70b8\"/>"
        out += "<line x1=\"\(timeX)\" y1=\"2\" x2=\"\(timeX)\" y2=\"34\" stroke=\"#d4351c\" stroke-width=\"3\"/>"
        out += "<text x=\"\(left)\" y=\"50\" font-size=\"12\">\(e(c(GrantsMoneyMsg.gmChartLegend)))</text>"
        for (i, row) in rows.enumerated() {
            let y = top + Double(i) * rowHeight
            let label = c.text(ExpenditureCategory.label(of: row.category))
            out += "<text x=\"0\" y=\"\(y + 16)\" font-size=\"13\">\(e(label))</text>"
            if row.budget > 0 {
                out += "<rect x=\"\(left)\" y=\"\(y + 2)\" width=\"\(Double(row.budget) / scale * barArea)\" height=\"18\" fill=\"none\" stroke=\"#505a5f\"/>"
            }
            out += "<rect x=\"\(left)\" y=\"\(y + 5)\" width=\"\(Double(row.spent) / scale * barArea)\" height=\"12\" fill=\"\(row.budget > 0 && row.spent > row.budget ? "#d4351c" : "#1d70b8")\"/>"
        }
        return out + "</svg>"
    }
}
