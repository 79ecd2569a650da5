import Foundation
import Identity
import KechuangCore
import Plot
import Projects

/// The check page's summary of every answer before submitting (GOV.UK "check your answers"):
/// one row per answer, each with a link that changes it on its own page.
struct CheckAnswers {
    let application: GrantApplication
    let call: Call
    let organisations: [Organisation]

    func render(_ c: PageContext) -> Node<HTML.BodyContext> {
        let a = application
        let names = Dictionary(uniqueKeysWithValues: organisations.map { ($0.id.rawValue, $0.name(in: c.language)) })
        let none = c(ProjectsMsg.appAnswerNone)
        let editable = ApplicationText.editable(a)
        func row(_ label: String, _ value: String, _ step: ApplicationStep, _ field: String) -> Node<HTML.TableContext> {
            .tr(.th(.attribute(named: "scope", value: "row"), .text(label)),
                .td(Written.text(value.isEmpty ? none : value, c)),
                .td(.if(editable, .a(.href(ProjectsURL.applicationPage(a.id.rawValue, step).path + "#" + Components.fieldID(field)),
                                     .text(c(.edit)), .span(.class("visually-hidden"), .text(" " + label))))))
        }
        let separator = c.language == .zh ? "；" : "; "
        let team = a.team.map { member in
            [member.name, member.email, member.organisationID.flatMap { names[$0] } ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")
        }.joined(separator: separator)
        let partners = a.partners.map { names[$0] ?? $0.uuidString }.joined(separator: separator)
        let budget = a.budget.map { line in
            (line.category == "lump_sum" ? c(ProjectsMsg.appBudgetLumpSum) : c(ApplicationStep.budgetLabel(line.category))) + " " + CallText.money(line.amount, c)
        }.joined(separator: separator)
        let sensitive = ApplicationStep.sensitiveAreas.filter { a.sensitiveAreas.contains($0.0) }.map { c($0.1) }.joined(separator: separator)
        let documents = call.requiredDocuments.map { document in
            document + " — " + (a.attachments.first { $0.document == document }?.attachment.originalName ?? none)
        }.joined(separator: separator)
        return .section(.id("answers"),
            .h2(.text(c(ProjectsMsg.appAnswersTitle))),
            .table(.class("summary-list"),
                .caption(.class("visually-hidden"), .text(c(ProjectsMsg.appAnswersTitle))),
                .tbody(
                    row(c(ProjectsMsg.appTitleZh), a.titleZh, .basic, "title_zh"),
                    row(c(ProjectsMsg.appTitleEn), a.titleEn, .basic, "title_en"),
                    row(c(ProjectsMsg.appKeywords), a.keywords, .basic, "keywords"),
                    row(c(ReviewMsg.appDiscipline), a.discipline, .basic, "discipline"),
                    row(c(ProjectsMsg.appPhDYear), a.piPhDYear.map(String.init) ?? "", .basic, "pi_phd_year"),
                    row(c(ProjectsMsg.appStepTeam), team, .team, "team"),
                    row(c(ProjectsMsg.appPartners), partners, .team, "partners"),
                    row(c(ProjectsMsg.appSummary), a.summary, .content, "summary"),
                    row(c(ProjectsMsg.appPlan), a.plan, .content, "plan"),
                    .forEach(Array(call.formSections.enumerated())) { index, heading in
                        row(heading, a.sections[heading] ?? "", .content, "section_\(index)")
                    },
                    row(c(ProjectsMsg.appSensitive), sensitive.isEmpty ? "" : sensitive + separator
                        + (a.ethicsApprovalNumber.isEmpty ? c(ProjectsMsg.appAnswerEthicsNo) : c(ProjectsMsg.appAnswerEthicsYes) + " " + a.ethicsApprovalNumber), .content, "ethics"),
                    row(c(ProjectsMsg.appStepBudget), budget.isEmpty ? "" : budget + separator + c(ProjectsMsg.appBudgetTotal) + " " + CallText.money(a.budgetTotal, c),
                        .budget, "budget"),
                    .if(!call.requiredDocuments.isEmpty, .tr(
                        .th(.attribute(named: "scope", value: "row"), .text(c(ProjectsMsg.appAttachments))),
                        .td(Written.text(documents, c)),
                        .td(.if(editable, .a(.href(ProjectsURL.applicationAttachments(a.id.rawValue).path), .text(c(.edit)),
                                             .span(.class("visually-hidden"), .text(" " + c(ProjectsMsg.appAttachments)))))))))))
    }
}
