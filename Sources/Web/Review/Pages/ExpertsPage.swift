import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Projects
import Review

struct ExpertsPage {
    let experts: [ExpertProfile]
    var errors: [FieldError] = []
    var email = ""

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(ReviewMsg.expertsTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(ReviewMsg.expertsTitle))),
            .p(.text(c(ReviewMsg.expertsIntro))),
            Components.form(action: ReviewURL.adminExpertInvite.path, c,
                Components.textField(.init(name: "email", label: c(ReviewMsg.expertsInviteEmail), value: email, type: .email), errors: errors, c),
                Components.submit(c(ReviewMsg.expertsInvite))),
            .if(experts.isEmpty, .p(.text(c(.noResults))), else: .table(
                .thead(.tr(.th(.text(c(.name))), .th(.text(c(ReviewMsg.expertDisciplines))), .th(.text(c(ReviewMsg.expertKeywords))),
                           .th(.text(c(ReviewMsg.expertMaxLoad))), .th(.text(c(.status))), .th(.text(c(.actions))))),
                .tbody(.forEach(experts) { e in
                    .tr(.td(.text(e.name)), .td(.text(e.disciplines.joined(separator: ", "))), .td(.text(e.keywords)), .td(.text(String(e.maxLoad))),
                        .td(.text(c(e.active ? ReviewMsg.expertActive : ReviewMsg.expertInactiveShort))),
                        .td(Components.form(action: ReviewURL.adminExpertActive(e.personID).path, c,
                            .input(.type(.hidden), .name("active"), .value(e.active ? "false" : "true")),
                            Components.submit(c(e.active ? ReviewMsg.expertDeactivate : ReviewMsg.expertActivate), secondary: true))))
                })))
        )).render()
    }
}
