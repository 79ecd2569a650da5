import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Projects
import Review

struct RoundPage {
    let call: Call
    let round: ReviewRound?
    let proposals: [GrantApplication]
    let experts: [ExpertProfile]
    let assignments: [ReviewAssignment]
    let exclusions: [Exclusion]
    let progress: [AssignmentStatus: Int]
    var errors: [FieldError] = []
    let values: [String: String]

    func render(_ c: PageContext) -> String {
        let names = Dictionary(uniqueKeysWithValues: experts.map { ($0.personID, $0.name) })
        let titles = Dictionary(uniqueKeysWithValues: proposals.map { ($0.id.rawValue, ApplicationText.title($0, c)) })
        let byProposal = Dictionary(grouping: assignments, by: \.applicationID)
        let editable = round?.state == .computed
        func v(_ k: String) -> String { values[k] ?? "" }
        let colon = c.language == .zh ? "：" : ": "
        return Layout(context: c, title: c(ReviewMsg.roundTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(ReviewMsg.roundTitle) + " · "), Written.text(CallText.title(call, c), c)),
            .p(.text(c(ReviewMsg.roundIntro) + " " + LegalBasis.art(29).cited(c))),
            .p(.text("\(c(ReviewMsg.roundProposals))\(colon)\(proposals.count) · \(c(ReviewMsg.roundExperts))\(colon)\(experts.filter(\.active).count)"),
               .text(" · "), .a(.href(ReviewURL.adminExperts.path), .text(c(ReviewMsg.expertsTitle))),
               .text(" · "), .a(.href(ReviewURL.adminRanking(call.id.rawValue).path), .text(c(ReviewMsg.rankingTitle)))),
            .unwrap(round) { round in .p(.text("\(c(.status))\(colon)\(c.text(round.state.label))")) },
            .if(round?.state != .published, .group(
                .h2(.text(c(ReviewMsg.roundParameters))),
                Components.form(action: ReviewURL.adminReview(call.id.rawValue).path, c,
                    Components.textField(.init(name: "reviewers_per_proposal", label: c(ReviewMsg.roundK), value: v("reviewers_per_proposal"), type: .number, width: "width-4"), errors: errors, c),
                    Components.textField(.init(name: "min_load", label: c(ReviewMsg.roundMinLoad), value: v("min_load"), type: .number, width: "width-4"), errors: errors, c),
                    Components.textField(.init(name: "max_load", label: c(ReviewMsg.roundMaxLoad), hint: c(ReviewMsg.roundMaxLoadHint), value: v("max_load"), type: .number, width: "width-4"), errors: errors, c),
                    Components.textField(.init(name: "deadline", label: c(ReviewMsg.roundDeadline), hint: c(ProjectsMsg.callTimesHint), value: v("deadline")), errors: errors, c),
                    Components.checkbox(name: "fair", value: "yes", label: c(ReviewMsg.roundFair), checked: v("fair") == "yes"),
                    ReviewForms.folded(c(ReviewMsg.reportForAuditors),
                        Components.textField(.init(name: "seed", label: c(ReviewMsg.roundSeed), hint: c(ReviewMsg.roundSeedHint), value: v("seed"), type: .number, width: "width-4"), errors: errors, c)),
                    Components.submit(c(.save), secondary: true)),
                .if(round != nil, Components.form(action: ReviewURL.adminReviewRun(call.id.rawValue).path, c, Components.submit(c(ReviewMsg.roundRun))))
            )),
            .unwrap(round?.report) { report in .group(
                .h2(.text(c(ReviewMsg.reportTitle))),
                AssignmentReportPage.summary(report, c),
                AssignmentReportPage.swaps(report, c),
                AssignmentReportPage.forAuditors(report, c),
                .if(editable, Components.form(action: ReviewURL.adminReviewPublish(call.id.rawValue).path, c, Components.submit(c(ReviewMsg.roundPublish)))),
                .if(round?.state == .published, .p(.a(.href(ReviewURL.reviewReport(call.id.rawValue).path), .text(c(ReviewMsg.reportPublicLink)))))
            ) },
            .if(round?.state == .published, .group(
                .h2(.text(c(ReviewMsg.roundProgress))),
                .ul(.forEach(AssignmentStatus.allCases) { s in .li(.text("\(c.text(s.label))\(colon)\(progress[s] ?? 0)")) }),
                Components.form(action: ReviewURL.adminReviewRemind(call.id.rawValue).path, c, Components.submit(c(ReviewMsg.roundRemind), secondary: true))
            )),
            .if(!assignments.isEmpty, .group(
                .h2(.text(c(ReviewMsg.roundAssignments))),
                .table(
                    .thead(.tr(.th(.text(c(ProjectsMsg.appTitle))), .th(.text(c(ReviewMsg.roundExpert))), .th(.text(c(ReviewMsg.roundAffinity))),
                               .th(.text(c(.status))))),
                    .tbody(.forEach(proposals.filter { byProposal[$0.id.rawValue] != nil }) { p in
                        .group(.forEach(byProposal[p.id.rawValue] ?? []) { a in
                            .tr(.td(Written.text(titles[p.id.rawValue] ?? "", c)), .td(Written.text(names[a.expertID] ?? a.expertID.uuidString, c)),
                                .td(.text(ReviewText.affinity(a.affinity))),
                                .td(.text(c.text(a.status.label) + (a.source == .solver ? "" : " · " + c(a.source == .manual ? ReviewMsg.roundSourceManual : ReviewMsg.roundSourceReplacement)))))
                        })
                    })),
                .if(editable, .group(
                    .h3(.text(c(ReviewMsg.roundSwap))),
                    Components.form(action: ReviewURL.adminReviewSwap(call.id.rawValue).path, c,
                        Components.selectField(name: "assignment", label: c(ReviewMsg.roundAssignments),
                                               options: assignments.map { ("\($0.applicationID.uuidString)|\($0.expertID.uuidString)",
                                                                           "\(titles[$0.applicationID] ?? "") · \(names[$0.expertID] ?? "")") },
                                               selected: nil, errors: errors, c),
                        Components.selectField(name: "to", label: c(ReviewMsg.roundSwapTo), hint: c(ReviewMsg.roundSwapToHint),
                                               options: experts.filter(\.active).map { ($0.personID.uuidString, $0.name) }, selected: nil, errors: errors, c),
                        Components.textField(.init(name: "reason", label: c(ReviewMsg.roundSwapReason), hint: c(ReviewMsg.roundSwapReasonHint)), errors: errors, c),
                        ReviewForms.confirmation("confirm_no_match", c(ReviewMsg.roundSwapNoMatch), errors, c),
                        Components.submit(c(ReviewMsg.roundSwap), secondary: true))))
            )),
            .if(round != nil && !proposals.isEmpty, .group(
                .h2(.text(c(ReviewMsg.roundAddConflict))),
                Components.form(action: ReviewURL.adminReviewConflict(call.id.rawValue).path, c,
                    Components.selectField(name: "application", label: c(ProjectsMsg.appTitle), options: proposals.map { ($0.id.uuidString, titles[$0.id.rawValue] ?? "") }, selected: nil, errors: errors, c),
                    Components.selectField(name: "expert", label: c(ReviewMsg.roundExpert), options: experts.map { ($0.personID.uuidString, $0.name) }, selected: nil, errors: errors, c),
                    Components.textField(.init(name: "reason", label: c(ReviewMsg.roundConflictReason)), errors: errors, c),
                    Components.submit(c(ReviewMsg.roundAddConflict), secondary: true))
            )),
            .if(round?.report != nil, .group(
                .h2(.text(c(ReviewMsg.roundExclusions))),
                .if(exclusions.isEmpty, .p(.text(c(ReviewMsg.roundNone))), else: .table(
                    .thead(.tr(.th(.text(c(ProjectsMsg.appTitle))), .th(.text(c(ReviewMsg.roundExpert))), .th(.text(c(ReviewMsg.roundReason))), .th(.text(c(ReviewMsg.roundDetail))))),
                    .tbody(.forEach(exclusions) { e in
                        .tr(.td(Written.text(titles[e.applicationID] ?? "", c)), .td(Written.text(names[e.expertID] ?? "", c)),
                            .td(.text(c.text(e.reason.label) + (e.reason.basis.map { " " + $0.cited(c) } ?? ""))), .td(Written.text(e.detail, c)))
                    })))
            ))
        )).render()
    }
}
