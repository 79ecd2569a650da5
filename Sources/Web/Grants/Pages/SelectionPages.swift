import Foundation
import Grants
import Identity
import KechuangCore
import Plot
import Projects

/// `/expert/nominations`: the accepted applications of calls that select by expert recommendation
/// (Art. 29(1)), each with its recommendations so far and a link to recommend it.
struct NominationsPage {
    typealias M = GrantsMsg
    let candidates: [Recommendations.Candidate]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(M.nomTitle), content: .div(
            .h1(.text(c(M.nomTitle))),
            .p(.text(c(M.nomIntro))),
            .p(.text(c(M.selRequired) + String(SelectionRules.requiredNominations))),
            .if(candidates.isEmpty, .p(.text(c(M.nomNone))), else: Components.scrollTable(label: c(M.nomTitle),
                .caption(.text(c(M.nomTitle))),
                .thead(.tr(.th(.text(c(M.nomApplication))), .th(.text(c(M.nomCall))), .th(.text(c(M.nomOrganisation))), .th(.text(c(M.nomCount))), .th(.text("")))),
                .tbody(.forEach(candidates) { row in
                    .tr(.td(Components.localized(zh: row.application.titleZh, en: row.application.titleEn, c)),
                        .td(Components.localized(zh: row.call.titleZh, en: row.call.titleEn, c)),
                        .td(Components.zh(row.organisationName, c)),
                        .td(.text(String(row.nominations))),
                        .td(row.nominatedByViewer ? .text(c(M.nomAlready))
                            : .a(.href(GrantsURL.nomination(row.application.id.rawValue).path), .text(c(M.nomOpen)),
                                 .span(.class("visually-hidden"), .text(" " + (c.language == .zh ? row.application.titleZh : row.application.titleEn))))))
                })))
        )).render()
    }
}

/// `/expert/nominations/:id`: one application and the expert's recommendation; a refusal (a
/// conflict of interest, not a registered expert) names Art. 29(1).
struct NominationPage {
    typealias M = GrantsMsg
    let candidate: Recommendations.Candidate
    var statement: String = ""
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let a = candidate.application
        return Layout(context: c, title: c(M.nomOpen), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(M.nomOpen))),
            .p(.class("lead"), Components.localized(zh: a.titleZh, en: a.titleEn, c)),
            GrantsCoreText.dl([
                GrantsCoreText.row(c(M.nomCall), Components.localized(zh: candidate.call.titleZh, en: candidate.call.titleEn, c)),
                GrantsCoreText.row(c(M.nomOrganisation), Components.zh(candidate.organisationName, c)),
                GrantsCoreText.row(c(M.nomCount), .text("\(candidate.nominations) / \(SelectionRules.requiredNominations)")),
            ]),
            .if(!a.summary.isEmpty, .p(GrantsMoneyComponents.typed(a.summary, c))),
            .p(.text(c(M.nomIntro))),
            Components.form(action: GrantsURL.nomination(a.id.rawValue).path, c,
                Components.textArea("statement", c(M.nomStatement), c(M.nomStatementHint), statement, errors, c),
                Components.submit(c(M.nomSubmit))),
            .p(.a(.href(GrantsURL.expertNominations.path), .text(c(M.nomBack))))
        )).render()
    }
}

/// `/admin/commissions`: directed commissions (Art. 29(1)) — the officer names the institution,
/// its PI, the task, the amount and why; no open call is published.
struct CommissionsPage {
    typealias M = GrantsMsg
    let commissions: [Commission]
    let calls: [Call]
    let organisations: [Organisation]
    var form = CommissionForm()
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let names = Dictionary(organisations.map { ($0.id.rawValue, $0.nameZh) }, uniquingKeysWith: { a, _ in a })
        return Layout(context: c, title: c(M.comTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(M.comTitle))),
            .p(.text(c(M.comIntro))),
            .h2(.text(c(M.comList))),
            .if(commissions.isEmpty, .p(.text(c(M.comNone))), else: Components.scrollTable(label: c(M.comList),
                .caption(.text(c(M.comList))),
                .thead(.tr(.th(.text(c(M.comTitleZh))), .th(.text(c(M.comOrganisation))), .th(.text(c(M.comAmount))), .th(.text(c(M.comReason))),
                           .th(.text("")))),
                .tbody(.forEach(commissions) { row in
                    .tr(.td(Components.zh(row.titleZh, c)), .td(Components.zh(names[row.organisationID] ?? "—", c)),
                        .td(.text(GrantsCoreText.money(row.amount, c))), .td(GrantsMoneyComponents.typed(row.reason, c)),
                        .td(.a(.href(GrantsURL.fundingDecision(row.applicationID).path), .text(c(M.comDecision)),
                               .span(.class("visually-hidden"), .text(" " + row.titleZh)))))
                }))),
            .h2(.text(c(M.comNew))),
            .if(calls.isEmpty, .p(.text(c(M.comNoCalls))), else: newForm(c))
        )).render()
    }

    private func newForm(_ c: PageContext) -> Node<HTML.BodyContext> {
        Components.form(action: GrantsURL.commissions.path, c,
            Components.selectField(name: "call_id", label: c(M.comCall),
                                   options: calls.map { ($0.id.rawValue.uuidString.lowercased(), Components.localizedText(zh: $0.titleZh, en: $0.titleEn, c)) },
                                   selected: form.call_id ?? (calls.count == 1 ? calls[0].id.rawValue.uuidString.lowercased() : nil), errors: errors, c),
            Components.selectField(name: "organisation_id", label: c(M.comOrganisation),
                                   options: organisations.map { ($0.id.rawValue.uuidString.lowercased(), $0.nameZh) }, selected: form.organisation_id,
                                   errors: errors, c),
            Components.textField(.init(name: "pi_email", label: c(M.comPI), hint: c(M.comPIHint), value: form.pi_email ?? "", type: .email,
                                       autocomplete: "off"), errors: errors, c),
            Components.textField(.init(name: "title_zh", label: c(M.comTitleZh), value: form.title_zh ?? ""), errors: errors, c),
            Components.textField(.init(name: "title_en", label: c(M.comTitleEn), value: form.title_en ?? ""), errors: errors, c),
            Components.textArea("summary", c(M.comSummary), nil, form.summary ?? "", errors, c),
            Components.textField(.init(name: "amount", label: c(M.comAmount), hint: c(M.comAmountHint), value: form.amount ?? "", width: "input-10"),
                                 errors: errors, c),
            Components.textArea("reason", c(M.comReason), c(M.comReasonHint), form.reason ?? "", errors, c),
            Components.submit(c(M.comSubmit)))
    }
}
