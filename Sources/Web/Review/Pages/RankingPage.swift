import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Projects
import Review

struct RankingPage {
    let call: Call
    let rows: [RankingRow]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(ReviewMsg.rankingTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text("\(c(ReviewMsg.rankingTitle)) · \(CallText.title(call, c))")),
            .p(.text(c(ReviewMsg.rankingIntro) + " " + CallText.money(call.totalBudget, c))),
            .if(rows.isEmpty, .p(.text(c(.noResults))), else: .table(
                .thead(.tr(.th(.text("#")), .th(.text(c(ProjectsMsg.appTitle))), .th(.text(c(ReviewMsg.rankingReviews))), .th(.text(c(ReviewMsg.rankingMean))),
                           .th(.text(c(ReviewMsg.rankingSpread))), .th(.text(c(ReviewMsg.rankingOutliers))), .th(.text(c(ProjectsMsg.appBudgetTotal))),
                           .th(.text(c(ReviewMsg.rankingCutoff))), .th(.text(c(.status))), .th(.text(c(.actions))))),
                .tbody(.forEach(Array(rows.enumerated())) { index, row in
                    .tr(.class(row.aboveCutoff ? "above-cutoff" : "below-cutoff"),
                        .td(.text(String(index + 1))), .td(.text(row.title)), .td(.text(String(row.reviews))),
                        .td(.text(ReviewText.score(row.mean))), .td(.text(ReviewText.score(row.spread))),
                        .td(.text(row.outliers.isEmpty ? "—" : "⚠ " + row.outliers.map(ReviewText.score).joined(separator: ", "))),
                        .td(.text(CallText.money(row.budget, c))),
                        .td(.text(c(row.aboveCutoff ? ReviewMsg.rankingWithin : ReviewMsg.rankingBeyond))),
                        .td(.text(c.text((ApplicationState(rawValue: row.state) ?? .accepted).label))),
                        .td(.if(row.state == ApplicationState.accepted.rawValue, .group(
                            Components.form(action: ReviewURL.fundingDecision(row.applicationID).path, c,
                                .input(.type(.hidden), .name("decision"), .value("fund")), Components.submit(c(ReviewMsg.rankingFund))),
                            Components.form(action: ReviewURL.fundingDecision(row.applicationID).path, c,
                                .input(.type(.hidden), .name("decision"), .value("not_fund")), Components.submit(c(ReviewMsg.rankingNotFund), secondary: true))))))
                }))),
            .p(.a(.href(ReviewURL.adminReview(call.id.rawValue).path), .text(c(.back))))
        )).render()
    }
}
