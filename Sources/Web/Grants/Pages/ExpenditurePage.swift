import Foundation
import Grants
import KechuangCore
import Plot

/// `/projects/:id/money/expenditures`: the project's lines; the research office records a line
/// with its PDF receipt (a refusal cites Art. 50(2) next to the field); the programme officer
/// approves or rejects cross-border lines.
struct ExpenditurePage {
    let project: Project
    let lines: [Expenditure]
    let negativeList: [String]
    let mayRecord: Bool
    let mayDecide: Bool
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(GrantsMoneyMsg.gmExpendituresTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(GrantsMoneyMsg.gmExpendituresTitle))),
            GrantsMoneyComponents.projectHeading(project, c),
            GrantsMoneyComponents.nav(project, current: GrantsMoneyURL.expenditures(project.id.rawValue).path, c),
            .p(.text(c(project.budgetMode == .lumpSum ? GrantsMoneyMsg.gmLumpSumRule : GrantsMoneyMsg.gmBudgetModeRule))),
            .p(.text(c(GrantsMoneyMsg.gmNegativeList) + GrantsMoneyComponents.colon(c) + (negativeList.isEmpty ? c(GrantsMoneyMsg.gmNone)
                : negativeList.map { c.text(ExpenditureCategory.label(of: $0)) }.joined(separator: c.language == .zh ? "、" : ", ")))),
            .p(.text(c(GrantsMoneyMsg.gmCrossBorderRule))),
            .if(lines.isEmpty, .p(.text(c(GrantsMoneyMsg.gmNoLines))), else: table(c)),
            .if(mayRecord, form(c))
        )).render()
    }

    func table(_ c: PageContext) -> Node<HTML.BodyContext> {
        .table(
            .caption(.text(c(GrantsMoneyMsg.gmLinesCaption))),
            .thead(.tr(.forEach([GrantsMoneyMsg.gmDate, .gmCategory, .gmAmount, .gmPayee, .gmDescription, .gmReceipt, .gmState]) {
                .th(.attribute(named: "scope", value: "col"), .text(c($0)))
            })),
            .tbody(.forEach(lines) { line in
                .tr(
                    .td(.text(line.date.description)), .td(.text(c.text(line.category.label))), .td(.text(GrantsMoneyComponents.yuan(line.amount, c))),
                    .td(.text(c.text(line.payeeKind.label) + GrantsMoneyComponents.colon(c)), GrantsMoneyComponents.typed(line.payee, c)),
                    .td(GrantsMoneyComponents.typed(line.description, c)),
                    .td(.unwrap(line.receipt) { r in .a(.href(GrantsMoneyURL.expenditureReceipt(line.id.rawValue).path), GrantsMoneyComponents.typed(r.name, c)) }),
                    .td(.text(c.text(line.state.label)),
                        .if(!line.decisionNote.isEmpty, .group(.br(), GrantsMoneyComponents.typed(line.decisionNote, c))),
                        .if(mayDecide && line.state == .awaitingApproval, decision(line, c)))
                )
            })
        )
    }

    func decision(_ line: Expenditure, _ c: PageContext) -> Node<HTML.BodyContext> {
        let noteID = Components.fieldID(GrantsMoneyComponents.noteField(line.id.rawValue))
        return Components.form(action: GrantsMoneyURL.expenditureDecision(line.id.rawValue).path, c,
            GrantsMoneyComponents.hidden("version", String(line.version)),
            .div(.class("field"), .label(.for(noteID), .text(c(GrantsMoneyMsg.gmDecisionNote))),
                 .input(.id(noteID), .name("note"), .type(.text), .class("input"))),
            .button(.type(.submit), .name("decision"), .value("approve"), .class("button"), .text(c(GrantsMoneyMsg.gmApprove))),
            .button(.type(.submit), .name("decision"), .value("reject"), .class("button button-secondary"), .text(c(GrantsMoneyMsg.gmReject)))
        )
    }

    func form(_ c: PageContext) -> Node<HTML.BodyContext> {
        func v(_ k: String) -> String { values[k] ?? "" }
        return .div(
            .h2(.id("record"), .text(c(GrantsMoneyMsg.gmRecordLine))),
            .form(.method(.post), .action(GrantsMoneyURL.expenditures(project.id.rawValue).path), .novalidate(),
                  .attribute(named: "enctype", value: "multipart/form-data"),
                  Components.csrf(c),
                  Components.selectField(name: "category", label: c(GrantsMoneyMsg.gmCategory), hint: c(GrantsMoneyMsg.gmCategoryHint),
                                         options: Components.options(ExpenditureCategory.self, \.label, c), selected: v("category"), errors: errors, c),
                  Components.textField(.init(name: "amount", label: c(GrantsMoneyMsg.gmAmount), hint: c(GrantsMoneyMsg.gmAmountHint), value: v("amount"),
                                             width: "width-10"), errors: errors, c),
                  Components.textField(.init(name: "date", label: c(GrantsMoneyMsg.gmDate), hint: c(GrantsMoneyMsg.gmDateHint), value: v("date"),
                                             width: "width-10"), errors: errors, c),
                  Components.selectField(name: "payee_kind", label: c(GrantsMoneyMsg.gmPayeeKind), options: Components.options(PayeeKind.self, \.label, c),
                                         selected: v("payee_kind"), errors: errors, c),
                  Components.textField(.init(name: "payee", label: c(GrantsMoneyMsg.gmPayee), value: v("payee")), errors: errors, c),
                  Components.textField(.init(name: "description", label: c(GrantsMoneyMsg.gmDescription), value: v("description")), errors: errors, c),
                  fileField(c),
                  Components.submit(c(GrantsMoneyMsg.gmRecordLine)))
        )
    }

    func fileField(_ c: PageContext) -> Node<HTML.FormContext> {
        let id = Components.fieldID("receipt")
        let fieldErrors = errors.filter { $0.field == "receipt" }
        return .div(
            .class(fieldErrors.isEmpty ? "field" : "field field-error"),
            .label(.for(id), .text(c(GrantsMoneyMsg.gmReceipt))),
            .p(.class("hint"), .id(id + "-hint"), .text(c(GrantsMoneyMsg.gmReceiptHint))),
            .if(!fieldErrors.isEmpty, .p(.class("error-message"), .id(id + "-error"), .text(fieldErrors.map { Components.message($0, c) }.joined(separator: " ")))),
            .input(.id(id), .name("receipt"), .type(.file), .attribute(named: "accept", value: "application/pdf,.pdf"),
                   .attribute(named: "aria-describedby", value: id + "-hint"))
        )
    }
}
