import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Projects
import Review

/// The call's ranking: how the score is made (in words), every application linked, the budget
/// summed in rank order, the cut-off drawn as a row, and a link per row to the funding decision
/// page, which shows the facts and asks for confirmation (the ranking itself decides nothing).
struct RankingPage {
    let call: Call
    let rows: [RankingRow]
    /// The round's review form: its weights explain the scores.
    var criteria: [Criterion] = ReviewRound.defaultCriteria
    var errors: [FieldError] = []

    static let columns = 10

    func render(_ c: PageContext) -> String {
        let cutoff = rows.firstIndex { !$0.aboveCutoff }
        return Layout(context: c, title: c(ReviewMsg.rankingTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(ReviewMsg.rankingTitle) + " · "), Written.text(CallText.title(call, c), c)),
            .h2(.text(c(ReviewMsg.rankingScoreHeading))),
            .p(.text(c(ReviewMsg.rankingScoreExplained))),
            .p(.text(c(ReviewMsg.rankingWeights) + " " + ReviewText.weights(criteria, c))),
            .p(.text(c(ReviewMsg.rankingSpreadExplained))),
            .h2(.text(c(ReviewMsg.rankingBudgetHeading))),
            .p(.text(c(ReviewMsg.rankingBudgetExplained) + " " + CallText.money(call.totalBudget, c))),
            .if(rows.isEmpty, .p(.text(c(.noResults))), else: .table(
                .caption(.class("visually-hidden"), .text(c(ReviewMsg.rankingTitle))),
                .thead(.tr(.th(.text("#")), .th(.text(c(ProjectsMsg.appTitle))), .th(.text(c(ReviewMsg.rankingReviews))), .th(.text(c(ReviewMsg.rankingMean))),
                           .th(.text(c(ReviewMsg.rankingSpread))), .th(.text(c(ReviewMsg.rankingOutliers))), .th(.text(c(ReviewMsg.rankingRequest))),
                           .th(.text(c(ReviewMsg.rankingCumulative))), .th(.text(c(ReviewMsg.rankingCutoff))), .th(.text(c(.status))))),
                .tbody(.forEach(Array(rows.enumerated())) { index, row in
                    .group(
                        .if(index == cutoff, cutoffLine(above: index, c)),
                        line(index, row, c))
                }))),
            .if(!rows.isEmpty && cutoff == nil, .p(.text(c(ReviewMsg.rankingAllWithin)))),
            .p(.a(.href(ReviewURL.adminReview(call.id.rawValue).path), .text(c(ReviewMsg.roundTitle))))
        )).render()
    }

    /// The cut-off drawn where the ranking says: a full-width row with the reason in words.
    func cutoffLine(above count: Int, _ c: PageContext) -> Node<HTML.TableContext> {
        .tr(.class("cutoff-line"),
            .td(.attribute(named: "colspan", value: String(Self.columns)),
                .strong(.text(c(ReviewMsg.rankingCutoffLine))), .text(" " + c.text(ReviewText.cutoffSummary(count)))))
    }

    func line(_ index: Int, _ row: RankingRow, _ c: PageContext) -> Node<HTML.TableContext> {
        let title = ReviewText.title(row, c)
        return .tr(.class(row.aboveCutoff ? "above-cutoff" : "below-cutoff"),
            .td(.text(String(index + 1))),
            .td(.a(.href(ReviewURL.formalCheck(row.applicationID).path), Written.text(title, c))),
            .td(.text(String(row.reviewCount))),
            .td(.text(row.reviewCount == 0 ? "—" : ReviewText.score(row.mean))),
            .td(.text(row.hasSpread ? ReviewText.score(row.spread) : "—")),
            .td(.text(row.outliers.isEmpty ? "—" : "⚠ " + row.outliers.map(ReviewText.score).joined(separator: ", "))),
            .td(.text(CallText.money(row.budget, c))),
            .td(.text(CallText.money(row.cumulativeRequest, c))),
            .td(.text(c(ReviewText.budgetFit(row)))),
            .td(.text(c.text((ApplicationState(rawValue: row.state) ?? .accepted).label)),
                .if(row.state == ApplicationState.accepted.rawValue, .group(
                    .br(),
                    .a(.href(GrantsURL.fundingDecision(row.applicationID).path),
                       .text(c(ReviewMsg.rankingDecide)), .span(.class("visually-hidden"), .text(c.language == .zh ? "：" : ": "), Written.text(title, c)))))))
    }
}
