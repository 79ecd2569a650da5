import Foundation
import Grants
import KechuangCore
import Plot

/// `/reports/:id`: one report. The PI fills in the summary and the value reached for each indicator
/// of the agreement (every one in the final report, Art. 31); the programme officer accepts it or
/// returns it with a comment.
struct ReportPage {
    typealias M = GrantsClosureMsg
    let project: Project
    let report: ProjectReport
    let indicators: [Indicator]
    let mayEdit: Bool
    let mayManage: Bool
    let now: Date
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    var owed: Bool { report.state == .due || report.state == .returned }

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c.text(report.title), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(GrantsClosureURL.closure(project.id.rawValue).path), .text(c(M.gcClosureTitle)))),
            .h1(.text(c.text(report.title))),
            GrantsClosureComponents.heading(project, c),
            .dl(.dt(.text(c(M.gcDue))), .dd(.text(report.dueDate.description), .if(report.isOverdue(at: now), .strong(.text(" " + c(M.gcOverdue))))),
                .dt(.text(c(M.gcState))), .dd(.text(c.text(report.state.label))),
                .if(!report.officerComment.isEmpty, .group(.dt(.text(c(M.gcOfficerComment))), .dd(GrantsMoneyComponents.typed(report.officerComment, c))))),
            .if(!owed, submitted(c)),
            .if(owed && mayEdit, form(c)),
            .if(report.state == .submitted && mayManage, review(c))
        )).render()
    }

    func submitted(_ c: PageContext) -> Node<HTML.BodyContext> {
        .div(
            .h2(.text(c(M.gcSummary))), .p(GrantsMoneyComponents.typed(report.summary, c)),
            .table(.caption(.text(c(M.gcIndicator))),
                   GrantsClosureComponents.th([c(M.gcIndicator), c(M.gcTarget), c(M.gcActual)]),
                   .tbody(.forEach(report.indicators) { i in
                       .tr(.td(GrantsMoneyComponents.typed(i.name, c)), .td(.text("\(GrantsClosureComponents.number(i.target)) \(i.unit)")),
                           .td(.text("\(GrantsClosureComponents.number(i.actual)) \(i.unit)"), .if(i.met, .text(" ✓"))))
                   })))
    }

    func form(_ c: PageContext) -> Node<HTML.BodyContext> {
        .div(
            .h2(.text(c(M.gcSubmitReport))),
            Components.form(action: GrantsClosureURL.report(report.id.rawValue).path, c,
                Components.textArea("summary", c(M.gcSummary), nil, values["summary"] ?? report.summary, errors, c),
                .forEach(indicators) { i in
                    let field = "indicator_\(i.id.uuidString.lowercased())"
                    return Components.textField(.init(name: field, label: (c.language == .zh ? i.nameZh : i.nameEn) + "（\(i.unit)）",
                        hint: "\(c(M.gcTarget))\(GrantsMoneyComponents.colon(c))\(GrantsClosureComponents.number(i.target)) \(i.unit)",
                        value: values[field] ?? "", width: "width-10"), errors: errors, c)
                },
                Components.submit(c(M.gcSubmitReport))))
    }

    func review(_ c: PageContext) -> Node<HTML.BodyContext> {
        .div(.h2(.text(c(M.gcComment))),
             GrantsClosureComponents.decisionForm(action: GrantsClosureURL.reportReview(report.id.rawValue).path, object: report.id.rawValue,
                                                  approve: c(M.gcAcceptReport), reject: c(M.gcReturnReport), errors: errors, c))
    }
}
