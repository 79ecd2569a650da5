import Foundation
import Grants
import KechuangCore
import Plot

/// `/reports`: the reports still owed on the viewer's projects, soonest first, and their reminders;
/// the programme officer sends reminders. `/change-requests`: the requests waiting for the viewer.
struct ReportsDuePage {
    typealias M = GrantsClosureMsg
    let owed: [(report: ProjectReport, project: Project)]
    let reminders: [ReportReminder]
    let mayRemind: Bool
    let now: Date

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(M.gcReportsDueTitle), content: .div(
            .h1(.text(c(M.gcReportsDueTitle))),
            .if(owed.isEmpty, .p(.text(c(M.gcNothingWaiting))), else: .table(
                .caption(.text(c(M.gcReportsDueTitle))),
                GrantsClosureComponents.th([c(M.gcProject), c(M.gcTitle), c(M.gcDue), c(M.gcState)]),
                .tbody(.forEach(owed) { row in
                    .tr(.td(.a(.href(GrantsClosureURL.closure(row.project.id.rawValue).path), GrantsMoneyComponents.typed(GrantsMoneyComponents.projectName(row.project, c), c))),
                        .td(.a(.href(GrantsClosureURL.report(row.report.id.rawValue).path), .text(c.text(row.report.title)))),
                        .td(.text(row.report.dueDate.description)),
                        .td(.text(c.text(row.report.state.label)), .if(row.report.isOverdue(at: now), .strong(.text(" " + c(M.gcOverdue)))),
                            .if(row.report.isDueSoon(at: now), .text(" " + c(M.gcDueSoon)))))
                }))),
            .h2(.text(c(M.gcReminders))),
            .if(reminders.isEmpty, .p(.text(c(M.gcNothingWaiting))), else: .ul(.forEach(reminders) { r in
                .li(.text("\(c.text(r.kind.label)) · \(c(M.gcDue)) \(r.dueDate) · "), .a(.href(GrantsClosureURL.report(r.reportID.rawValue).path), .text(c(M.gcView))))
            })),
            .if(mayRemind, Components.form(action: GrantsClosureURL.reportsRemind.path, c, Components.submit(c(M.gcRemind), secondary: true)))
        )).render()
    }
}

struct ChangesWaitingPage {
    typealias M = GrantsClosureMsg
    let waiting: [(request: ChangeRequest, project: Project)]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(M.gcWaitingTitle), content: .div(
            .h1(.text(c(M.gcWaitingTitle))),
            .if(waiting.isEmpty, .p(.text(c(M.gcNothingWaiting))), else: .table(
                .caption(.text(c(M.gcWaitingTitle))),
                GrantsClosureComponents.th([c(M.gcProject), c(M.gcKind), c(M.gcReason), c(M.gcState)]),
                .tbody(.forEach(waiting) { row in
                    .tr(.td(.a(.href(GrantsClosureURL.changes(row.project.id.rawValue).path), GrantsMoneyComponents.typed(GrantsMoneyComponents.projectName(row.project, c), c))),
                        .td(.text(c.text(row.request.kind.label))), .td(GrantsMoneyComponents.typed(row.request.reason, c)),
                        .td(.text(c.text(row.request.state.label))))
                })))
        )).render()
    }
}
