import Foundation
import Grants
import KechuangCore
import Plot

/// Fragments the closure pages share.
enum GrantsClosureComponents {
    typealias M = GrantsClosureMsg

    static func heading<C: HTML.BodyContext>(_ p: Project, _ c: PageContext) -> Node<C> {
        .p(.class("meta"), GrantsMoneyComponents.typed(GrantsMoneyComponents.projectName(p, c), c), .text(" · "), .text(c.text(p.status.label)),
           .text(" · "), .text(c.text(p.researchType.label)), .text(" · \(p.startDate) – \(p.endDate)"))
    }

    /// The closure section's own navigation.
    static func nav<C: HTML.BodyContext>(_ p: Project, current: String, _ c: PageContext) -> Node<C> {
        let links: [(String, String)] = [
            (GrantsClosureURL.closure(p.id.rawValue).path, c(M.gcClosureTitle)),
            (GrantsClosureURL.outputs(p.id.rawValue).path, c(M.gcOutputs)),
            (GrantsClosureURL.changes(p.id.rawValue).path, c(M.gcChanges)),
        ]
        return .nav(.attribute(named: "aria-label", value: c(M.gcClosureTitle)), .ul(.class("inline"), .forEach(links) { link in
            .li(link.0 == current ? .strong(.attribute(named: "aria-current", value: "page"), .text(link.1)) : .a(.href(link.0), .text(link.1)))
        }))
    }

    static func th(_ labels: [String]) -> Node<HTML.TableContext> {
        .thead(.tr(.forEach(labels) { .th(.attribute(named: "scope", value: "col"), .text($0)) }))
    }

    /// A labelled hidden-free decision form: approve / reject buttons with a comment field whose id is unique per object.
    static func decisionForm(action: String, object: UUID, approve: String, reject: String, errors: [FieldError], _ c: PageContext) -> Node<HTML.BodyContext> {
        let field = "comment_\(object.uuidString.lowercased())"
        return Components.form(action: action, c,
            Components.textField(.init(name: field, label: c(M.gcComment), value: ""), errors: errors, c),
            .button(.type(.submit), .name("decision"), .value("approve"), .class("button"), .text(approve)),
            .button(.type(.submit), .name("decision"), .value("reject"), .class("button button-secondary"), .text(reject)))
    }

    static func number(_ value: Double?) -> String {
        guard let value else { return "—" }
        return value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }
}
