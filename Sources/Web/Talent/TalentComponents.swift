import Foundation
import Identity
import KechuangCore
import Plot
import Talent

/// How talent objects read on every page.
enum TalentText {
    static func colon(_ c: PageContext) -> String { c.language == .zh ? "：" : ": " }

    static func time(_ d: Date?) -> String { d.map(BeijingTime.format) ?? "—" }

    static func days(_ n: Int, _ c: PageContext) -> String { c.language == .zh ? "\(n) 日" : "\(n) days" }

    static func department(_ code: String, _ c: PageContext) -> String {
        ServiceDesks.departments.first { $0.code == code }.map { c.text($0.name) } ?? code
    }

    static func kind(_ k: ServiceKind, _ c: PageContext) -> String { c.text(ServiceDesks.desk(k).label) }

    static func percent(_ x: Double) -> String { String(format: "%.0f%%", x * 100) }

    /// A request's state with its overdue and escalated marks.
    static func state(_ r: ServiceRequest, now: Date, _ c: PageContext) -> String {
        var parts = [c.text(r.state.label)]
        if r.state.isOpen && r.overdue(at: now) { parts.append(c(TalentMsg.talOverdue)) }
        if r.escalatedAt != nil { parts.append(c(TalentMsg.talEscalated)) }
        return parts.joined(separator: c.language == .zh ? "，" : ", ")
    }

    /// Links to the module's pages, those the person may use.
    static func links(_ c: PageContext) -> Node<HTML.BodyContext> {
        .ul(.class("links"),
            .li(.a(.href(TalentURL.home.path), .text(c(TalentMsg.talCatalogueTitle)))),
            .li(.a(.href(TalentURL.openings.path), .text(c(TalentMsg.talLinkOpenings)))),
            .li(.a(.href(TalentURL.points.path), .text(c(TalentMsg.talLinkPoints)))),
            .if(c.can(.useTalentServices), .li(.a(.href(TalentURL.services.path), .text(c(TalentMsg.talLinkServices))))),
            .if(c.can(.useTalentServices), .li(.a(.href(TalentURL.achievements.path), .text(c(TalentMsg.talLinkAchievements))))),
            .if(c.can(.serveTalentDesks), .li(.a(.href(TalentURL.desk.path), .text(c(TalentMsg.talLinkDesk))))),
            .li(.a(.href(TalentURL.compliance.path), .text(c(TalentMsg.talLinkCompliance)))))
    }

    static func fieldOptions(_ c: PageContext) -> [(String, String)] { TalentField.allCases.map { ($0.rawValue, c.text($0.label)) } }
    static func levelOptions(_ c: PageContext) -> [(String, String)] { TalentLevel.allCases.map { ($0.rawValue, c.text($0.label)) } }
    static func districtOptions(_ c: PageContext) -> [(String, String)] { District.allCases.map { ($0.rawValue, c.text($0.label)) } }

    /// The fields of a catalogue entry (publish and adjust forms).
    static func entryFields(_ v: [String: String], code: Bool, _ errors: [FieldError], _ c: PageContext) -> Node<HTML.FormContext> {
        .group(
            .if(code, Components.textField(.init(name: "code", label: c(TalentMsg.talCode), hint: c(TalentMsg.talCodeHint), value: v["code"] ?? "", width: "width-10"), errors: errors, c)),
            Components.selectField(name: "field", label: c(TalentMsg.talField), options: fieldOptions(c), selected: v["field"], errors: errors, c),
            Components.textField(.init(name: "role_zh", label: c(TalentMsg.talRoleZh), value: v["role_zh"] ?? ""), errors: errors, c),
            Components.textField(.init(name: "role_en", label: c(TalentMsg.talRoleEn), value: v["role_en"] ?? ""), errors: errors, c),
            Components.selectField(name: "level", label: c(TalentMsg.talLevel), options: levelOptions(c), selected: v["level"], errors: errors, c),
            Components.textArea("requirements_zh", c(TalentMsg.talRequirementsZh), nil, v["requirements_zh"] ?? "", errors, c),
            Components.textArea("requirements_en", c(TalentMsg.talRequirementsEn), nil, v["requirements_en"] ?? "", errors, c),
            Components.textField(.init(name: "note", label: c(TalentMsg.talNote), hint: c(TalentMsg.talNoteHint), value: v["note"] ?? ""), errors: errors, c))
    }

    /// Horizontal stacked bars as inline SVG (no JavaScript), titled for screen readers; the page
    /// puts the same numbers in a table beside it.
    static func stackedChart(title: String, rows: [(label: String, values: [Int])], legends: [String]) -> Node<HTML.BodyContext> {
        let width = 640.0, labelWidth = 230.0, rowHeight = 26.0
        let height = rowHeight * Double(rows.count) + 40
        let maximum = Double(max(1, rows.map { $0.values.reduce(0, +) }.max() ?? 1))
        let colours = ["#00703c", "#f47738", "#1d70b8", "#d4351c"]
        var parts = ["<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"talent-chart-title\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"100%\">",
                     "<title id=\"talent-chart-title\">\(HTMLEscape.text(title))</title>"]
        for (i, row) in rows.enumerated() {
            let y = Double(i) * rowHeight + 4
            parts.append("<text x=\"0\" y=\"\(Int(y + 14))\" font-size=\"11\">\(HTMLEscape.text(String(row.label.prefix(22))))</text>")
            var x = labelWidth
            for (k, v) in row.values.enumerated() where v > 0 {
                let w = (width - labelWidth - 40) * Double(v) / maximum
                parts.append("<rect x=\"\(Int(x))\" y=\"\(Int(y))\" width=\"\(max(1, Int(w)))\" height=\"18\" fill=\"\(colours[k % colours.count])\"></rect>")
                x += w
            }
            parts.append("<text x=\"\(Int(x + 4))\" y=\"\(Int(y + 14))\" font-size=\"11\">\(row.values.reduce(0, +))</text>")
        }
        for (k, legend) in legends.enumerated() {
            let x = Double(k) * 160
            parts.append("<rect x=\"\(Int(x))\" y=\"\(Int(height - 16))\" width=\"12\" height=\"12\" fill=\"\(colours[k % colours.count])\"></rect>")
            parts.append("<text x=\"\(Int(x + 16))\" y=\"\(Int(height - 6))\" font-size=\"11\">\(HTMLEscape.text(legend))</text>")
        }
        parts.append("</svg>")
        return .div(.class("chart"), .raw(parts.joined()))
    }
}
