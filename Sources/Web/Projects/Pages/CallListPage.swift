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
        Layout(context: c, title: c(.callsTitle), content: .div(
            .h1(.text(c(.callsTitle))),
            .p(.text(c(.callsIntro))),
            .p(.a(.href(ProjectsURL.callsCalendar.path), .text(c(.callCalendarFeed))), .text(" · "),
               .a(.href(ProjectsURL.callsFeed.path), .text(c(.callAtomFeed)))),
            .form(
                .class("filters"), .method(.get), .action(ProjectsURL.calls.path),
                Components.selectField(name: "programme", label: c(.callProgramme),
                                       options: programmes.values.sorted { $0.code < $1.code }.map { ($0.id.uuidString.lowercased(), "\($0.code) \($0.nameZh)") },
                                       selected: programmeFilter?.uuidString.lowercased(), errors: [], c),
                Components.checkbox(name: "open", value: "1", label: c(.callStatusOpen), checked: openOnly),
                Components.submit(c(.auditFilter), secondary: true)
            ),
            .if(calls.isEmpty, .p(.text(c(.callsNone))), else: .table(
                .thead(.tr(.th(.text(c(.callTitleZh).replacingOccurrences(of: "（中文）", with: "").replacingOccurrences(of: " (Chinese)", with: ""))),
                           .th(.text(c(.callProgramme))), .th(.text(c(.callCloses))), .th(.text(c(.status))))),
                .tbody(.forEach(calls) { call in
                    .tr(
                        .td(.a(.href(ProjectsURL.call(call.id).path), .text(CallText.title(call, c)))),
                        .td(.text(programmes[call.programmeID].map { c.language == .en && !$0.nameEn.isEmpty ? $0.nameEn : $0.nameZh } ?? "—")),
                        .td(.text(BeijingTime.display(call.closesAt, c.language))),
                        .td(.text(c(CallText.status(call, at: now))))
                    )
                })
            ))
        )).render()
    }
}
