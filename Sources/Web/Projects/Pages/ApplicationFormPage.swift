import Export
import Foundation
import Identity
import KechuangCore
import Plot
import Projects

struct ApplicationFormPage {
    let application: GrantApplication
    let call: Call
    let step: ApplicationStep
    let values: [String: String]
    let organisations: [Organisation]
    var errors: [FieldError] = []
    /// On the check page: what would stop submission now.
    var problems: [FieldError] = []
    var mayWithdraw = false

    func render(_ c: PageContext) -> String {
        let title = "\(c(step.label)) · \(ApplicationText.title(application, c))"
        return Layout(context: c, title: title, content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(ProjectsURL.call(call.id.rawValue).path), .text(CallText.title(call, c)))),
            .h1(.text(c(step.label))),
            steps(c),
            .p(.class("status"), .strong(.text(c.text(application.state.label)))),
            .unwrap(application.officeComment) { comment in
                .if(application.state == .returned, .p(.strong(.text(c(ProjectsMsg.appOfficeComment) + (c.language == .zh ? "：" : ": "))), Written.text(comment, c)))
            },
            .if(!ApplicationText.editable(application), .p(.text(c(ProjectsMsg.appNotEditable)))),
            step == .check ? check(c) : form(c)
        )).render()
    }

    private func steps(_ c: PageContext) -> Node<HTML.BodyContext> {
        .nav(
            .class("steps"), .attribute(named: "aria-label", value: c(ProjectsMsg.appStepsLabel)),
            .ol(.forEach(Array(ApplicationStep.allCases.enumerated())) { index, s in
                .li(.a(.href(ProjectsURL.applicationPage(application.id.rawValue, s).path),
                       .attribute(named: "aria-current", value: s == step ? "step" : nil),
                       .text("\(index + 1). \(c(s.label))")))
            })
        )
    }

    private func value(_ key: String) -> String { values[key] ?? "" }

    private func form(_ c: PageContext) -> Node<HTML.BodyContext> {
        Components.form(action: ProjectsURL.applicationPage(application.id.rawValue, step).path, c,
            .input(.type(.hidden), .name("version"), .value(String(application.version))),
            fields(c),
            .if(ApplicationText.editable(application), Components.submit(c(ProjectsMsg.appSaveContinue)))
        )
    }

    private func fields(_ c: PageContext) -> Node<HTML.FormContext> {
        switch step {
        case .basic:
            return .group(
                Components.textField(.init(name: "title_zh", label: c(ProjectsMsg.appTitleZh), value: value("title_zh"), required: true), errors: errors, c),
                Components.textField(.init(name: "title_en", label: c(ProjectsMsg.appTitleEn), value: value("title_en")), errors: errors, c),
                Components.textField(.init(name: "keywords", label: c(ProjectsMsg.appKeywords), hint: c(ProjectsMsg.appKeywordsHint), value: value("keywords")), errors: errors, c),
                Components.textField(.init(name: "discipline", label: c(ReviewMsg.appDiscipline), hint: c(ReviewMsg.appDisciplineHint), value: value("discipline"),
                                           width: "width-4"), errors: errors, c),
                Components.textField(.init(name: "pi_phd_year", label: c(ProjectsMsg.appPhDYear), hint: c(ProjectsMsg.appPhDYearHint), value: value("pi_phd_year"),
                                           width: "width-4"), errors: errors, c)
            )
        case .team:
            let options = organisations.map { ($0.id.uuidString.lowercased(), $0.name(in: c.language)) }
            return .group(
                .div(.id(Components.fieldID("team")), .forEach(Array(1...ApplicationStep.maxMembers)) { index in
                    .fieldset(
                        .element(named: "legend", nodes: [.text("\(c(ProjectsMsg.appMember)) \(index)")]),
                        Components.textField(.init(name: "member_\(index)_name", label: c(ProjectsMsg.appMemberName), value: value("member_\(index)_name")), errors: errors, c),
                        Components.textField(.init(name: "member_\(index)_email", label: c(ProjectsMsg.appMemberEmail), value: value("member_\(index)_email"),
                                                   type: .email), errors: errors, c),
                        Components.selectField(name: "member_\(index)_organisation", label: c(ProjectsMsg.appMemberOrganisation), options: options,
                                               selected: value("member_\(index)_organisation").isEmpty ? application.organisationID.uuidString.lowercased()
                                                   : value("member_\(index)_organisation"), errors: errors, c)
                    )
                }),
                .fieldset(
                    .id(Components.fieldID("partners")),
                    .element(named: "legend", nodes: [.text(c(ProjectsMsg.appPartners))]),
                    .p(.class("hint"), .text(c(ProjectsMsg.appPartnersHint))),
                    .forEach(organisations.filter { $0.id.rawValue != application.organisationID }) { org in
                        Components.checkbox(name: "partner_\(org.id.uuidString.lowercased())", value: ApplicationForm.yes, label: org.nameZh,
                                            checked: value("partner_\(org.id.uuidString.lowercased())") == ApplicationForm.yes)
                    }
                )
            )
        case .content:
            return .group(
                Components.textArea("summary", c(ProjectsMsg.appSummary), nil, value("summary"), errors, c),
                Components.textArea("plan", c(ProjectsMsg.appPlan), nil, value("plan"), errors, c),
                .forEach(Array(call.formSections.enumerated())) { index, heading in
                    Components.textArea("section_\(index)", heading, nil, value("section_\(index)"), errors, c)
                },
                .fieldset(
                    .id(Components.fieldID("ethics")),
                    .element(named: "legend", nodes: [.text(c(ProjectsMsg.appSensitive))]),
                    .forEach(ApplicationStep.sensitiveAreas) { area in
                        Components.checkbox(name: "sensitive_\(area.0)", value: ApplicationForm.yes, label: c(area.1),
                                            checked: value("sensitive_\(area.0)") == ApplicationForm.yes)
                    },
                    Components.textField(.init(name: "ethics_approval_number", label: c(ProjectsMsg.appEthicsApproval),
                                               hint: c(ProjectsMsg.appEthicsApprovalHint), value: value("ethics_approval_number")), errors: [], c)
                )
            )
        case .budget:
            if call.budgetMode == .lumpSum {
                return .div(.id(Components.fieldID("budget")),
                    Components.textField(.init(name: "budget_lump_sum", label: c(ProjectsMsg.appBudgetLumpSum), hint: c(ProjectsMsg.appBudgetLumpSumHint),
                                               value: value("budget_lump_sum"), width: "width-20"), errors: errors, c))
            }
            return .fieldset(
                .id(Components.fieldID("budget")),
                .element(named: "legend", nodes: [.text(c(ProjectsMsg.appStepBudget))]),
                .p(.class("hint"), .text(c(ProjectsMsg.appBudgetItemizedHint))),
                .forEach(BudgetLine.categories) { category in
                    Components.textField(.init(name: "budget_\(category)", label: c(ApplicationStep.budgetLabel(category)),
                                               value: value("budget_\(category)"), width: "width-20"), errors: errors, c)
                }
            )
        case .check:
            return .empty
        }
    }

    /// Check your answers: the problems that stop submission first (each linked to its page),
    /// when the submit button appears, every answer with a link to change it, then submit.
    private func check(_ c: PageContext) -> Node<HTML.BodyContext> {
        let editable = ApplicationText.editable(application)
        return .div(
            .p(.text(c(ProjectsMsg.appCheckIntro))),
            .if(editable && problems.isEmpty, .p(.class("notice"), .text(c(ProjectsMsg.appCheckNone)))),
            .if(!problems.isEmpty, .section(
                .class("problems"),
                .h2(.text(c(ProjectsMsg.appCheckProblems))),
                .ul(.forEach(problems) { problem in
                    .li(.text(Components.message(problem, c)),
                        .unwrap(ApplicationStep.page(holding: problem.field)) { page in
                            .group(.text(" "), .a(.href(ProjectsURL.applicationPage(application.id.rawValue, page).path + "#" + Components.fieldID(problem.field)),
                                                  .text("\(c(.edit))\(c.language == .zh ? "：" : ": ")\(c(page.label))")))
                        },
                        .if(problem.field == "attachments", .group(.text(" "), .a(.href(ProjectsURL.applicationAttachments(application.id.rawValue).path),
                                                                                  .text(c(ProjectsMsg.appAttachments))))))
                }),
                .p(.strong(.text(c(ProjectsMsg.appSubmitAppears))))
            )),
            CheckAnswers(application: application, call: call, organisations: organisations).render(c),
            .if(editable && problems.isEmpty, .group(
                .h2(.text(c(ProjectsMsg.appSubmitHeading))),
                .p(.text(c(ProjectsMsg.appSubmitDeclaration))),
                Components.form(action: ProjectsURL.applicationSubmit(application.id.rawValue).path, c, Components.submit(c(ProjectsMsg.appSubmit))))),
            .if(mayWithdraw,
                Components.form(action: ProjectsURL.applicationWithdraw(application.id.rawValue).path, c, Components.submit(c(ProjectsMsg.appWithdraw), secondary: true)))
        )
    }
}
