import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Projects
import Review

struct FormalCheckPage {
    let check: FormalCheck
    var errors: [FieldError] = []
    var note = ""

    func render(_ c: PageContext) -> String {
        let a = check.application
        return Layout(context: c, title: c(ReviewMsg.checkTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text("\(c(ReviewMsg.checkTitle)) · \(ApplicationText.title(a, c))")),
            .p(.text(c(ReviewMsg.checkIntro))),
            .dl(.class("meta"),
                .dt(.text(c(ProjectsMsg.appCall))), .dd(.text(CallText.title(check.call, c))),
                .dt(.text(c(.status))), .dd(.text(c.text(a.state.label))),
                .dt(.text(c(ProjectsMsg.appSubmittedAt))), .dd(.text(a.submittedAt.map { BeijingTime.display($0, c.language) } ?? "—")),
                .dt(.text(c(ProjectsMsg.appBudgetTotal))), .dd(.text(CallText.money(a.budgetTotal, c)))),
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
                    .tr(.td(.text(ApplicationText.title(match.other, c))), .td(.text(match.otherCallTitle)), .td(.text(c.text(match.other.state.label))),
                        .td(.text(ReviewText.percent(match.jaccard))),
                        .td(.a(.href(ReviewURL.applicationCompare(a.id.rawValue, match.other.id.rawValue).path), .text(c(ReviewMsg.checkCompare)))))
                }))),
            .if(a.state == .withOfficer, .group(
                .h2(.text(c(ReviewMsg.checkDecision))),
                Components.form(action: ReviewURL.formalCheckDecision(a.id.rawValue).path, c,
                    .input(.type(.hidden), .name("decision"), .value("accept")),
                    Components.submit(c(ReviewMsg.checkAccept))),
                Components.form(action: ReviewURL.formalCheckDecision(a.id.rawValue).path, c,
                    .input(.type(.hidden), .name("decision"), .value("not_accept")),
                    Components.textArea("reason", c(ReviewMsg.checkReason), c(ReviewMsg.checkReasonHint), note, errors, c),
                    Components.submit(c(ReviewMsg.checkNotAccept), secondary: true))
            )),
            .p(.a(.href(ProjectsURL.adminCallApplications(a.callID).path), .text(c(.back))))
        )).render()
    }
}
