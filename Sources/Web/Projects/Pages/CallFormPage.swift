import Export
import Foundation
import KechuangCore
import Plot
import Policy
import Projects

struct CallFormPage {
    let call: Call?
    let input: CallInput
    let programmes: [Programme]
    var errors: [FieldError] = []
    /// Every linter finding on the current text, shown highlighted (blocking and warnings).
    var findings: [LintFinding] = []
    var publishBlocked = false
    /// The guided editor's rows (the call's rules, or what the form sent).
    var rules: [EligibilityRuleFields] = []
    /// The kind chosen next to "Add a rule".
    var newRuleKind = ""

    func render(_ c: PageContext) -> String {
        let title = call == nil ? c(ProjectsMsg.callNew) : c(ProjectsMsg.callEdit)
        let action = call.map { ProjectsURL.adminCall($0.id.rawValue).path } ?? ProjectsURL.adminCalls.path
        return Layout(context: c, title: title, content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(title)),
            .unwrap(call) { call in .p(.strong(.text(c(CallText.status(call, at: Date()))))) },
            .if(publishBlocked, .p(.class("error-message"), .text(c(ProjectsMsg.callPublishBlocked)))),
            .if(!findings.isEmpty, .section(
                .class("lint-results"),
                .h2(.text(c(ProjectsMsg.callWarnings))),
                .blockquote(.class("lint-text"), .raw(CallLintPage.highlighted(input.guidelineZh, findings))),
                .ol(.forEach(Array(findings.enumerated())) { index, finding in
                    .li(.id("finding-\(index + 1)"), .class("finding finding-\(finding.severity.rawValue)"),
                        .strong(.text(finding.severity == .block ? c(ProjectsMsg.callLintBlock) : c(ProjectsMsg.callLintWarn))), .text(" · "),
                        .strong(.text(CallLintPage.article(finding.article, c))), .text(" · "),
                        .text(c.language == .zh ? finding.message_zh : finding.message_en))
                })
            )),
            Components.form(action: action, c,
                EligibilityRuleEditorView.defaultSave(c),
                .input(.type(.hidden), .name("version"), .value(String(call?.version ?? 0))),
                Components.selectField(name: "programme_id", label: c(ProjectsMsg.callProgramme),
                                       options: programmes.map { ($0.id.uuidString.lowercased(), CallText.programmeName($0, c)) },
                                       selected: input.programmeID.lowercased(), errors: errors, c),
                Components.textField(.init(name: "title_zh", label: c(ProjectsMsg.callTitleZh), value: input.titleZh, required: true), errors: errors, c),
                Components.textField(.init(name: "title_en", label: c(ProjectsMsg.callTitleEn), value: input.titleEn), errors: errors, c),
                Components.textArea("guideline_zh", c(ProjectsMsg.callGuidelineZh), nil, input.guidelineZh, errors, c),
                Components.textArea("guideline_en", c(ProjectsMsg.callGuidelineEn), nil, input.guidelineEn, errors, c),
                Components.textField(.init(name: "opens_at", label: c(ProjectsMsg.callOpens), hint: c(ProjectsMsg.callTimesHint), value: input.opensAt, width: "width-20"), errors: errors, c),
                Components.textField(.init(name: "closes_at", label: c(ProjectsMsg.callCloses), hint: c(ProjectsMsg.callTimesHint), value: input.closesAt, width: "width-20"), errors: errors, c),
                Components.textField(.init(name: "total_budget", label: c(ProjectsMsg.callBudget), hint: c(ProjectsMsg.callAmountHint), value: input.totalBudget, width: "width-20"), errors: errors, c),
                Components.textField(.init(name: "typical_award", label: c(ProjectsMsg.callAward), hint: c(ProjectsMsg.callAmountHint), value: input.typicalAward, width: "width-20"), errors: errors, c),
                Components.selectField(name: "budget_mode", label: c(ProjectsMsg.callBudgetMode), options: Components.options(BudgetMode.self, \.label, c),
                                       selected: input.budgetMode, errors: errors, c),
                Components.selectField(name: "selection_mode", label: c(ProjectsMsg.callSelectionMode), options: Components.options(SelectionMode.self, \.label, c),
                                       selected: input.selectionMode, errors: errors, c),
                Components.textField(.init(name: "negative_list", label: c(ProjectsMsg.callNegativeList),
                                           hint: c(ProjectsMsg.callNegativeListHint) + CallText.categoryCodes(c), value: input.negativeList), errors: errors, c),
                Components.textArea("required_documents", c(ProjectsMsg.callRequiredDocuments), c(ProjectsMsg.callRequiredDocumentsHint), input.requiredDocuments, errors, c),
                Components.textArea("form_sections", c(ProjectsMsg.callFormSections), c(ProjectsMsg.callFormSectionsHint), input.formSections, errors, c),
                EligibilityRuleEditorView.section(rows: rules, newKind: newRuleKind, errors: errors, c),
                Components.submit(c(.save))
            ),
            .unwrap(call) { call in
                .if(call.status != .draft, .p(.a(.href(ProjectsURL.adminCallApplications(call.id.rawValue).path), .text(c(.navCallApplications)))))
            },
            .unwrap(call) { call in
                .if(call.status == .draft, Components.form(action: ProjectsURL.adminCallPublish(call.id.rawValue).path, c, Components.submit(c(ProjectsMsg.callPublish))))
            },
            .p(.a(.href(ProjectsURL.adminCalls.path), .text(c(.back))))
        )).render()
    }
}
