import Export
import Foundation
import Identity
import KechuangCore
import Plot
import Projects

struct MyApplicationsPage {
    let applications: [GrantApplication]
    let calls: [UUID: Call]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(.navApplications), content: .div(
            .h1(.text(c(.navApplications))),
            .p(.text(c(ProjectsMsg.appListIntro))),
            .if(applications.isEmpty, .p(.text(c(ProjectsMsg.appNone))), else: .table(
                .thead(.tr(.th(.text(c(ProjectsMsg.appTitle))), .th(.text(c(ProjectsMsg.appCall))), .th(.text(c(.status))))),
                .tbody(.forEach(applications) { a in
                    .tr(
                        .td(.a(.href(ProjectsURL.applicationPage(a.id.rawValue, ApplicationText.editable(a) ? .basic : .check).path), .text(ApplicationText.title(a, c)))),
                        .td(.text(calls[a.callID].map { CallText.title($0, c) } ?? "—")),
                        .td(.text(c.text(a.state.label)))
                    )
                })
            ))
        )).render()
    }
}
