import Foundation
import Grants
import KechuangCore
import Plot
import Projects

/// `/admin/applications/:id/funding`: the facts the decision needs, then fund (with the awarded
/// amount, dates, funding kind, research type and, where the rules ask for it, a reason) or not,
/// each confirmed.
struct FundingDecisionPage {
    let facts: FundingDecisionFacts
    let today: BeijingDay
    var errors: [FieldError] = []
    var form: AwardForm? = nil

    func render(_ c: PageContext) -> String {
        let a = facts.application
        return Layout(context: c, title: c(GrantsMsg.fundTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(GrantsMsg.fundTitle))),
            .p(.class("lead"), Components.localized(zh: a.titleZh, en: a.titleEn, c)),
            .p(.text(c(GrantsMsg.fundIntro))),
            .h2(.text(c(GrantsMsg.fundFacts))),
            factsList(c),
            selection(c),
            .if(facts.decided, decided(c), else: .group(fundForm(c), notFundForm(c)))
        )).render()
    }

    private func factsList(_ c: PageContext) -> Node<HTML.BodyContext> {
        let row = facts.ranking
        let mean = facts.meanScore.map { String(format: "%.1f", $0) } ?? "—"
        let rank = facts.rank.map { "\($0) / \(facts.rankedCount)" } ?? c(GrantsMsg.fundNoRanking)
        let cutoff = row == nil ? c(GrantsMsg.fundNoRanking) : c(facts.aboveCutoff ? GrantsMsg.fundAbove : GrantsMsg.fundBelow)
        return GrantsCoreText.dl([
            GrantsCoreText.row(c(GrantsMsg.fundSelection), .text(c.text(facts.call.selectionMode.label))),
            GrantsCoreText.row(c(GrantsMsg.fundReviews), .text(String(facts.reviewCount))),
            GrantsCoreText.row(c(GrantsMsg.fundMean), .text(mean)),
            GrantsCoreText.row(c(GrantsMsg.fundRank), .text(rank)),
            GrantsCoreText.row(c(GrantsMsg.fundCutoff), .strong(.text(cutoff))),
            GrantsCoreText.row(c(GrantsMsg.fundRequest), .text(GrantsCoreText.money(facts.requestedAmount, c))),
            GrantsCoreText.row(c(GrantsMsg.fundCap), .text(GrantsCoreText.money(facts.perProjectCap, c))),
            GrantsCoreText.row(c(GrantsMsg.fundCallBudget), .text(GrantsCoreText.money(facts.call.totalBudget, c))),
            GrantsCoreText.row(c(GrantsMsg.fundAwarded), .text(GrantsCoreText.money(facts.awardedInCall, c))),
            GrantsCoreText.row(c(GrantsMsg.fundRemaining), .strong(.text(GrantsCoreText.money(facts.remainingBudget, c)))),
            GrantsCoreText.row(c(GrantsMsg.fundDuplicates), facts.duplicates.isEmpty ? .text(c(GrantsMsg.fundNoDuplicates)) : .ul(.forEach(facts.duplicates) { d in
                .li(Components.zh(d.other.titleZh, c), .text(" · \(Int((d.jaccard * 100).rounded()))% · "),
                    .a(.href(ReviewURL.applicationCompare(facts.application.id.rawValue, d.other.id.rawValue).path), .text(c(GrantsMsg.fundCompare))))
            })),
            GrantsCoreText.row(c(GrantsMsg.fundIntegrity), facts.integrity.isAllowed ? .text(c(GrantsMsg.fundIntegrityClear))
                : .strong(.text(c.text(facts.integrity.reason)))),
        ])
    }

    /// Expert recommendation: the nominations (each conflict-checked when made) against the number
    /// needed; directed commission: the commission and its reason (Art. 29(1)). The ids are where
    /// the error summary links a refusal of `award.recommendation.nominations` or `award.commission.required`.
    private func selection(_ c: PageContext) -> Node<HTML.BodyContext> {
        switch facts.call.selectionMode {
        case .expertRecommendation:
            return .section(.id(Components.fieldID("nominations")), .class("card"),
                .h2(.text(c(GrantsMsg.selNominations))),
                .p(.text(c(GrantsMsg.selRequired) + "\(SelectionRules.requiredNominations) · \(facts.nominations.count)")),
                .if(facts.nominations.isEmpty, .p(.text(c(GrantsMsg.selNominationsNone))), else: .ul(.forEach(facts.nominations) { n in
                    .li(Components.zh(n.expertName, c), .text(" · " + c(GrantsMsg.selConflictChecked) + " · "), GrantsMoneyComponents.typed(n.statement, c))
                })))
        case .directedCommission:
            return .section(.id(Components.fieldID("commission")), .class("card"),
                .h2(.text(c(GrantsMsg.selCommission))),
                .unwrap(facts.commission, { commission in
                    .p(.text(c(GrantsMsg.selCommissionReason)), GrantsMoneyComponents.typed(commission.reason, c))
                }, else: .p(.strong(.text(c(GrantsMsg.selCommissionNone))))))
        default:
            return .empty
        }
    }

    private func decided(_ c: PageContext) -> Node<HTML.BodyContext> {
        .div(.class("card"),
             .p(.text(c(GrantsMsg.fundDecided) + c.text(facts.application.state.label))),
             .unwrap(facts.project) { project in
                 .p(.a(.href(GrantsURL.project(project.id.rawValue).path), .text("\(c(GrantsMsg.fundProjectLink)) \(project.number)")))
             },
             .unwrap(facts.application.officerNote) { .p(Components.zh($0, c)) })
    }

    private func fundForm(_ c: PageContext) -> Node<HTML.BodyContext> {
        let failedFund = !(form?.notFund ?? false)
        let errors = failedFund ? self.errors : []
        let end = BeijingDay(year: today.year + 2, month: today.month, day: min(today.day, 28)) ?? today
        let suggested = min(facts.requestedAmount, facts.remainingBudget)
        let type = GrantsCoreText.suggestedResearchType(facts.programme.kind)
        return .section(.class("card"),
            .h2(.text(c(GrantsMsg.fundSubmit))),
            Components.form(action: GrantsURL.fundingDecision(facts.application.id.rawValue).path, c,
                .input(.type(.hidden), .name("decision"), .value("fund")),
                Components.textField(.init(name: "awarded_amount", label: c(GrantsMsg.fundAmount), hint: c(GrantsMsg.fundAmountHint),
                                           value: form?.awarded_amount ?? String(suggested), width: "input-10"), errors: errors, c),
                Components.textField(.init(name: "start_date", label: c(GrantsMsg.fundStart), hint: c(GrantsMsg.fundDatesHint),
                                           value: form?.start_date ?? today.description, width: "input-10"), errors: errors, c),
                Components.textField(.init(name: "end_date", label: c(GrantsMsg.fundEnd), hint: c(GrantsMsg.fundDatesHint),
                                           value: form?.end_date ?? end.description, width: "input-10"), errors: errors, c),
                Components.selectField(name: "funding_kind", label: c(GrantsMsg.fundKind), options: Components.options(FundingKind.self, \.label, c),
                                       selected: form?.funding_kind ?? FundingKind.competitive.rawValue, errors: errors, c),
                Components.selectField(name: "research_type", label: c(GrantsMsg.fundType), options: Components.options(ResearchType.self, \.label, c),
                                       selected: form?.research_type ?? type.rawValue, errors: errors, c),
                .if(facts.call.selectionMode == .parallelRoutes,
                    Components.textField(.init(name: "down_selection_milestone", label: c(GrantsMsg.fundMilestone), hint: c(GrantsMsg.fundMilestoneHint),
                                               value: form?.down_selection_milestone ?? ""), errors: errors, c)),
                Components.textArea("reason", c(GrantsMsg.fundReason), c(GrantsMsg.fundReasonHint), failedFund ? form?.reason ?? "" : "", errors, c),
                confirm(c, name: "confirm", label: c(GrantsMsg.fundConfirm), errors: errors),
                Components.submit(c(GrantsMsg.fundSubmit))))
    }

    private func notFundForm(_ c: PageContext) -> Node<HTML.BodyContext> {
        let errors = (form?.notFund ?? false) ? self.errors : []
        return .section(.class("card"),
            .h2(.text(c(GrantsMsg.notFundTitle))),
            Components.form(action: GrantsURL.fundingDecision(facts.application.id.rawValue).path, c,
                .input(.type(.hidden), .name("decision"), .value("not_fund")),
                Components.textArea("not_fund_reason", c(GrantsMsg.notFundReason), c(GrantsMsg.notFundReasonHint), errors.isEmpty ? "" : form?.not_fund_reason ?? "", errors, c),
                confirm(c, name: "not_fund_confirm", label: c(GrantsMsg.notFundConfirm), errors: errors),
                Components.submit(c(GrantsMsg.notFundSubmit), secondary: true)))
    }

    /// The confirmation box, in an element with the field's id so the error summary links to it.
    private func confirm(_ c: PageContext, name: String, label: String, errors: [FieldError]) -> Node<HTML.FormContext> {
        let error = errors.first { $0.field == name }
        return .div(.id(Components.fieldID(name)), .class(error == nil ? "field" : "field field-error"),
                    .unwrap(error) { .p(.class("error-message"), .text(Components.message($0, c))) },
                    Components.checkbox(name: name, value: "yes", label: label, checked: false))
    }
}
