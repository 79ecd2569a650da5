import Foundation
import Grants
import KechuangCore
import Plot

/// `/projects/:id`: the project's facts, its agreement's stage, and links to its money and
/// reports pages.
struct ProjectPage {
    let view: AgreementView
    let piName: String

    func render(_ c: PageContext) -> String {
        let p = view.project
        return Layout(context: c, title: "\(p.number) · \(c(GrantsMsg.projectTitle))", content: .div(
            .p(.class("caption"), .text(p.number)),
            .h1(GrantsCoreText.title(p, c)),
            GrantsCoreText.links(p, c),
            GrantsCoreText.dl([
                GrantsCoreText.row(c(GrantsMsg.projectStatus), .strong(.text(c.text(p.status.label)))),
                GrantsCoreText.row(c(GrantsMsg.projectPI), Components.zh(piName, c)),
                GrantsCoreText.row(c(GrantsMsg.projectPeriod), .text("\(p.startDate) – \(p.endDate)")),
                GrantsCoreText.row(c(GrantsMsg.projectAwardDate), .text(p.awardDate.description)),
                GrantsCoreText.row(c(GrantsMsg.projectRequested), .text(GrantsCoreText.money(p.requestedAmount, c))),
                GrantsCoreText.row(c(GrantsMsg.projectAwarded), .text(GrantsCoreText.money(p.awardedAmount, c))),
                GrantsCoreText.row(c(GrantsMsg.projectFunding), .text(c.text(p.fundingKind.label))),
                GrantsCoreText.row(c(GrantsMsg.projectResearch), .text(c.text(p.researchType.label))),
                GrantsCoreText.row(c(GrantsMsg.projectBudgetMode), .text(c.text(p.budgetMode.label))),
                GrantsCoreText.row(c(GrantsMsg.projectSelection), .text(c.text(p.selectionMode.label))),
                GrantsCoreText.row(c(GrantsMsg.projectAgreement), .a(.href(GrantsURL.agreement(p.id.rawValue).path), .text(c.text(view.stage.label)))),
                GrantsCoreText.row(c(GrantsMsg.projectTeam), p.team.isEmpty ? .text("—") : .ul(.forEach(p.team) { .li(Components.zh($0.name, c)) })),
            ]),
            .if(p.chiefScientist, .p(.text(c(GrantsMsg.projectChief)))),
            .unwrap(p.parallelRoute) { route in .p(.text(c(GrantsMsg.projectParallel)), Components.zh(route.downSelectionMilestone, c)) }
        )).render()
    }
}
