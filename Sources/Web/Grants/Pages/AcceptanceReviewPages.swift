import Foundation
import Grants
import KechuangCore
import Plot

/// `/acceptance-reviews`: the acceptance panels an expert sits on. `/acceptance-reviews/:id`: the
/// project's final report and the category's indicator set (Art. 31) to score.
struct AcceptanceReviewsPage {
    typealias M = GrantsClosureMsg
    let invitations: [Acceptances.Invitation]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(M.gcAcceptanceReviewsTitle), content: .div(
            .h1(.text(c(M.gcAcceptanceReviewsTitle))),
            .if(invitations.isEmpty, .p(.text(c(M.gcNothingWaiting))), else: .table(
                .caption(.text(c(M.gcAcceptanceReviewsTitle))),
                GrantsClosureComponents.th([c(M.gcProject), c(M.gcResearchType), c(M.gcState)]),
                .tbody(.forEach(invitations) { i in
                    .tr(.td(.a(.href(GrantsClosureURL.acceptanceReview(i.review.id).path), GrantsMoneyComponents.typed(GrantsMoneyComponents.projectName(i.project, c), c))),
                        .td(.text(c.text(i.acceptance.scheme.category.label))),
                        .td(.text(i.review.submittedAt == nil ? c(M.gcWaitingFor) : c(M.gcReviewSubmitted))))
                })))
        )).render()
    }
}

struct AcceptanceReviewPage {
    typealias M = GrantsClosureMsg
    let invitation: Acceptances.Invitation
    let finalReport: ProjectReport?
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let scheme = invitation.acceptance.scheme
        let review = invitation.review
        return Layout(context: c, title: c(M.gcAcceptanceReviewsTitle), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(GrantsClosureURL.acceptanceReviews.path), .text(c(M.gcAcceptanceReviewsTitle)))),
            .h1(GrantsMoneyComponents.typed(GrantsMoneyComponents.projectName(invitation.project, c), c)),
            .p(.text("\(c(M.gcResearchType))\(GrantsMoneyComponents.colon(c))\(c.text(scheme.category.label)) · \(c(M.gcReviewerKind))\(GrantsMoneyComponents.colon(c))\(c.text(scheme.reviewerKind.label))")),
            .unwrap(finalReport) { report in
                .div(.h2(.text(c(M.gcSummary))), .p(GrantsMoneyComponents.typed(report.summary, c)),
                     .table(.caption(.text(c(M.gcIndicator))), GrantsClosureComponents.th([c(M.gcIndicator), c(M.gcTarget), c(M.gcActual)]),
                            .tbody(.forEach(report.indicators) { i in
                                .tr(.td(GrantsMoneyComponents.typed(i.name, c)), .td(.text("\(GrantsClosureComponents.number(i.target)) \(i.unit)")),
                                    .td(.text("\(GrantsClosureComponents.number(i.actual)) \(i.unit)")))
                            })))
            },
            .h2(.text(c(M.gcSubmitReview))),
            .if(review.submittedAt != nil,
                .p(.text(c(M.gcReviewSubmitted) + " " + scheme.criteria.map { "\(c.language == .zh ? $0.zh : $0.en) \(review.scores[$0.key] ?? 0)" }.joined(separator: "; "))),
                else: Components.form(action: GrantsClosureURL.acceptanceReview(review.id).path, c,
                    .forEach(scheme.criteria) { k in
                        Components.textField(.init(name: "score_\(k.key)", label: "\(c.language == .zh ? k.zh : k.en)（\(k.weight)%）", hint: c(M.gcScoreHint),
                                                   value: values["score_\(k.key)"] ?? "", width: "width-5"), errors: errors, c)
                    },
                    Components.textArea("comment", c(M.gcComment), nil, values["comment"] ?? "", errors, c),
                    Components.submit(c(M.gcSubmitReview))))
        )).render()
    }
}

/// `/results`: the results register for everyone — outputs of publicly funded projects with
/// their identifiers, owners and the rights granted to researchers; no personal data beyond names.
struct ResultsPage {
    typealias M = GrantsClosureMsg
    let results: [PublicResult]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(M.gcResultsTitle), content: .div(
            .h1(.text(c(M.gcResultsTitle))),
            .p(.text(c(M.gcResultsIntro))),
            .if(results.isEmpty, .p(.text(c(M.gcNoResults))), else: .table(
                .caption(.text(c(M.gcResultsTitle))),
                GrantsClosureComponents.th([c(M.gcKind), c(M.gcTitle), c(M.gcIdentifier), c(M.gcYear), c(M.gcProject), c(M.gcOwner), c(M.gcRights)]),
                .tbody(.forEach(results) { r in
                    .tr(.td(.text(c.text(r.kind.label))), .td(GrantsMoneyComponents.typed(r.title, c)), .td(.code(.text(r.identifier))), .td(.text(String(r.year))),
                        .td(.text(r.projectNumber + " "), GrantsMoneyComponents.typed(r.projectTitle, c)), .td(GrantsMoneyComponents.typed(r.owner, c)),
                        .td(.text(c.text(r.rights.label)), .if(!r.rightsHolders.isEmpty, .group(.br(),
                            GrantsMoneyComponents.typed(r.rightsHolders.joined(separator: c.language == .zh ? "、" : ", "), c)))))
                })))
        )).render()
    }
}
