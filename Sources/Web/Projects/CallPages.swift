import Export
import Foundation
import KechuangCore
import Plot
import Policy
import Projects

enum CallText {
    static func status(_ call: Call, at now: Date) -> Msg {
        if call.status == .draft { return .callStatusDraft }
        if now < call.opensAt { return .callStatusUpcoming }
        return now < call.closesAt ? .callStatusOpen : .callStatusClosed
    }

    static func money(_ yuan: Int, _ c: PageContext) -> String {
        let f = NumberFormatter()
        f.numberStyle = .decimal
        f.locale = Locale(identifier: "en_US_POSIX")
        f.groupingSeparator = ","
        return "\(f.string(from: NSNumber(value: yuan)) ?? String(yuan)) \(c(.callYuan))"
    }

    static func title(_ call: Call, _ c: PageContext) -> String {
        c.language == .en && !call.titleEn.isEmpty ? call.titleEn : call.titleZh
    }
}

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

struct CallPage {
    let call: Call
    let programme: Programme
    let now: Date

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: CallText.title(call, c), content: .div(
            .h1(.text(CallText.title(call, c))),
            .p(.class("status"), .strong(.text(c(CallText.status(call, at: now))))),
            .if(call.isOpen(at: now) && (c.person?.memberships.contains { $0.role == .applicant } ?? false),
                Components.form(action: ProjectsURL.callApply(call.id).path, c, Components.submit(c(.appApply)))),
            .dl(
                .class("meta"),
                .dt(.text(c(.callProgramme))), .dd(.text(c.language == .en && !programme.nameEn.isEmpty ? programme.nameEn : programme.nameZh)),
                .dt(.text(c(.callOpens))), .dd(.text(BeijingTime.display(call.opensAt, c.language))),
                .dt(.text(c(.callCloses))), .dd(.text(BeijingTime.display(call.closesAt, c.language))),
                .dt(.text(c(.callBudget))), .dd(.text(CallText.money(call.totalBudget, c))),
                .dt(.text(c(.callAward))), .dd(.text(CallText.money(call.typicalAward, c))),
                .dt(.text(c(.callBudgetMode))), .dd(.text(c.text(call.budgetMode.label))),
                .dt(.text(c(.callSelectionMode))), .dd(.text(c.text(call.selectionMode.label))),
                .if(!call.negativeList.isEmpty, .group(.dt(.text(c(.callNegativeList))), .dd(.text(call.negativeList.joined(separator: ", "))))),
                .if(!call.requiredDocuments.isEmpty, .group(.dt(.text(c(.callRequiredDocuments))), .dd(.text(call.requiredDocuments.joined(separator: "；")))))
            ),
            .if(!call.eligibilityRules.isEmpty, .section(
                .h2(.text(c(.callEligibility))),
                .ul(.forEach(call.eligibilityRules) { rule in
                    .li(.text(c.text(rule.description)), .text(" "),
                        .a(.href(PolicyURL.policyArticle(Policy.regulationID, "第\(ChineseNumeral.string(rule.article.article))条").path),
                           .text("（\(rule.article.text(in: c.language))）")))
                })
            )),
            .section(
                .h2(.text(c(.callGuideline))),
                .forEach((c.language == .en && !call.guidelineEn.isEmpty ? call.guidelineEn : call.guidelineZh)
                    .split(separator: "\n").map(String.init)) { .p(.text($0)) }
            )
        )).render()
    }
}

struct AdminCallsPage {
    let calls: [Call]
    let programmes: [Programme]
    var programmeErrors: [FieldError] = []
    let now: Date

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(.navManageCalls), content: .div(
            .h1(.text(c(.navManageCalls))),
            .p(.a(.class("button"), .href(ProjectsURL.adminCallNew.path), .text(c(.callNew))), .text(" "),
               .a(.href(ProjectsURL.callLint.path), .text(c(.navCallLint)))),
            .table(
                .thead(.tr(.th(.text(c(.callTitleZh))), .th(.text(c(.callCloses))), .th(.text(c(.status))))),
                .tbody(.forEach(calls) { call in
                    .tr(.td(.a(.href(ProjectsURL.adminCall(call.id).path), .text(call.titleZh))),
                        .td(.text(BeijingTime.display(call.closesAt, c.language))),
                        .td(.text(c(CallText.status(call, at: now)))))
                })
            ),
            .h2(.text(c(.programmesTitle))),
            .ul(.forEach(programmes) { p in .li(.code(.text(p.code)), .text(" \(p.nameZh) · \(c.text(p.kind.label))")) }),
            .h3(.text(c(.programmeNew))),
            Components.errorSummary(programmeErrors, c),
            Components.form(action: ProjectsURL.adminProgrammes.path, c,
                Components.textField(.init(name: "code", label: c(.programmeCode), width: "width-20"), errors: programmeErrors, c),
                Components.textField(.init(name: "name_zh", label: c(.programmeNameZh)), errors: programmeErrors, c),
                Components.textField(.init(name: "name_en", label: c(.programmeNameEn)), errors: programmeErrors, c),
                Components.selectField(name: "kind", label: c(.programmeKind), options: Components.options(ProgrammeKind.self, \.label, c),
                                       selected: ProgrammeKind.naturalScienceFund.rawValue, errors: programmeErrors, c),
                Components.submit(c(.save), secondary: true)
            )
        )).render()
    }
}

struct CallFormPage {
    let call: Call?
    let input: CallInput
    let programmes: [Programme]
    var errors: [FieldError] = []
    /// Every linter finding on the current text, shown highlighted (blocking and warnings).
    var findings: [LintFinding] = []
    var publishBlocked = false

    static func input(from call: Call) -> CallInput {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let rules = call.eligibilityRules.isEmpty ? "" : String(decoding: (try? encoder.encode(call.eligibilityRules)) ?? Data(), as: UTF8.self)
        return CallInput(programmeID: call.programmeID.uuidString.lowercased(), titleZh: call.titleZh, titleEn: call.titleEn,
                         guidelineZh: call.guidelineZh, guidelineEn: call.guidelineEn, opensAt: BeijingTime.format(call.opensAt),
                         closesAt: BeijingTime.format(call.closesAt), totalBudget: String(call.totalBudget), typicalAward: String(call.typicalAward),
                         budgetMode: call.budgetMode.rawValue, selectionMode: call.selectionMode.rawValue, eligibilityRules: rules,
                         negativeList: call.negativeList.joined(separator: ", "), requiredDocuments: call.requiredDocuments.joined(separator: "\n"),
                         formSections: call.formSections.joined(separator: "\n"))
    }

    func render(_ c: PageContext) -> String {
        let title = call == nil ? c(.callNew) : c(.callEdit)
        let action = call.map { ProjectsURL.adminCall($0.id).path } ?? ProjectsURL.adminCalls.path
        return Layout(context: c, title: title, content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(title)),
            .unwrap(call) { call in .p(.strong(.text(c(CallText.status(call, at: Date()))))) },
            .if(publishBlocked, .p(.class("error-message"), .text(c(.callPublishBlocked)))),
            .if(!findings.isEmpty, .section(
                .class("lint-results"),
                .h2(.text(c(.callWarnings))),
                .blockquote(.class("lint-text"), .raw(CallLintPage.highlighted(input.guidelineZh, findings))),
                .ol(.forEach(Array(findings.enumerated())) { index, finding in
                    .li(.id("finding-\(index + 1)"), .class("finding finding-\(finding.severity.rawValue)"),
                        .strong(.text(finding.severity == .block ? c(.callLintBlock) : c(.callLintWarn))), .text(" · "),
                        .strong(.text(CallLintPage.article(finding.article, c))), .text(" · "),
                        .text(c.language == .zh ? finding.message_zh : finding.message_en))
                })
            )),
            Components.form(action: action, c,
                .input(.type(.hidden), .name("version"), .value(String(call?.version ?? 0))),
                Components.selectField(name: "programme_id", label: c(.callProgramme),
                                       options: programmes.map { ($0.id.uuidString.lowercased(), "\($0.code) \($0.nameZh)") },
                                       selected: input.programmeID.lowercased(), errors: errors, c),
                Components.textField(.init(name: "title_zh", label: c(.callTitleZh), value: input.titleZh, required: true), errors: errors, c),
                Components.textField(.init(name: "title_en", label: c(.callTitleEn), value: input.titleEn), errors: errors, c),
                Self.textArea("guideline_zh", c(.callGuidelineZh), nil, input.guidelineZh, errors, c),
                Self.textArea("guideline_en", c(.callGuidelineEn), nil, input.guidelineEn, errors, c),
                Components.textField(.init(name: "opens_at", label: c(.callOpens), hint: c(.callTimesHint), value: input.opensAt, width: "width-20"), errors: errors, c),
                Components.textField(.init(name: "closes_at", label: c(.callCloses), hint: c(.callTimesHint), value: input.closesAt, width: "width-20"), errors: errors, c),
                Components.textField(.init(name: "total_budget", label: c(.callBudget), hint: c(.callAmountHint), value: input.totalBudget, width: "width-20"), errors: errors, c),
                Components.textField(.init(name: "typical_award", label: c(.callAward), hint: c(.callAmountHint), value: input.typicalAward, width: "width-20"), errors: errors, c),
                Components.selectField(name: "budget_mode", label: c(.callBudgetMode), options: Components.options(BudgetMode.self, \.label, c),
                                       selected: input.budgetMode, errors: errors, c),
                Components.selectField(name: "selection_mode", label: c(.callSelectionMode), options: Components.options(SelectionMode.self, \.label, c),
                                       selected: input.selectionMode, errors: errors, c),
                Components.textField(.init(name: "negative_list", label: c(.callNegativeList),
                                           hint: c(.callNegativeListHint) + BudgetLine.categories.joined(separator: ", "), value: input.negativeList), errors: errors, c),
                Self.textArea("required_documents", c(.callRequiredDocuments), c(.callRequiredDocumentsHint), input.requiredDocuments, errors, c),
                Self.textArea("form_sections", c(.callFormSections), c(.callFormSectionsHint), input.formSections, errors, c),
                Self.textArea("eligibility_rules", c(.callRulesJSON), c(.callRulesHint), input.eligibilityRules, errors, c),
                Components.submit(c(.save))
            ),
            .unwrap(call) { call in
                .if(call.status != .draft, .p(.a(.href(ProjectsURL.adminCallApplications(call.id).path), .text(c(.navCallApplications)))))
            },
            .unwrap(call) { call in
                .if(call.status == .draft, Components.form(action: ProjectsURL.adminCallPublish(call.id).path, c, Components.submit(c(.callPublish))))
            },
            .p(.a(.href(ProjectsURL.adminCalls.path), .text(c(.back))))
        )).render()
    }

    static func textArea(_ name: String, _ label: String, _ hint: String?, _ value: String, _ errors: [FieldError], _ c: PageContext) -> Node<HTML.FormContext> {
        let id = Components.fieldID(name)
        let fieldErrors = errors.filter { $0.field == name }
        return .div(
            .class(fieldErrors.isEmpty ? "field" : "field field-error"),
            .label(.for(id), .text(label)),
            .unwrap(hint) { .p(.class("hint"), .id(id + "-hint"), .text($0)) },
            .if(!fieldErrors.isEmpty, .p(.class("error-message"), .id(id + "-error"),
                .text(fieldErrors.map { Components.message($0, c) }.joined(separator: " ")))),
            .textarea(.id(id), .name(name), .rows(10), .attribute(named: "class", value: "input textarea"),
                      .attribute(named: "aria-invalid", value: fieldErrors.isEmpty ? nil : "true"), .text(value))
        )
    }
}
