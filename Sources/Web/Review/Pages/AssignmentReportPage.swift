import Foundation
import Identity
import Integrity
import KechuangCore
import Plot
import Projects
import Review

struct AssignmentReportPage {
    let call: Call
    let report: AssignmentReport
    let files: [String]

    static func summary(_ r: AssignmentReport, _ c: PageContext) -> Node<HTML.BodyContext> {
        .dl(.class("meta"),
            .dt(.text(c(ReviewMsg.reportDigest))), .dd(.code(.text(r.inputsDigest))),
            .dt(.text(c(ReviewMsg.roundProposals))), .dd(.text(String(r.proposals))),
            .dt(.text(c(ReviewMsg.roundExperts))), .dd(.text(String(r.experts))),
            .dt(.text(c(ReviewMsg.reportEligible))), .dd(.text(String(r.eligiblePairs))),
            .dt(.text(c(ReviewMsg.reportParameters))),
            .dd(.text("k = \(r.reviewersPerProposal), \(c(ReviewMsg.roundMinLoad)) \(r.minLoad), \(c(ReviewMsg.roundMaxLoad)) \(r.maxLoad), \(c(ReviewMsg.roundFair)): \(r.fair ? "✓" : "—"), \(c(ReviewMsg.roundSeed)) \(r.seed)")),
            .dt(.text(c(ReviewMsg.reportObjective))), .dd(.text(String(r.objective))),
            .dt(.text(c(ReviewMsg.reportMinTotal))), .dd(.text(String(r.minProposalTotal))),
            .dt(.text(c(ReviewMsg.reportFormula))), .dd(.code(.text(r.affinityFormula))),
            .dt(.text(c(ReviewMsg.roundExclusions))),
            .dd(.ul(.forEach(ConflictReason.allCases.filter { r.exclusionsByReason[$0.rawValue] != nil }) { reason in
                .li(.text("\(c.text(reason.label))：\(r.exclusionsByReason[reason.rawValue] ?? 0)"))
            })),
            .dt(.text(c(ReviewMsg.reportComputedAt))), .dd(.text(BeijingTime.display(r.computedAt, c.language))),
            .dt(.text(c(ReviewMsg.reportPublishedAt))), .dd(.text(r.publishedAt.map { BeijingTime.display($0, c.language) } ?? "—")))
    }

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(ReviewMsg.reportTitle), content: .div(
            .h1(.text("\(c(ReviewMsg.reportTitle)) · \(CallText.title(call, c))")),
            .p(.text(c(ReviewMsg.reportIntro) + " " + LegalBasis.art(29).cited(c))),
            Self.summary(report, c),
            .h2(.text(c(ReviewMsg.reportFiles))),
            .p(.text(c(ReviewMsg.reportRerun)), .code(.text(" kechuang assign --instance DIR --out assignment.csv\(report.fair ? " --fair" : "") --seed \(report.seed)"))),
            .ul(.forEach(files) { file in .li(.a(.href(ReviewURL.reviewReportFile(call.id.rawValue, file).path), .text(file))) })
        )).render()
    }
}
