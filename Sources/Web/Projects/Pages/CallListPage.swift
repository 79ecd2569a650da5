import Export
import Foundation
import KechuangCore
import Plot
import Policy
import Projects

struct CallListPage {
    let calls: [Call]
    let programmes: [UUID: Programme]
    let now: Date
    var programmeFilter: UUID? = nil
    var openOnly = false

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(ProjectsMsg.callsTitle), content: .div(
            .h1(.text(c(ProjectsMsg.callsTitle))),
            .p(.text(c(ProjectsMsg.callsIntro))),
            .p(.a(.href(ProjectsURL.callsCalendar.path), .text(c(ProjectsMsg.callCalendarFeed))), .text(" · "),
               .a(.href(ProjectsURL.callsFeed.path), .text(c(ProjectsMsg.callAtomFeed)))),
            .form(
                .class("filters"), .method(.get), .action(ProjectsURL.calls.path),
                Components.selectField(name: "programme", label: c(ProjectsMsg.callProgramme),
                                       options: programmes.values.sorted { $0.code < $1.code }.map { ($0.id.uuidString.lowercased(), CallText.programmeName($0, c)) },
                                       selected: programmeFilter?.uuidString.lowercased(), errors: [], c),
                Components.checkbox(name: "open", value: "1", label: c(ProjectsMsg.callStatusOpen), checked: openOnly),
                Components.submit(c(IdentityMsg.auditFilter), secondary: true)
            ),
            .if(calls.isEmpty, .p(.text(c(ProjectsMsg.callsNone))), else: .table(
                .thead(.tr(.th(.text(c(ProjectsMsg.callTitleZh).replacingOccurrences(of: "（中文）", with: "").replacingOccurrences(of: " (Chinese)", with: ""))),
                           .th(.text(c(ProjectsMsg.callProgramme))), .th(.text(c(ProjectsMsg.callCloses))), .th(.text(c(.status))))),
                .tbody(.forEach(calls) { call in
                    .tr(
                        .td(.a(.href(ProjectsURL.call(call.id.rawValue).path), Written.text(CallText.title(call, c), c))),
                        .td(Written.text(programmes[call.programmeID].map { c.language == .en && !$0.nameEn.isEmpty ? $0.nameEn : $0.nameZh } ?? "—", c)),
                        .td(.text(BeijingTime.display(call.closesAt, c.language))),
                        .td(.text(c(CallText.status(call, at: now))))
                    )
                })
            ))
        )).render()
    }
}
