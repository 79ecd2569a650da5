import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Projects
import Review

/// The formal check: the facts (integrity, near-duplicates) first, a near-duplicate as a warning
/// beside the decision, and each decision behind a confirmation — accepting a near-duplicate also
/// needs the reason (`FormalCheckRules.accept`, Art. 60).
struct FormalCheckPage {
    let check: FormalCheck
    var errors: [FieldError] = []
    var note = ""
    var reason = ""

    func render(_ c: PageContext) -> String {
        let a = check.application
        return Layout(context: c, title: c(ReviewMsg.checkTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(ReviewMsg.checkTitle) + " · "), Written.text(ApplicationText.title(a, c), c)),
            .p(.text(c(ReviewMsg.checkIntro))),
            .dl(.class("meta"),
                .dt(.text(c(ProjectsMsg.appCall))), .dd(Written.text(CallText.title(check.call, c), c)),
                .dt(.text(c(.status))), .dd(.text(c.text(a.state.label))),
                .dt(.text(c(ProjectsMsg.appSubmittedAt))), .dd(.text(a.submittedAt.map { BeijingTime.display($0, c.language) } ?? "—")),
                .dt(.text(c(ProjectsMsg.appBudgetTotal))), .dd(.text(CallText.money(a.budgetTotal, c)))),
            duplicateWarning(c),
            .h2(.text(c(ReviewMsg.checkIntegrity))),
            .if(check.integrity.isAllowed,
                .p(.class("notice"), .text(c(ReviewMsg.checkIntegrityClear))),
                else: .div(.class("warning"), .attribute(named: "role", value: "alert"),
                           .p(.text(c.text(check.integrity.reason) + " " + LegalBasis.art(60).cited(c))))),
            .h2(.text(c(ReviewMsg.checkDuplicates))),
            .p(.class("hint"), .text(c(ReviewMsg.checkDuplicatesHint))),
            .if(check.duplicates.isEmpty, .p(.text(c(ReviewMsg.checkNoDuplicates))), else: .table(
                .thead(.tr(.th(.text(c(ProjectsMsg.appTitle))), .th(.text(c(ProjectsMsg.appCall))), .th(.text(c(.status))), .th(.text(c(ReviewMsg.checkSimilarity))), .th(.text(c(.actions))))),
                .tbody(.forEach(check.duplicates) { match in
                    .tr(.td(Written.text(ApplicationText.title(match.other, c), c)), .td(Written.text(match.otherCallTitle, c)), .td(.text(c.text(match.other.state.label))),
                        .td(.strong(.text(ReviewText.percent(match.jaccard)))),
                        .td(.a(.href(ReviewURL.applicationCompare(a.id.rawValue, match.other.id.rawValue).path), .text(c(ReviewMsg.checkCompare)),
                               .span(.class("visually-hidden"), .text(c.language == .zh ? "：" : ": "), Written.text(ApplicationText.title(match.other, c), c)))))
                }))),
            .if(a.state == .withOfficer, decision(a, c)),
            .p(.a(.href(ProjectsURL.adminCallApplications(a.callID).path), .text(c(.back))))
        )).render()
    }

    /// The most similar application, stated as a warning with what to do, not as a table row.
    func duplicateWarning(_ c: PageContext) -> Node<HTML.BodyContext> {
        .unwrap(check.duplicates.first) { top in
            .div(.class("warning"), .id("duplicate-warning"), .attribute(named: "role", value: "alert"),
                .h2(.text(c(ReviewMsg.checkDuplicateWarningTitle))),
                .p(.text(c(ReviewMsg.checkDuplicateWarningLead) + " "),
                   .a(.href(ReviewURL.applicationCompare(check.application.id.rawValue, top.other.id.rawValue).path), Written.text(ApplicationText.title(top.other, c), c)),
                   .text(" · " + c(ReviewMsg.checkSimilarity) + " "), .strong(.text(ReviewText.percent(top.jaccard)))),
                .p(.text(c(ReviewMsg.checkDuplicateWarningWhat) + " " + LegalBasis.art(60).cited(c))))
        }
    }

    func decision(_ a: GrantApplication, _ c: PageContext) -> Node<HTML.BodyContext> {
        let hasDuplicate = !check.duplicates.isEmpty
        return .group(
            .h2(.text(c(ReviewMsg.checkDecision))),
            .if(hasDuplicate, .p(.class("warning"), .text(c(ReviewMsg.checkDuplicateBeforeDecision)))),
            .h3(.text(c(ReviewMsg.checkAccept))),
            Components.form(action: ReviewURL.formalCheckDecision(a.id.rawValue).path, c,
                .input(.type(.hidden), .name("decision"), .value("accept")),
                .if(hasDuplicate, Components.textArea("note", c(ReviewMsg.checkAcceptReason), c(ReviewMsg.checkAcceptReasonHint), note, errors, c)),
                ReviewForms.confirmation("confirm_accept", c(ReviewMsg.checkConfirmAccept), errors, c),
                Components.submit(c(ReviewMsg.checkAccept))),
            .h3(.text(c(ReviewMsg.checkNotAccept))),
            Components.form(action: ReviewURL.formalCheckDecision(a.id.rawValue).path, c,
                .input(.type(.hidden), .name("decision"), .value("not_accept")),
                Components.textArea("reason", c(ReviewMsg.checkReason), c(ReviewMsg.checkReasonHint), reason, errors, c),
                ReviewForms.confirmation("confirm_not_accept", c(ReviewMsg.checkConfirmNotAccept), errors, c),
                Components.submit(c(ReviewMsg.checkNotAccept), secondary: true)))
    }
}
