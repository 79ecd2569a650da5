import Export
import Foundation
import Identity
import KechuangCore
import Plot
import Projects

/// Applications that list the signed-in person as a team member, waiting for their confirmation.
struct TeamInvitationsPage {
    let applications: [GrantApplication]
    let calls: [UUID: Call]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(ProjectsMsg.teamInvitations), content: .div(
            .class("narrow"),
            .h1(.text(c(ProjectsMsg.teamInvitations))),
            .p(.text(c(ProjectsMsg.teamInvitationsIntro))),
            .if(applications.isEmpty, .p(.text(c(ProjectsMsg.teamInvitationsNone)))),
            .forEach(applications) { application in
                .section(
                    .class("card"),
                    .h2(.text(ApplicationText.title(application, c))),
                    .unwrap(calls[application.callID]) { call in .p(.text("\(c(ProjectsMsg.teamInvitedBy))：\(CallText.title(call, c))")) },
                    Components.form(action: ProjectsURL.teamConfirm(application.id.rawValue).path, c, Components.submit(c(ProjectsMsg.teamConfirm)))
                )
            }
        )).render()
    }
}
