import Foundation
import Grants
import KechuangCore
import Plot

/// `/money/approvals`: what waits for the programme officer — cross-border lines and budget
/// adjustments outside the institution's own decision — each linking to its project's page.
struct ExecutionApprovalsPage {
    let lines: [(Expenditure, String)]
    let adjustments: [(BudgetAdjustment, String)]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(GrantsMoneyMsg.gmApprovalsTitle), content: .div(
            .h1(.text(c(GrantsMoneyMsg.gmApprovalsTitle))),
            .p(.a(.href(GrantsMoneyURL.programmes.path), .text(c(GrantsMoneyMsg.gmProgrammesTitle))), .text(" · "),
               .a(.href(GrantsMoneyURL.inspections.path), .text(c(GrantsMoneyMsg.gmInspectionsTitle)))),
            .h2(.text(c(GrantsMoneyMsg.gmCrossBorderWaiting))),
            .if(lines.isEmpty, .p(.text(c(GrantsMoneyMsg.gmNothingWaiting))), else: .ul(.forEach(lines) { line, project in
                .li(.a(.href(GrantsMoneyURL.expenditures(line.projectID.rawValue).path), GrantsMoneyComponents.typed(project, c)),
                    .text(" · \(c.text(line.category.label)) · \(GrantsMoneyComponents.yuan(line.amount, c)) · \(line.date)"))
            })),
            .h2(.text(c(GrantsMoneyMsg.gmAdjustmentsWaiting))),
            .if(adjustments.isEmpty, .p(.text(c(GrantsMoneyMsg.gmNothingWaiting))), else: .ul(.forEach(adjustments) { a, project in
                .li(.a(.href(GrantsMoneyURL.budget(a.projectID.rawValue).path), GrantsMoneyComponents.typed(project, c)),
                    .text(" · \(c.text(a.kind.label)) · \(GrantsMoneyComponents.yuan(a.amount, c))"))
            }))
        )).render()
    }
}
