import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Projects
import Review

struct ReviewFormPage {
    let invitation: Reviews.Invitation
    let own: SubmittedReview?
    let others: [SubmittedReview]?
    var errors: [FieldError] = []
    var values: [String: String] = [:]

    func render(_ c: PageContext) -> String {
        let a = invitation.application
        let status = invitation.assignment.status
        let criteria = invitation.round.criteria
        return Layout(context: c, title: c(ReviewMsg.reviewTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text("\(c(ReviewMsg.reviewTitle)) · \(ApplicationText.title(a, c))")),
            .if(invitation.needsReminder, .div(.class("warning"), .attribute(named: "role", value: "status"),
                .p(.text(c(ReviewMsg.reviewsReminder) + "：" + BeijingTime.display(invitation.round.deadline, c.language))))),
            .dl(.class("meta"),
                .dt(.text(c(ProjectsMsg.appCall))), .dd(.text(invitation.callTitle)),
                .dt(.text(c(ReviewMsg.roundDeadline))), .dd(.text(BeijingTime.display(invitation.round.deadline, c.language))),
                .dt(.text(c(.status))), .dd(.text(c.text(status.label))),
                .dt(.text(c(ProjectsMsg.appKeywords))), .dd(.text(a.keywords)),
                .dt(.text(c(ProjectsMsg.appSummary))), .dd(.text(a.summary)),
                .dt(.text(c(ProjectsMsg.appPlan))), .dd(.text(a.plan))),
            .if(status == .assigned, .group(
                .p(.text(c(ReviewMsg.reviewAcceptHint))),
                Components.form(action: ReviewURL.reviewAccept(invitation.assignment.id).path, c, Components.submit(c(ReviewMsg.reviewAccept))))),
            .if(status == .assigned || status == .accepted,
                Components.form(action: ReviewURL.reviewDecline(invitation.assignment.id).path, c,
                    Components.textField(.init(name: "reason", label: c(ReviewMsg.reviewDeclineReason)), errors: errors, c),
                    Components.submit(c(ReviewMsg.reviewDecline), secondary: true))),
            .if(status == .accepted, Components.form(action: ReviewURL.review(invitation.assignment.id).path, c,
                .h2(.text(c(ReviewMsg.reviewForm))),
                .forEach(criteria) { criterion in
                    Components.textField(.init(name: "score_\(criterion.key)", label: "\(c.text(criterion.label))（0–\(criterion.maxScore)）",
                                               value: values["score_\(criterion.key)"] ?? "", type: .number, width: "input-short"), errors: errors, c)
                },
                Components.textArea("comment", c(ReviewMsg.reviewComment), nil, values["comment"] ?? "", errors, c),
                Components.selectField(name: "language", label: c(ReviewMsg.reviewLanguage), options: [("zh", "中文"), ("en", "English")],
                                       selected: values["language"] ?? (c.language == .zh ? "zh" : "en"), errors: errors, c),
                .fieldset(.element(named: "legend", nodes: [.text(c(ReviewMsg.reviewDeclarations))]),
                    Components.checkbox(name: "confidentiality", value: "yes", label: c(ReviewMsg.reviewConfidentiality), checked: values["confidentiality"] == "yes"),
                    Components.checkbox(name: "no_conflict", value: "yes", label: c(ReviewMsg.reviewNoConflict), checked: values["no_conflict"] == "yes")),
                Components.submit(c(ReviewMsg.reviewSubmit)))),
            .unwrap(own) { review in .group(
                .h2(.text(c(ReviewMsg.reviewYours))),
                ReviewFormPage.reviewBlock(review, criteria, c)) },
            .unwrap(others) { others in .group(
                .h2(.text(c(ReviewMsg.reviewOthers))),
                .if(others.isEmpty, .p(.text(c(ReviewMsg.reviewOthersNone))), else: .group(.forEach(others) { ReviewFormPage.reviewBlock($0, criteria, c) }))) },
            .if(others == nil && own == nil && status != .declined, .p(.class("hint"), .text(c(ReviewMsg.reviewOthersHidden)))),
            .p(.a(.href(ReviewURL.reviews.path), .text(c(.back))))
        )).render()
    }

    static func reviewBlock(_ r: SubmittedReview, _ criteria: [Criterion], _ c: PageContext) -> Node<HTML.BodyContext> {
        .section(.class("card"),
                 .p(.text("\(c(ReviewMsg.rankingMean))：\(ReviewText.score(r.total))")),
                 .ul(.forEach(criteria) { criterion in .li(.text("\(c.text(criterion.label))：\(r.scores[criterion.key] ?? 0)/\(criterion.maxScore)")) }),
                 .p(.attribute(named: "lang", value: r.language == "zh" ? "zh-CN" : "en"), .text(r.comment)))
    }
}
