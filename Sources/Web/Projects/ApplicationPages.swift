import Export
import Foundation
import Identity
import KechuangCore
import Plot
import Projects

/// The five pages of an application, in order. Each saves the draft and moves on.
enum ApplicationStep: String, CaseIterable, Sendable {
    case basic, team, content, budget, check

    var label: Msg {
        switch self {
        case .basic: .appStepBasic
        case .team: .appStepTeam
        case .content: .appStepContent
        case .budget: .appStepBudget
        case .check: .appStepCheck
        }
    }

    var next: ApplicationStep {
        let all = Self.allCases
        guard let index = all.firstIndex(of: self) else { return .check }
        return index + 1 < all.count ? all[index + 1] : .check
    }

    /// The page that holds a field a problem names; nil when no page does (the call's deadline,
    /// eligibility facts the platform holds about the PI and the organisation).
    static func page(holding field: String) -> ApplicationStep? {
        switch field {
        case "title_zh", "title_en", "keywords", "discipline", "pi_phd_year": .basic
        case "team", "partners": .team
        case "summary", "plan", "ethics", "sensitive": .content
        case "budget": .budget
        case let field where field.hasPrefix("section_"): .content
        default: nil
        }
    }

    static let sensitiveAreas: [(String, Msg)] = [("human", .appSensitiveHuman), ("animal", .appSensitiveAnimal), ("ai", .appSensitiveAI), ("other", .appSensitiveOther)]
    static let maxMembers = 5

    static func budgetLabel(_ category: String) -> Msg {
        switch category {
        case "equipment": .budgetEquipment
        case "materials": .budgetMaterials
        case "testing": .budgetTesting
        case "travel": .budgetTravel
        case "conferences": .budgetConferences
        case "publication": .budgetPublication
        case "labour": .budgetLabour
        case "consultation": .budgetConsultation
        default: .budgetIndirect
        }
    }
}

/// Form values of every page, by field name, from a stored application (what a GET shows).
enum ApplicationForm {
    static let yes = "yes"

    static func values(_ a: GrantApplication, call: Call) -> [String: String] {
        var v: [String: String] = [
            "title_zh": a.titleZh, "title_en": a.titleEn, "keywords": a.keywords, "discipline": a.discipline, "pi_phd_year": a.piPhDYear.map(String.init) ?? "",
            "summary": a.summary, "plan": a.plan,
        ]
        for (index, heading) in call.formSections.enumerated() { v["section_\(index)"] = a.sections[heading] ?? "" }
        for (index, member) in a.team.prefix(ApplicationStep.maxMembers).enumerated() {
            v["member_\(index + 1)_name"] = member.name
            v["member_\(index + 1)_email"] = member.email
            v["member_\(index + 1)_organisation"] = member.organisationID?.uuidString.lowercased() ?? ""
        }
        for partner in a.partners { v["partner_\(partner.uuidString.lowercased())"] = yes }
        for area in a.sensitiveAreas { v["sensitive_\(area)"] = yes }
        if a.hasEthicsApproval { v["ethics_approval"] = yes }
        for line in a.budget { v["budget_\(line.category)"] = String(line.amount) }
        return v
    }

    static func draft(of a: GrantApplication) -> ApplicationDraft {
        ApplicationDraft(titleZh: a.titleZh, titleEn: a.titleEn, keywords: a.keywords, discipline: a.discipline, summary: a.summary, plan: a.plan,
                         sensitiveAreas: a.sensitiveAreas, hasEthicsApproval: a.hasEthicsApproval, piPhDYear: a.piPhDYear,
                         team: a.team, partners: a.partners, budget: a.budget, sections: a.sections)
    }

    /// The draft with this page's fields applied; a field that cannot be read (a year or an
    /// amount that is not a number) is a validation error and nothing is saved.
    static func apply(_ step: ApplicationStep, _ v: [String: String], to a: GrantApplication, call: Call) throws -> ApplicationDraft {
        var d = draft(of: a)
        var errors: [FieldError] = []
        func text(_ key: String) -> String { (v[key] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        switch step {
        case .basic:
            d.titleZh = text("title_zh")
            d.titleEn = text("title_en")
            d.keywords = text("keywords")
            d.discipline = text("discipline").uppercased()
            if !d.discipline.isEmpty && d.discipline.range(of: #"^[A-Z][0-9]{2}([0-9]{2})?$"#, options: .regularExpression) == nil {
                errors.append(FieldError(field: "discipline", rule: "application.discipline.format",
                    message: LocalizedText(zh: "申请代码格式如 F01 或 F0101", en: "A discipline code looks like F01 or F0101")))
            }
            let year = text("pi_phd_year")
            if year.isEmpty {
                d.piPhDYear = nil
            } else if year.count == 4, let value = Int(year), value > 1900 {
                d.piPhDYear = value
            } else {
                errors.append(FieldError(field: "pi_phd_year", rule: "application.pi_phd_year.number", message: Msg.appYearInvalid.text))
            }
        case .team:
            var team: [TeamMember] = []
            for index in 1...ApplicationStep.maxMembers {
                let name = text("member_\(index)_name"), email = text("member_\(index)_email")
                if name.isEmpty && email.isEmpty { continue }
                if !email.contains("@") {
                    errors.append(FieldError(field: "member_\(index)_email", rule: "application.team.email", message: Msg.appEmailInvalid.text))
                }
                let organisation = UUID(uuidString: text("member_\(index)_organisation"))
                let confirmed = a.team.first { $0.email.lowercased() == email.lowercased() && $0.organisationID == organisation }?.confirmedAt
                team.append(TeamMember(name: name, email: email, organisationID: organisation, confirmedAt: confirmed))
            }
            d.team = team
            d.partners = v.filter { $0.key.hasPrefix("partner_") && $0.value == yes }
                .compactMap { UUID(uuidString: String($0.key.dropFirst("partner_".count))) }.sorted { $0.uuidString < $1.uuidString }
        case .content:
            d.summary = text("summary")
            d.plan = text("plan")
            for (index, heading) in call.formSections.enumerated() { d.sections[heading] = text("section_\(index)") }
            d.sensitiveAreas = Set(ApplicationStep.sensitiveAreas.map(\.0).filter { v["sensitive_\($0)"] == yes })
            d.hasEthicsApproval = v["ethics_approval"] == yes
        case .budget:
            let categories = call.budgetMode == .lumpSum ? ["lump_sum"] : BudgetLine.categories
            var lines: [BudgetLine] = []
            for category in categories {
                let raw = text("budget_\(category)").replacingOccurrences(of: ",", with: "")
                if raw.isEmpty { continue }
                guard let amount = Int(raw), amount >= 0 else {
                    errors.append(FieldError(field: "budget_\(category)", rule: "application.budget.number", message: Msg.appAmountInvalid.text))
                    continue
                }
                guard Money.range.contains(amount) else {
                    errors.append(FieldError(field: "budget_\(category)", rule: "application.budget.amount_limit",
                        message: LocalizedText(zh: "金额不得超过 \(Money.maxYuan) 元", en: "The amount may be at most \(Money.maxYuan) yuan")))
                    continue
                }
                if amount > 0 { lines.append(BudgetLine(category: category, amount: amount)) }
            }
            d.budget = lines
        case .check:
            break
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        return d
    }
}

enum ApplicationText {
    static func title(_ a: GrantApplication, _ c: PageContext) -> String {
        if c.language == .en && !a.titleEn.isEmpty { return a.titleEn }
        return a.titleZh.isEmpty ? c(.appUntitled) : a.titleZh
    }

    static func editable(_ a: GrantApplication) -> Bool { [.draft, .returned].contains(a.state) }
}

struct MyApplicationsPage {
    let applications: [GrantApplication]
    let calls: [UUID: Call]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(.navApplications), content: .div(
            .h1(.text(c(.navApplications))),
            .p(.text(c(.appListIntro))),
            .if(applications.isEmpty, .p(.text(c(.appNone))), else: .table(
                .thead(.tr(.th(.text(c(.appTitle))), .th(.text(c(.appCall))), .th(.text(c(.status))))),
                .tbody(.forEach(applications) { a in
                    .tr(
                        .td(.a(.href(ProjectsURL.applicationPage(a.id, ApplicationText.editable(a) ? .basic : .check).path), .text(ApplicationText.title(a, c)))),
                        .td(.text(calls[a.callID].map { CallText.title($0, c) } ?? "—")),
                        .td(.text(c.text(a.state.label)))
                    )
                })
            ))
        )).render()
    }
}

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
            .p(.a(.href(ProjectsURL.call(call.id).path), .text(CallText.title(call, c)))),
            .h1(.text(c(step.label))),
            steps(c),
            .p(.class("status"), .strong(.text(c.text(application.state.label)))),
            .unwrap(application.officeComment) { comment in
                .if(application.state == .returned, .p(.strong(.text(c(.appOfficeComment) + "：")), .text(comment)))
            },
            .if(!ApplicationText.editable(application), .p(.text(c(.appNotEditable)))),
            step == .check ? check(c) : form(c)
        )).render()
    }

    private func steps(_ c: PageContext) -> Node<HTML.BodyContext> {
        .nav(
            .class("steps"), .attribute(named: "aria-label", value: c(.appStepsLabel)),
            .ol(.forEach(Array(ApplicationStep.allCases.enumerated())) { index, s in
                .li(.a(.href(ProjectsURL.applicationPage(application.id, s).path),
                       .attribute(named: "aria-current", value: s == step ? "step" : nil),
                       .text("\(index + 1). \(c(s.label))")))
            })
        )
    }

    private func value(_ key: String) -> String { values[key] ?? "" }

    private func form(_ c: PageContext) -> Node<HTML.BodyContext> {
        Components.form(action: ProjectsURL.applicationPage(application.id, step).path, c,
            .input(.type(.hidden), .name("version"), .value(String(application.version))),
            fields(c),
            .if(ApplicationText.editable(application), Components.submit(c(.appSaveContinue)))
        )
    }

    private func fields(_ c: PageContext) -> Node<HTML.FormContext> {
        switch step {
        case .basic:
            return .group(
                Components.textField(.init(name: "title_zh", label: c(.appTitleZh), value: value("title_zh"), required: true), errors: errors, c),
                Components.textField(.init(name: "title_en", label: c(.appTitleEn), value: value("title_en")), errors: errors, c),
                Components.textField(.init(name: "keywords", label: c(.appKeywords), hint: c(.appKeywordsHint), value: value("keywords")), errors: errors, c),
                Components.textField(.init(name: "discipline", label: c(ReviewMsg.appDiscipline), hint: c(ReviewMsg.appDisciplineHint), value: value("discipline"),
                                           width: "width-10"), errors: errors, c),
                Components.textField(.init(name: "pi_phd_year", label: c(.appPhDYear), hint: c(.appPhDYearHint), value: value("pi_phd_year"),
                                           width: "width-10"), errors: errors, c)
            )
        case .team:
            let options = organisations.map { ($0.id.uuidString.lowercased(), $0.name(in: c.language)) }
            return .group(
                .div(.id(Components.fieldID("team")), .forEach(Array(1...ApplicationStep.maxMembers)) { index in
                    .fieldset(
                        .element(named: "legend", nodes: [.text("\(c(.appMember)) \(index)")]),
                        Components.textField(.init(name: "member_\(index)_name", label: c(.appMemberName), value: value("member_\(index)_name")), errors: errors, c),
                        Components.textField(.init(name: "member_\(index)_email", label: c(.appMemberEmail), value: value("member_\(index)_email"),
                                                   type: .email), errors: errors, c),
                        Components.selectField(name: "member_\(index)_organisation", label: c(.appMemberOrganisation), options: options,
                                               selected: value("member_\(index)_organisation").isEmpty ? application.organisationID.uuidString.lowercased()
                                                   : value("member_\(index)_organisation"), errors: errors, c)
                    )
                }),
                .fieldset(
                    .id(Components.fieldID("partners")),
                    .element(named: "legend", nodes: [.text(c(.appPartners))]),
                    .p(.class("hint"), .text(c(.appPartnersHint))),
                    .forEach(organisations.filter { $0.id != application.organisationID }) { org in
                        Components.checkbox(name: "partner_\(org.id.uuidString.lowercased())", value: ApplicationForm.yes, label: org.nameZh,
                                            checked: value("partner_\(org.id.uuidString.lowercased())") == ApplicationForm.yes)
                    }
                )
            )
        case .content:
            return .group(
                CallFormPage.textArea("summary", c(.appSummary), nil, value("summary"), errors, c),
                CallFormPage.textArea("plan", c(.appPlan), nil, value("plan"), errors, c),
                .forEach(Array(call.formSections.enumerated())) { index, heading in
                    CallFormPage.textArea("section_\(index)", heading, nil, value("section_\(index)"), errors, c)
                },
                .fieldset(
                    .id(Components.fieldID("ethics")),
                    .element(named: "legend", nodes: [.text(c(.appSensitive))]),
                    .forEach(ApplicationStep.sensitiveAreas) { area in
                        Components.checkbox(name: "sensitive_\(area.0)", value: ApplicationForm.yes, label: c(area.1),
                                            checked: value("sensitive_\(area.0)") == ApplicationForm.yes)
                    },
                    Components.checkbox(name: "ethics_approval", value: ApplicationForm.yes, label: c(.appEthicsApproval),
                                        checked: value("ethics_approval") == ApplicationForm.yes)
                )
            )
        case .budget:
            if call.budgetMode == .lumpSum {
                return .div(.id(Components.fieldID("budget")),
                    Components.textField(.init(name: "budget_lump_sum", label: c(.appBudgetLumpSum), hint: c(.appBudgetLumpSumHint),
                                               value: value("budget_lump_sum"), width: "width-20"), errors: errors, c))
            }
            return .fieldset(
                .id(Components.fieldID("budget")),
                .element(named: "legend", nodes: [.text(c(.appStepBudget))]),
                .p(.class("hint"), .text(c(.appBudgetItemizedHint))),
                .forEach(BudgetLine.categories) { category in
                    Components.textField(.init(name: "budget_\(category)", label: c(ApplicationStep.budgetLabel(category)),
                                               value: value("budget_\(category)"), width: "width-20"), errors: errors, c)
                }
            )
        case .check:
            return .empty
        }
    }

    private func check(_ c: PageContext) -> Node<HTML.BodyContext> {
        .div(
            .p(.text(c(.appCheckIntro))),
            .dl(
                .class("meta"),
                .dt(.text(c(.appTitle))), .dd(.text(ApplicationText.title(application, c))),
                .dt(.text(c(.appBudgetTotal))), .dd(.text(CallText.money(application.budgetTotal, c)))
            ),
            .if(problems.isEmpty, .p(.class("notice"), .text(c(.appCheckNone))), else: .section(
                .class("problems"),
                .h2(.text(c(.appCheckProblems))),
                .ul(.forEach(problems) { problem in
                    .li(.text(Components.message(problem, c)),
                        .unwrap(ApplicationStep.page(holding: problem.field)) { page in
                            .group(.text(" "), .a(.href(ProjectsURL.applicationPage(application.id, page).path + "#" + Components.fieldID(problem.field)),
                                                  .text("\(c(.edit))\(c.language == .zh ? "：" : ": ")\(c(page.label))")))
                        },
                        .if(problem.field == "attachments", .group(.text(" "), .a(.href(ProjectsURL.applicationAttachments(application.id).path),
                                                                                  .text(c(.appAttachments))))))
                })
            )),
            .if(ApplicationText.editable(application) && problems.isEmpty,
                Components.form(action: ProjectsURL.applicationSubmit(application.id).path, c, Components.submit(c(.appSubmit)))),
            .if(mayWithdraw,
                Components.form(action: ProjectsURL.applicationWithdraw(application.id).path, c, Components.submit(c(.appWithdraw), secondary: true)))
        )
    }
}

/// Applications that list the signed-in person as a team member, waiting for their confirmation.
struct TeamInvitationsPage {
    let applications: [GrantApplication]
    let calls: [UUID: Call]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(.teamInvitations), content: .div(
            .class("narrow"),
            .h1(.text(c(.teamInvitations))),
            .p(.text(c(.teamInvitationsIntro))),
            .if(applications.isEmpty, .p(.text(c(.teamInvitationsNone)))),
            .forEach(applications) { application in
                .section(
                    .class("card"),
                    .h2(.text(ApplicationText.title(application, c))),
                    .unwrap(calls[application.callID]) { call in .p(.text("\(c(.teamInvitedBy))：\(CallText.title(call, c))")) },
                    Components.form(action: ProjectsURL.teamConfirm(application.id).path, c, Components.submit(c(.teamConfirm)))
                )
            }
        )).render()
    }
}

/// The application's PDF attachments: one upload per document the call requires.
struct ApplicationAttachmentsPage {
    let application: GrantApplication
    let call: Call
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(.appAttachments), content: .div(
            .class("narrow"),
            Components.errorSummary(errors, c),
            .p(.a(.href(ProjectsURL.applicationPage(application.id, .check).path), .text(ApplicationText.title(application, c)))),
            .h1(.text(c(.appAttachments))),
            .p(.class("hint"), .text(c(.appAttachmentsHint))),
            .if(call.requiredDocuments.isEmpty, .p(.text(c(.appAttachmentsNone)))),
            .forEach(call.requiredDocuments) { document in
                let attached = application.attachments.first { $0.document == document }
                return .section(
                    .class("attachment"),
                    .h2(.text(document)),
                    .unwrap(attached) { a in
                        .p(.a(.href(ProjectsURL.applicationAttachment(application.id, a.attachment.key).path), .text(a.attachment.originalName)),
                           .text(" · \(a.attachment.size / 1024) KB · SHA-256 "), .code(.text(String(a.attachment.sha256.prefix(16)) + "…")))
                    },
                    .if(ApplicationText.editable(application), .form(
                        .method(.post), .action(ProjectsURL.applicationAttachments(application.id).path), .enctype(.multipartData),
                        Components.csrf(c),
                        .input(.type(.hidden), .name("document"), .value(document)),
                        .div(.class(errors.isEmpty ? "field" : "field field-error"),
                             .label(.for(Components.fieldID("file")), .text(attached == nil ? c(.appAttachUpload) : c(.appAttachReplace))),
                             .input(.id(Components.fieldID("file")), .name("file"), .type(.file), .attribute(named: "accept", value: "application/pdf"))),
                        Components.submit(c(.appAttachUpload), secondary: true)
                    ))
                )
            },
            .p(.a(.class("button"), .href(ProjectsURL.applicationPage(application.id, .check).path), .text(c(.appStepCheck))))
        )).render()
    }
}

/// One application as the research office or the programme officer sees it in a list.
struct ApplicationRow {
    let application: GrantApplication
    let piName: String
    let organisationName: String
}

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
            .p(.text(c(.officeIntro))),
            .if(rows.isEmpty, .p(.text(c(.officeNone)))),
            .forEach(rows) { row in
                let a = row.application
                let fieldErrors = a.id == failedID ? errors : []
                return .section(
                    .class("card application"),
                    .h2(.text(ApplicationText.title(a, c))),
                    .dl(
                        .class("meta"),
                        .dt(.text(c(.appPI))), .dd(.text(row.piName)),
                        .dt(.text(c(.appOrganisation))), .dd(.text(row.organisationName)),
                        .dt(.text(c(.appSubmittedAt))), .dd(.text(a.submittedAt.map { BeijingTime.display($0, c.language) } ?? "—")),
                        .dt(.text(c(.appBudgetTotal))), .dd(.text(CallText.money(a.budgetTotal, c))),
                        .dt(.text(c(.appSummary))), .dd(.text(a.summary))
                    ),
                    Components.form(action: ProjectsURL.institutionDecision(a.id).path, c,
                        .input(.type(.hidden), .name("decision"), .value("approve")),
                        Components.submit(c(.officeApprove))),
                    Components.form(action: ProjectsURL.institutionDecision(a.id).path, c,
                        .input(.type(.hidden), .name("decision"), .value("return")),
                        CallFormPage.textArea("comment", c(.officeComment), nil, a.id == failedID ? comment : "", fieldErrors, c),
                        Components.submit(c(.officeReturn), secondary: true))
                )
            }
        )).render()
    }
}

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
            .p(.text(c(.callAppsIntro))),
            .form(
                .method(.get), .action(ProjectsURL.adminCallApplications(call.id).path),
                .div(
                    .class("field"),
                    .label(.for("field-organisation"), .text(c(.appOrganisation))),
                    .select(
                        .id("field-organisation"), .attribute(named: "name", value: "organisation"),
                        Components.option(value: "", label: c(.callAppsAllOrganisations), selected: selectedOrganisation == nil),
                        .forEach(organisations) { org in
                            Components.option(value: org.0.uuidString.lowercased(), label: org.1, selected: org.0 == selectedOrganisation)
                        }
                    )
                ),
                Components.submit(c(.callAppsFilter), secondary: true)
            ),
            .p(.a(.href(ProjectsURL.adminCallApplicationsCSV(call.id).path + query), .text(c(.callAppsCSV))), .text(" · "),
               .a(.href(ProjectsURL.adminCallApplicationsXLSX(call.id).path + query), .text(c(.callAppsXLSX))), .text(" · "),
               .a(.href(ReviewURL.adminReview(call.id).path), .text(c(ReviewMsg.roundTitle))), .text(" · "),
               .a(.href(ReviewURL.adminRanking(call.id).path), .text(c(ReviewMsg.rankingTitle)))),
            .if(rows.isEmpty, .p(.text(c(.callAppsNone))), else: .table(
                .thead(.tr(.th(.text(c(.appTitle))), .th(.text(c(.appPI))), .th(.text(c(.appOrganisation))),
                           .th(.text(c(.appSubmittedAt))), .th(.text(c(.appBudgetTotal))), .th(.text(c(.status))))),
                .tbody(.forEach(rows) { row in
                    .tr(.td(.a(.href(ReviewURL.formalCheck(row.application.id).path), .text(ApplicationText.title(row.application, c)))),
                        .td(.text(row.piName)), .td(.text(row.organisationName)),
                        .td(.text(row.application.submittedAt.map { BeijingTime.display($0, c.language) } ?? "—")),
                        .td(.text(CallText.money(row.application.budgetTotal, c))),
                        .td(.text(c.text(row.application.state.label))))
                })
            )),
            .p(.a(.href(ProjectsURL.adminCall(call.id).path), .text(c(.back))))
        )).render()
    }

    /// The export: title, PI, organisation, submitted at, budget total, state (in the page's language).
    static func table(_ rows: [ApplicationRow], _ c: PageContext) -> ExportTable {
        ExportTable(
            columns: [c(.appTitle), c(.appPI), c(.appOrganisation), c(.appSubmittedAt),
                      c(.appBudgetTotal) + (c.language == .zh ? "（元）" : " (yuan)"), c(.status)],
            rows: rows.map { row in
                [.text(row.application.titleZh), .text(row.piName), .text(row.organisationName),
                 row.application.submittedAt.map(ExportCell.date) ?? .text(""), .integer(row.application.budgetTotal),
                 .text(c.text(row.application.state.label))]
            })
    }
}
