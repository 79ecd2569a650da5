import Foundation
import Grants
import KechuangCore
import Plot
import Projects

/// `/projects/:id/money/budget`: the budget by category and its adjustments. The research office
/// enters an adjustment: recorded at once when it is the institution's decision (Art. 22), or
/// waiting for the programme officer (Art. 50(2)), who approves or rejects it here.
struct BudgetPage {
    let project: Project
    let plan: BudgetPlan
    let used: [String: Int]
    let adjustments: [BudgetAdjustment]
    let mayEnter: Bool
    let mayDecide: Bool
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(GrantsMoneyMsg.gmBudgetTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(GrantsMoneyMsg.gmBudgetTitle))),
            GrantsMoneyComponents.projectHeading(project, c),
            GrantsMoneyComponents.nav(project, current: GrantsMoneyURL.budget(project.id.rawValue).path, c),
            .p(.text(c(project.budgetMode == .lumpSum ? GrantsMoneyMsg.gmAdjustLumpSum : GrantsMoneyMsg.gmAdjustBudgetMode)
                     + (project.budgetMode == .lumpSum ? "" : " \(BudgetRules.institutionReallocationPercent)%"))),
            .table(
                .caption(.text(c(GrantsMoneyMsg.gmPlanCaption) + GrantsMoneyComponents.colon(c) + GrantsMoneyComponents.yuan(plan.total, c))),
                .thead(.tr(.forEach([GrantsMoneyMsg.gmCategory, .gmCategoryBudget, .gmUsed]) { .th(.attribute(named: "scope", value: "col"), .text(c($0))) })),
                .tbody(.forEach(plan.lines.filter { $0.amount != 0 || (used[$0.category] ?? 0) != 0 }) { line in
                    .tr(.th(.attribute(named: "scope", value: "row"), .text(c.text(ExpenditureCategory.label(of: line.category)))),
                        .td(.text(GrantsMoneyComponents.yuan(line.amount, c))), .td(.text(GrantsMoneyComponents.yuan(used[line.category] ?? 0, c))))
                })
            ),
            .h2(.text(c(GrantsMoneyMsg.gmAdjustments))),
            .if(adjustments.isEmpty, .p(.text(c(GrantsMoneyMsg.gmNoAdjustments))), else: .table(
                .caption(.text(c(GrantsMoneyMsg.gmAdjustments))),
                .thead(.tr(.forEach([GrantsMoneyMsg.gmKind, .gmFrom, .gmTo, .gmAmount, .gmReason, .gmState]) { .th(.attribute(named: "scope", value: "col"), .text(c($0))) })),
                .tbody(.forEach(adjustments) { a in
                    .tr(.td(.text(c.text(a.kind.label))), .td(.text(a.fromCategory.map { c.text(ExpenditureCategory.label(of: $0)) } ?? "—")),
                        .td(.text(c.text(ExpenditureCategory.label(of: a.toCategory)))), .td(.text(GrantsMoneyComponents.yuan(a.amount, c))),
                        .td(GrantsMoneyComponents.typed(a.reason, c)),
                        .td(.text(c.text(a.state.label) + GrantsMoneyComponents.cited(a.basis, c)),
                            .if(!a.decisionNote.isEmpty, .group(.br(), GrantsMoneyComponents.typed(a.decisionNote, c))),
                            .if(mayDecide && a.state == .awaitingApproval, decision(a, c))))
                })
            )),
            .if(mayEnter, form(c))
        )).render()
    }

    func decision(_ a: BudgetAdjustment, _ c: PageContext) -> Node<HTML.BodyContext> {
        let noteID = Components.fieldID(GrantsMoneyComponents.noteField(a.id.rawValue))
        return Components.form(action: GrantsMoneyURL.adjustmentDecision(a.id.rawValue).path, c,
            GrantsMoneyComponents.hidden("version", String(a.version)),
            .div(.class("field"), .label(.for(noteID), .text(c(GrantsMoneyMsg.gmDecisionNote))), .input(.id(noteID), .name("note"), .type(.text), .class("input"))),
            .button(.type(.submit), .name("decision"), .value("approve"), .class("button"), .text(c(GrantsMoneyMsg.gmApprove))),
            .button(.type(.submit), .name("decision"), .value("reject"), .class("button button-secondary"), .text(c(GrantsMoneyMsg.gmReject))))
    }

    func form(_ c: PageContext) -> Node<HTML.BodyContext> {
        func v(_ k: String) -> String { values[k] ?? "" }
        let categories = BudgetLine.categories.map { ($0, c.text(ExpenditureCategory.label(of: $0))) }
        return .div(
            .h2(.text(c(GrantsMoneyMsg.gmEnterAdjustment))),
            Components.form(action: GrantsMoneyURL.budget(project.id.rawValue).path, c,
                Components.selectField(name: "kind", label: c(GrantsMoneyMsg.gmKind), options: Components.options(BudgetAdjustmentKind.self, \.label, c),
                                       selected: v("kind"), errors: errors, c),
                Components.selectField(name: "from_category", label: c(GrantsMoneyMsg.gmFrom), hint: c(GrantsMoneyMsg.gmFromHint), options: categories,
                                       selected: v("from_category"), errors: errors, c),
                Components.selectField(name: "to_category", label: c(GrantsMoneyMsg.gmTo), options: categories, selected: v("to_category"), errors: errors, c),
                Components.textField(.init(name: "amount", label: c(GrantsMoneyMsg.gmAmount), hint: c(GrantsMoneyMsg.gmAmountHint), value: v("amount"),
                                           width: "width-10"), errors: errors, c),
                Components.textField(.init(name: "reason", label: c(GrantsMoneyMsg.gmReason), value: v("reason")), errors: errors, c),
                Components.submit(c(GrantsMoneyMsg.gmEnterAdjustment)))
        )
    }
}
