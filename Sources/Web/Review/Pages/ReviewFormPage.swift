import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Projects
import Review

/// The expert's page of one proposal: who is behind it (to declare no conflict and to score the
/// team), the proposal in the expert's language where the applicant wrote one, the form with each
/// criterion's weight and the comment's minimum length said up front, and the declarations.
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
        let colon = c.language == .zh ? "：" : ": "
        return Layout(context: c, title: c(ReviewMsg.reviewTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(ReviewMsg.reviewTitle) + " · "), Written.text(ApplicationText.title(a, c), c)),
            .if(invitation.needsReminder || invitation.overdue, .div(.class("warning"), .attribute(named: "role", value: "status"),
                .p(.text(c(invitation.overdue ? ReviewMsg.reviewOverdue : ReviewMsg.reviewsReminder) + colon + BeijingTime.display(invitation.round.deadline, c.language))))),
            .dl(.class("meta"),
                .dt(.text(c(ProjectsMsg.appCall))), .dd(Written.text(c.language == .en && !invitation.callTitleEn.isEmpty ? invitation.callTitleEn : invitation.callTitle, c)),
                .dt(.text(c(ReviewMsg.roundDeadline))), .dd(.text(BeijingTime.display(invitation.round.deadline, c.language))),
                .dt(.text(c(.status))), .dd(.text(c.text(status.label)))),
            .unwrap(invitation.parties) { parties(for: $0, c) },
            .h2(.text(c(ReviewMsg.reviewProposal))),
            .dl(.class("meta"),
                .dt(.text(c(ProjectsMsg.appTitleZh))), .dd(Written.text(a.titleZh, c)),
                .if(!a.titleEn.isEmpty, .group(.dt(.text(c(ProjectsMsg.appTitleEn))), .dd(.attribute(named: "lang", value: "en"), .text(a.titleEn)))),
                .dt(.text(c(ProjectsMsg.appKeywords))), .dd(Written.text(a.keywords, c))),
            .if(c.language == .en && Written.hasCJK(a.summary + a.plan), .p(.class("hint"), .text(c(ReviewMsg.reviewChineseOnly)))),
            .h3(.text(c(ProjectsMsg.appSummary))), Written.paragraph(a.summary, c),
            .h3(.text(c(ProjectsMsg.appPlan))), Written.paragraph(a.plan, c),
            .if(status == .assigned, .group(
                .h2(.text(c(ReviewMsg.reviewAccept))),
                .p(.text(c(ReviewMsg.reviewAcceptHint))),
                Components.form(action: ReviewURL.reviewAccept(invitation.assignment.id).path, c, Components.submit(c(ReviewMsg.reviewAccept))))),
            .if(status == .accepted, form(criteria, c)),
            .if(status == .assigned || status == .accepted, .group(
                .h2(.text(c(ReviewMsg.reviewDecline))),
                Components.form(action: ReviewURL.reviewDecline(invitation.assignment.id).path, c,
                    Components.textField(.init(name: "reason", label: c(ReviewMsg.reviewDeclineReason), hint: c(ReviewMsg.reviewDeclineHint)), errors: errors, c),
                    Components.submit(c(ReviewMsg.reviewDecline), secondary: true)))),
            .unwrap(own) { review in .group(
                .h2(.text(c(ReviewMsg.reviewYours))),
                ReviewFormPage.reviewBlock(review, criteria, c)) },
            .unwrap(others) { others in .group(
                .h2(.text(c(ReviewMsg.reviewOthers))),
                .if(others.isEmpty, .p(.text(c(ReviewMsg.reviewOthersNone))), else: .group(.forEach(others) { ReviewFormPage.reviewBlock($0, criteria, c) }))) },
            .if(others == nil && own == nil && status != .declined, .p(.class("hint"), .text(c(ReviewMsg.reviewOthersHidden)))),
            .p(.a(.href(ReviewURL.reviews.path), .text(c(ReviewMsg.reviewsTitle))))
        )).render()
    }

    /// Who is behind the proposal, for the conflict declaration and the team criterion.
    func parties(for p: Reviews.ProposalParties, _ c: PageContext) -> Node<HTML.BodyContext> {
        .section(.id("parties"),
            .h2(.text(c(ReviewMsg.reviewParties))),
            .p(.class("hint"), .text(c(ReviewMsg.reviewPartiesHint))),
            .dl(.class("meta"),
                .dt(.text(c(ProjectsMsg.appPI))), .dd(Written.text(p.principalInvestigator, c)),
                .dt(.text(c(ProjectsMsg.appOrganisation))), .dd(Written.text(c.text(p.organisation), c)),
                .if(!p.partners.isEmpty, .group(.dt(.text(c(ProjectsMsg.appPartners))),
                    .dd(.forEach(Array(p.partners.enumerated())) { index, partner in
                        .group(.if(index > 0, .text(c.language == .zh ? "、" : ", ")), Written.text(c.text(partner), c))
                    })))),
            .h3(.text(c(ReviewMsg.reviewTeam))),
            .if(p.team.isEmpty, .p(.text(c(ReviewMsg.reviewTeamNone))), else: .table(
                .thead(.tr(.th(.text(c(ProjectsMsg.appMemberName))), .th(.text(c(ProjectsMsg.appMemberOrganisation))))),
                .tbody(.forEach(p.team) { member in
                    .tr(.td(Written.text(member.name, c)), .td(member.organisation.map { Written.text(c.text($0), c) } ?? .text("—")))
                }))))
    }

    func form(_ criteria: [Criterion], _ c: PageContext) -> Node<HTML.BodyContext> {
        Components.form(action: ReviewURL.review(invitation.assignment.id).path, c,
            .h2(.text(c(ReviewMsg.reviewForm))),
            .p(.text(c(ReviewMsg.reviewScoring) + " " + ReviewText.weights(criteria, c))),
            .forEach(criteria) { criterion in
                Components.textField(.init(name: "score_\(criterion.key)", label: c.text(criterion.label),
                                           hint: c.text(ReviewText.criterionHint(criterion, among: criteria)),
                                           value: values["score_\(criterion.key)"] ?? "", type: .number, width: "width-4"), errors: errors, c)
            },
            Components.textArea("comment", c(ReviewMsg.reviewComment), c.text(ReviewText.commentHint), values["comment"] ?? "", errors, c),
            Components.selectField(name: "language", label: c(ReviewMsg.reviewLanguage),
                                   options: [("zh", c(ReviewMsg.reviewLanguageZh)), ("en", c(ReviewMsg.reviewLanguageEn))],
                                   selected: values["language"] ?? (c.language == .zh ? "zh" : "en"), errors: errors, c),
            .fieldset(.element(named: "legend", nodes: [.text(c(ReviewMsg.reviewDeclarations))]),
                .p(.class("hint"), .text(c(ReviewMsg.reviewDeclarationsHint))),
                ReviewForms.confirmation("confidentiality", c(ReviewMsg.reviewConfidentiality), errors, c, checked: values["confidentiality"] == "yes"),
                ReviewForms.confirmation("no_conflict", c(ReviewMsg.reviewNoConflict), errors, c, checked: values["no_conflict"] == "yes")),
            Components.submit(c(ReviewMsg.reviewSubmit)))
    }

    static func reviewBlock(_ r: SubmittedReview, _ criteria: [Criterion], _ c: PageContext) -> Node<HTML.BodyContext> {
        let colon = c.language == .zh ? "：" : ": "
        return .section(.class("card"),
                 .p(.text("\(c(ReviewMsg.reviewTotal))\(colon)\(ReviewText.score(r.total))")),
                 .ul(.forEach(criteria) { criterion in .li(.text("\(c.text(criterion.label))\(colon)\(r.scores[criterion.key] ?? 0)/\(criterion.maxScore)")) }),
                 .p(.attribute(named: "lang", value: r.language == "zh" ? "zh-CN" : "en"), .text(r.comment)))
    }
}
