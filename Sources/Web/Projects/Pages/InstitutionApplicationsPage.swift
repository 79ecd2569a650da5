import Export
import Foundation
import Identity
import KechuangCore
import Plot
import Projects

struct InstitutionApplicationsPage {
    let rows: [ApplicationRow]
    var errors: [FieldError] = []
    /// The application a refused decision was about, and the comment typed.
    var failedID: UUID? = nil
    var comment = ""

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(.navInstitutionApplications), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(.navInstitutionApplications))),
            .p(.text(c(ProjectsMsg.officeIntro))),
            .if(rows.isEmpty, .p(.text(c(ProjectsMsg.officeNone)))),
            .forEach(rows) { row in
                let a = row.application
                let fieldErrors = a.id.rawValue == failedID ? errors : []
                return .section(
                    .class("card application"),
                    .h2(.text(ApplicationText.title(a, c))),
                    .dl(
                        .class("meta"),
                        .dt(.text(c(ProjectsMsg.appPI))), .dd(.text(row.piName)),
                        .dt(.text(c(ProjectsMsg.appOrganisation))), .dd(.text(row.organisationName)),
                        .dt(.text(c(ProjectsMsg.appSubmittedAt))), .dd(.text(a.submittedAt.map { BeijingTime.display($0, c.language) } ?? "—")),
                        .dt(.text(c(ProjectsMsg.appBudgetTotal))), .dd(.text(CallText.money(a.budgetTotal, c))),
                        .dt(.text(c(ProjectsMsg.appSummary))), .dd(.text(a.summary))
                    ),
                    Components.form(action: ProjectsURL.institutionDecision(a.id.rawValue).path, c,
                        .input(.type(.hidden), .name("decision"), .value("approve")),
                        Components.submit(c(ProjectsMsg.officeApprove))),
                    Components.form(action: ProjectsURL.institutionDecision(a.id.rawValue).path, c,
                        .input(.type(.hidden), .name("decision"), .value("return")),
                        Components.textArea("comment", c(ProjectsMsg.officeComment), nil, a.id.rawValue == failedID ? comment : "", fieldErrors, c),
                        Components.submit(c(ProjectsMsg.officeReturn), secondary: true))
                )
            }
        )).render()
    }
}
