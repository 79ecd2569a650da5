import Foundation
import Grants
import KechuangCore
import Plot

/// `/projects`: the projects the signed-in person may see (`GrantProjects.list(for:)`).
struct ProjectsListPage {
    let projects: [Project]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(GrantsMsg.projectsTitle), content: .div(
            .h1(.text(c(GrantsMsg.projectsTitle))),
            .p(.text(c(GrantsMsg.projectsIntro))),
            .if(projects.isEmpty, .p(.text(c(GrantsMsg.projectsNone))), else: Components.scrollTable(label: c(GrantsMsg.projectsTitle),
                .thead(.tr(.th(.text(c(GrantsMsg.projectNumber))), .th(.text(c(GrantsMsg.projectTitle))), .th(.text(c(GrantsMsg.projectStatus))),
                           .th(.text(c(GrantsMsg.projectPeriod))), .th(.class("numeric"), .text(c(GrantsMsg.projectAwarded))))),
                .tbody(.forEach(projects) { p in
                    .tr(.td(.a(.href(GrantsURL.project(p.id.rawValue).path), .text(p.number))),
                        .td(GrantsCoreText.title(p, c)),
                        .td(.text(c.text(p.status.label))),
                        .td(.text("\(p.startDate) – \(p.endDate)")),
                        .td(.class("numeric"), .text(GrantsCoreText.money(p.awardedAmount, c))))
                })))
        )).render()
    }
}
