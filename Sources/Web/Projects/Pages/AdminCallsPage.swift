import Export
import Foundation
import KechuangCore
import Plot
import Policy
import Projects

struct AdminCallsPage {
    let calls: [Call]
    let programmes: [Programme]
    var programmeErrors: [FieldError] = []
    let now: Date

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(.navManageCalls), content: .div(
            .h1(.text(c(.navManageCalls))),
            .p(.a(.class("button"), .href(ProjectsURL.adminCallNew.path), .text(c(ProjectsMsg.callNew))), .text(" "),
               .a(.href(ProjectsURL.callLint.path), .text(c(.navCallLint)))),
            .table(
                .thead(.tr(.th(.text(c(ProjectsMsg.appTitle))), .th(.text(c(ProjectsMsg.callCloses))), .th(.text(c(.status))))),
                .tbody(.forEach(calls) { call in
                    .tr(.td(.a(.href(ProjectsURL.adminCall(call.id.rawValue).path), Written.text(CallText.title(call, c), c))),
                        .td(.text(BeijingTime.display(call.closesAt, c.language))),
                        .td(.text(c(CallText.status(call, at: now)))))
                })
            ),
            .h2(.text(c(ProjectsMsg.programmesTitle))),
            .ul(.forEach(programmes) { p in .li(.code(.text(p.code)), .text(" "), Written.text(c.language == .en && !p.nameEn.isEmpty ? p.nameEn : p.nameZh, c), .text(" · \(c.text(p.kind.label))")) }),
            .h3(.text(c(ProjectsMsg.programmeNew))),
            Components.errorSummary(programmeErrors, c),
            Components.form(action: ProjectsURL.adminProgrammes.path, c,
                Components.textField(.init(name: "code", label: c(ProjectsMsg.programmeCode), width: "width-20"), errors: programmeErrors, c),
                Components.textField(.init(name: "name_zh", label: c(ProjectsMsg.programmeNameZh)), errors: programmeErrors, c),
                Components.textField(.init(name: "name_en", label: c(ProjectsMsg.programmeNameEn)), errors: programmeErrors, c),
                Components.selectField(name: "kind", label: c(ProjectsMsg.programmeKind), options: Components.options(ProgrammeKind.self, \.label, c),
                                       selected: ProgrammeKind.naturalScienceFund.rawValue, errors: programmeErrors, c),
                Components.submit(c(.save), secondary: true)
            )
        )).render()
    }
}
