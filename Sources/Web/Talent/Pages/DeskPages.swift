import Foundation
import KechuangCore
import Plot
import Talent

/// `/talent/desk`: the open requests of the departments the officer serves, overdue first; for
/// the platform admin, every queue and the form that designates officers (Art. 47).
struct DeskPage {
    let queue: [ServiceRequest]
    let names: [UUID: String]
    let serves: Set<String>
    let admin: Bool
    let now: Date
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(TalentMsg.talDeskTitle), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(TalentURL.home.path), .text(c(TalentMsg.talTitle)))),
            .h1(.text(c(TalentMsg.talDeskTitle))),
            .p(.class("lead"), .text(c(TalentMsg.talDeskIntro))),
            .if(!serves.isEmpty, .p(.text(serves.sorted().map { TalentText.department($0, c) }.joined(separator: c.language == .zh ? "、" : "; ")))),
            .if(serves.isEmpty && !admin, .p(.text(c(TalentMsg.talDeskNone)))),
            .if(queue.isEmpty, .p(.text(c(TalentMsg.talDeskEmpty))), else: Components.scrollTable(label: c(TalentMsg.talDeskTitle),
                .thead(.tr(.th(.text(c(TalentMsg.talRequestKind))), .th(.text(c(TalentMsg.talApplicant))), .th(.text(c(TalentMsg.talDepartment))),
                           .th(.text(c(TalentMsg.talSubmittedAt))), .th(.text(c(TalentMsg.talDeadline))), .th(.text(c(TalentMsg.talState))))),
                .tbody(.forEach(queue) { r in
                    .tr(.td(.a(.href(TalentURL.request(r.id.rawValue).path), .text(TalentText.kind(r.kind, c)))),
                        .td(Components.zh(names[r.personID] ?? "", c)), .td(.text(TalentText.department(r.department, c))),
                        .td(.text(TalentText.time(r.submittedAt))), .td(.text(TalentText.time(r.dueAt))),
                        .td(.text(TalentText.state(r, now: now, c))))
                }))),
            .if(admin, .group(
                .h2(.text(c(TalentMsg.talAssignTitle))),
                Components.form(action: TalentURL.deskOfficers.path, c,
                    Components.selectField(name: "department", label: c(TalentMsg.talDepartment),
                                           options: ServiceDesks.departments.map { ($0.code, c.text($0.name)) }, selected: values["department"], errors: errors, c),
                    Components.textField(.init(name: "email", label: c(TalentMsg.talEmail), value: values["email"] ?? "", type: .email), errors: errors, c),
                    Components.submit(c(TalentMsg.talAssignButton)))))
        )).render()
    }
}

/// `/talent/compliance`: how each department meets its deadlines, as an SVG chart with the same
/// numbers in a table beside it (Art. 47).
struct CompliancePage {
    let rows: [DeskCompliance]

    func render(_ c: PageContext) -> String {
        let legends = [c(TalentMsg.talClosedOnTime), c(TalentMsg.talClosedLate), c(TalentMsg.talOpenOnTime), c(TalentMsg.talOpenOverdue)]
        let series = rows.map { (label: TalentText.department($0.department, c), values: [$0.closedOnTime, $0.closedLate, $0.openOnTime, $0.openOverdue]) }
        return Layout(context: c, title: c(TalentMsg.talComplianceTitle), content: .div(
            .p(.a(.href(TalentURL.home.path), .text(c(TalentMsg.talTitle)))),
            .h1(.text(c(TalentMsg.talComplianceTitle))),
            .p(.class("lead"), .text(c(TalentMsg.talComplianceIntro))),
            .div(.class("chart-with-table"),
                TalentText.stackedChart(title: c(TalentMsg.talChartTitle), rows: series, legends: legends),
                Components.scrollTable(label: c(TalentMsg.talChartData),
                    .thead(.tr(.th(.text(c(TalentMsg.talDepartment))), .th(.text(legends[0])), .th(.text(legends[1])), .th(.text(legends[2])),
                               .th(.text(legends[3])), .th(.text(c(TalentMsg.talTotal))), .th(.text(c(TalentMsg.talOnTimeShare))))),
                    .tbody(.forEach(rows) { r in
                        .tr(.th(.attribute(named: "scope", value: "row"), .text(TalentText.department(r.department, c))),
                            .td(.text(String(r.closedOnTime))), .td(.text(String(r.closedLate))), .td(.text(String(r.openOnTime))),
                            .td(.text(String(r.openOverdue))), .td(.text(String(r.total))), .td(.text(TalentText.percent(r.onTimeShare))))
                    })))
        )).render()
    }
}
