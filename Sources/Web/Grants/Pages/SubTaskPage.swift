import Foundation
import Grants
import KechuangCore
import Plot

/// `/projects/:id/subtasks`: chief-scientist responsibility (Art. 29) — the chief scientist
/// allocates sub-tasks and their budgets; together never above the award.
struct SubTaskPage {
    let project: Project
    let subTasks: [SubTask]
    let mayAllocate: Bool
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let total = subTasks.reduce(0) { $0 + $1.budget }
        return Layout(context: c, title: c(GrantsMoneyMsg.gmSubTasksTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(GrantsMoneyMsg.gmSubTasksTitle))),
            GrantsMoneyComponents.projectHeading(project, c),
            GrantsMoneyComponents.nav(project, current: GrantsMoneyURL.subTasks(project.id.rawValue).path, c),
            .p(.text(c(GrantsMoneyMsg.gmSubTasksIntro))),
            .p(.text(c(GrantsMoneyMsg.gmAllocated) + GrantsMoneyComponents.colon(c) + GrantsMoneyComponents.yuan(total, c) + " / " + GrantsMoneyComponents.yuan(project.awardedAmount, c))),
            .if(subTasks.isEmpty, .p(.text(c(GrantsMoneyMsg.gmNoSubTasks))), else: .table(
                .caption(.text(c(GrantsMoneyMsg.gmSubTasksTitle))),
                .thead(.tr(.forEach([GrantsMoneyMsg.gmSubTask, .gmLeader, .gmAmount]) { .th(.attribute(named: "scope", value: "col"), .text(c($0))) })),
                .tbody(.forEach(subTasks) { t in
                    .tr(.td(GrantsMoneyComponents.typed(t.title, c)), .td(GrantsMoneyComponents.typed(t.leaderName, c), .if(!t.leaderEmail.isEmpty, .text(" <\(t.leaderEmail)>"))),
                        .td(.text(GrantsMoneyComponents.yuan(t.budget, c))))
                })
            )),
            .if(mayAllocate, .div(
                .h2(.text(c(GrantsMoneyMsg.gmAllocate))),
                Components.form(action: GrantsMoneyURL.subTasks(project.id.rawValue).path, c,
                    Components.textField(.init(name: "title", label: c(GrantsMoneyMsg.gmSubTask), value: values["title"] ?? ""), errors: errors, c),
                    Components.textField(.init(name: "leader_name", label: c(GrantsMoneyMsg.gmLeader), value: values["leader_name"] ?? ""), errors: errors, c),
                    Components.textField(.init(name: "leader_email", label: c(GrantsMoneyMsg.gmLeaderEmail), value: values["leader_email"] ?? "", type: .email),
                                         errors: errors, c),
                    Components.textField(.init(name: "budget", label: c(GrantsMoneyMsg.gmAmount), hint: c(GrantsMoneyMsg.gmAmountHint),
                                               value: values["budget"] ?? "", width: "width-10"), errors: errors, c),
                    Components.submit(c(GrantsMoneyMsg.gmAllocate)))
            ))
        )).render()
    }
}
