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
