import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Projects
import Review

/// The public assignment report: the result, pseudonymously (proposal → experts), every manual
/// swap with who, when and why, and — for auditors — the inputs' digest, parameters and the
/// command that reproduces the solver's assignment from the published files.
struct AssignmentReportPage {
    let call: Call
    let report: AssignmentReport
    let files: [String]

    /// Affinities are stored as 0…65535; pages show them as 0.000…1.000, totals on the same scale.
    static func scaled(_ total: Int) -> String { String(format: "%.3f", Double(total) / 65535) }

    /// The key facts the officer and the public read first, in plain words.
    static func summary(_ r: AssignmentReport, _ c: PageContext) -> Node<HTML.BodyContext> {
        .dl(.class("meta"),
            .dt(.text(c(ReviewMsg.roundProposals))), .dd(.text(String(r.proposals))),
            .dt(.text(c(ReviewMsg.roundExperts))), .dd(.text(String(r.experts))),
            .dt(.text(c(ReviewMsg.roundK))), .dd(.text(String(r.reviewersPerProposal))),
            .dt(.text(c(ReviewMsg.reportObjective))), .dd(.text(scaled(r.objective))),
            .dt(.text(c(ReviewMsg.reportMinTotal))), .dd(.text(scaled(r.minProposalTotal))),
            .dt(.text(c(ReviewMsg.roundExclusions))),
            .dd(.if(r.exclusionsByReason.isEmpty, .text(c(ReviewMsg.roundNone)), else: .ul(
                .forEach(ConflictReason.allCases.filter { r.exclusionsByReason[$0.rawValue] != nil }) { reason in
                    .li(.text("\(c.text(reason.label))\(c.language == .zh ? "：" : ": ")\(r.exclusionsByReason[reason.rawValue] ?? 0)"))
                }))),
            .dt(.text(c(ReviewMsg.reportComputedAt))), .dd(.text(BeijingTime.display(r.computedAt, c.language))),
            .dt(.text(c(ReviewMsg.reportPublishedAt))), .dd(.text(r.publishedAt.map { BeijingTime.display($0, c.language) } ?? "—")))
    }

    /// Seed, formula, digest and parameters: what an auditor needs, folded away from everyone else.
    static func forAuditors(_ r: AssignmentReport, _ c: PageContext) -> Node<HTML.BodyContext> {
        ReviewForms.folded(c(ReviewMsg.reportForAuditors),
            .dl(.class("meta"),
                .dt(.text(c(ReviewMsg.reportDigest))), .dd(.code(.text(r.inputsDigest))),
                .dt(.text(c(ReviewMsg.reportEligible))), .dd(.text(String(r.eligiblePairs))),
                .dt(.text(c(ReviewMsg.reportParameters))), .dd(.text(parameters(r, c))),
                .dt(.text(c(ReviewMsg.reportObjectiveRaw))), .dd(.text("\(r.objective) / \(r.minProposalTotal)")),
                .dt(.text(c(ReviewMsg.reportFormula))), .dd(.code(.text(r.affinityFormula)))))
    }

    static func parameters(_ r: AssignmentReport, _ c: PageContext) -> String {
        let fair: String = r.fair ? c(ReviewMsg.reportYes) : c(ReviewMsg.reportNo)
        let loads: String = "\(c(ReviewMsg.roundMinLoad)) \(r.minLoad), \(c(ReviewMsg.roundMaxLoad)) \(r.maxLoad)"
        return "k = \(r.reviewersPerProposal), " + loads + ", \(c(ReviewMsg.reportFairShort)) " + fair + ", \(c(ReviewMsg.roundSeed)) \(r.seed)"
    }

    /// `p0,r3` pairs as one row per proposal: `p0 → r3, r5`.
    static func table(_ pairs: [String], _ c: PageContext) -> Node<HTML.BodyContext> {
        var byProposal: [(String, [String])] = []
        for pair in pairs {
            let parts = pair.split(separator: ",").map(String.init)
            guard parts.count == 2 else { continue }
            if let last = byProposal.last, last.0 == parts[0] { byProposal[byProposal.count - 1].1.append(parts[1]) } else { byProposal.append((parts[0], [parts[1]])) }
        }
        return .table(
            .thead(.tr(.th(.text(c(ReviewMsg.reportProposal))), .th(.text(c(ReviewMsg.reportReviewers))))),
            .tbody(.forEach(byProposal) { row in .tr(.td(.code(.text(row.0))), .td(.code(.text(row.1.joined(separator: ", "))))) }))
    }

    static func swaps(_ r: AssignmentReport, _ c: PageContext) -> Node<HTML.BodyContext> {
        let swaps = r.swaps ?? []
        return .group(
            .h2(.text(c(ReviewMsg.reportSwaps))),
            .if(swaps.isEmpty, .p(.text(c(ReviewMsg.reportNoSwaps))), else: .table(
                .thead(.tr(.th(.text(c(ReviewMsg.reportProposal))), .th(.text(c(ReviewMsg.reportSwapChange))), .th(.text(c(ReviewMsg.roundAffinity))),
                           .th(.text(c(ReviewMsg.reportSwapWho))), .th(.text(c(ReviewMsg.reportSwapWhen))), .th(.text(c(ReviewMsg.roundConflictReason))))),
                .tbody(.forEach(swaps) { s in
                    .tr(.td(.code(.text(s.proposal))), .td(.code(.text("\(s.from) → \(s.to)"))),
                        .td(.text("\(ReviewText.affinity(s.fromAffinity)) → \(ReviewText.affinity(s.toAffinity))")),
                        .td(.text(c(ReviewMsg.reportSwapByOfficer))), .td(.text(BeijingTime.display(s.at, c.language))),
                        .td(Written.text(s.reason.isEmpty ? "—" : s.reason, c)))
                }))))
    }

    var command: String {
        let fair: String = report.fair ? " --fair" : ""
        return " kechuang assign --instance DIR --out assignment.csv" + fair + " --seed \(report.seed)"
    }

    func render(_ c: PageContext) -> String {
        let shown: [String]? = report.publishedAssignment ?? report.solverAssignment
        return Layout(context: c, title: c(ReviewMsg.reportTitle), content: .div(
            .h1(.text(c(ReviewMsg.reportTitle) + " · "), Written.text(CallText.title(call, c), c)),
            .p(.text(c(ReviewMsg.reportIntro) + " " + LegalBasis.art(29).cited(c))),
            Self.summary(report, c),
            .h2(.text(c(ReviewMsg.reportResult))),
            .p(.class("hint"), .text(c(ReviewMsg.reportResultHint))),
            .unwrap(shown) { Self.table($0, c) },
            .if(shown == nil, .p(.text(c(ReviewMsg.reportResultMissing)))),
            Self.swaps(report, c),
            .h2(.text(c(ReviewMsg.reportFiles))),
            .p(.text(c(ReviewMsg.reportRerun)), .code(.text(command))),
            .p(.text(c(ReviewMsg.reportRerunResult))),
            .ul(.forEach(files) { file in .li(.a(.href(ReviewURL.reviewReportFile(call.id.rawValue, file).path), .text(file))) }),
            .unwrap(report.solverAssignment) { pairs in
                ReviewForms.folded(c(ReviewMsg.reportSolverAssignment), Self.table(pairs, c))
            },
            Self.forAuditors(report, c)
        )).render()
    }
}
