import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Projects
import Review

struct InvitationsPage {
    let invitations: [Reviews.Invitation]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(ReviewMsg.reviewsTitle), content: .div(
            .h1(.text(c(ReviewMsg.reviewsTitle))),
            .p(.text(c(ReviewMsg.reviewsIntro))),
            .p(.a(.href(ReviewURL.expertProfile.path), .text(c(ReviewMsg.expertTitle)))),
            .if(invitations.isEmpty, .p(.text(c(ReviewMsg.reviewsNone))), else: .table(
                .thead(.tr(.th(.text(c(ProjectsMsg.appTitle))), .th(.text(c(ProjectsMsg.appCall))), .th(.text(c(ReviewMsg.roundDeadline))), .th(.text(c(.status))))),
                .tbody(.forEach(invitations) { i in
                    .tr(.td(.a(.href(ReviewURL.review(i.assignment.id).path), Written.text(ApplicationText.title(i.application, c), c))),
                        .td(Written.text(c.language == .en && !i.callTitleEn.isEmpty ? i.callTitleEn : i.callTitle, c)),
                        .td(.text(BeijingTime.display(i.round.deadline, c.language)),
                            .if(i.overdue, .strong(.text(" · " + c(ReviewMsg.reviewsOverdue))),
                                else: .if(i.needsReminder, .text(" · " + c(ReviewMsg.reviewsReminder))))),
                        .td(.text(c.text(i.assignment.status.label))))
                })))
        )).render()
    }
}
