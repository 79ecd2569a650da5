import Export
import Foundation
import Identity
import KechuangCore
import Plot
import Projects

struct CallApplicationsPage {
    let call: Call
    let rows: [ApplicationRow]
    /// Every organisation with an application to this call, for the filter.
    let organisations: [(UUID, String)]
    let selectedOrganisation: UUID?

    func render(_ c: PageContext) -> String {
        let query = selectedOrganisation.map { "?organisation=\($0.uuidString.lowercased())" } ?? ""
        return Layout(context: c, title: c(.navCallApplications), content: .div(
            .h1(.text("\(c(.navCallApplications)) · \(CallText.title(call, c))")),
            .p(.text(c(ProjectsMsg.callAppsIntro))),
            .form(
                .method(.get), .action(ProjectsURL.adminCallApplications(call.id.rawValue).path),
                .div(
                    .class("field"),
                    .label(.for("field-organisation"), .text(c(ProjectsMsg.appOrganisation))),
                    .select(
                        .id("field-organisation"), .attribute(named: "name", value: "organisation"),
                        Components.option(value: "", label: c(ProjectsMsg.callAppsAllOrganisations), selected: selectedOrganisation == nil),
                        .forEach(organisations) { org in
                            Components.option(value: org.0.uuidString.lowercased(), label: org.1, selected: org.0 == selectedOrganisation)
                        }
                    )
                ),
                Components.submit(c(ProjectsMsg.callAppsFilter), secondary: true)
            ),
            .p(.a(.href(ProjectsURL.adminCallApplicationsCSV(call.id.rawValue).path + query), .text(c(ProjectsMsg.callAppsCSV))), .text(" · "),
               .a(.href(ProjectsURL.adminCallApplicationsXLSX(call.id.rawValue).path + query), .text(c(ProjectsMsg.callAppsXLSX))), .text(" · "),
               .a(.href(ReviewURL.adminReview(call.id.rawValue).path), .text(c(ReviewMsg.roundTitle))), .text(" · "),
               .a(.href(ReviewURL.adminRanking(call.id.rawValue).path), .text(c(ReviewMsg.rankingTitle)))),
            .if(rows.isEmpty, .p(.text(c(ProjectsMsg.callAppsNone))), else: .table(
                .thead(.tr(.th(.text(c(ProjectsMsg.appTitle))), .th(.text(c(ProjectsMsg.appPI))), .th(.text(c(ProjectsMsg.appOrganisation))),
                           .th(.text(c(ProjectsMsg.appSubmittedAt))), .th(.text(c(ProjectsMsg.appBudgetTotal))), .th(.text(c(.status))))),
                .tbody(.forEach(rows) { row in
                    .tr(.td(.a(.href(ReviewURL.formalCheck(row.application.id.rawValue).path), Components.zh(ApplicationText.title(row.application, c), c))),
                        .td(Components.zh(row.piName, c)), .td(Components.zh(row.organisationName, c)),
                        .td(.text(row.application.submittedAt.map { BeijingTime.display($0, c.language) } ?? "—")),
                        .td(.text(CallText.money(row.application.budgetTotal, c))),
                        .td(.text(c.text(row.application.state.label))))
                })
            )),
            .p(.a(.href(ProjectsURL.adminCall(call.id.rawValue).path), .text(c(.back))))
        )).render()
    }

    /// The export: title, PI, organisation, submitted at, budget total, state (in the page's language).
    static func table(_ rows: [ApplicationRow], _ c: PageContext) -> ExportTable {
        ExportTable(
            columns: [c(ProjectsMsg.appTitle), c(ProjectsMsg.appPI), c(ProjectsMsg.appOrganisation), c(ProjectsMsg.appSubmittedAt),
                      c(ProjectsMsg.appBudgetTotal) + (c.language == .zh ? "（元）" : " (yuan)"), c(.status)],
            rows: rows.map { row in
                [.text(row.application.titleZh), .text(row.piName), .text(row.organisationName),
                 row.application.submittedAt.map(ExportCell.date) ?? .text(""), .integer(row.application.budgetTotal),
                 .text(c.text(row.application.state.label))]
            })
    }
}
