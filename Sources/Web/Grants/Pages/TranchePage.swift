import Foundation
import Grants
import KechuangCore
import Plot

/// `/projects/:id/money/tranches`: the agreement's milestones (the PI or the research office
/// reports one done) and its tranches (the programme officer releases one; a tranche tied to a
/// milestone not yet reported done is refused citing Art. 50(2)).
struct TranchePage {
    let project: Project
    let milestones: [(milestone: Milestone, report: TrancheMilestoneReport?)]
    let tranches: [TrancheView]
    let mayReport: Bool
    let mayRelease: Bool
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(GrantsMoneyMsg.gmTranchesTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(GrantsMoneyMsg.gmTranchesTitle))),
            GrantsMoneyComponents.projectHeading(project, c),
            GrantsMoneyComponents.nav(project, current: GrantsMoneyURL.tranches(project.id.rawValue).path, c),
            .p(.text(c(GrantsMoneyMsg.gmTranchesIntro))),
            .h2(.text(c(GrantsMoneyMsg.gmMilestones))),
            .if(milestones.isEmpty, .p(.text(c(GrantsMoneyMsg.gmNoAgreement))), else: .table(
                .caption(.text(c(GrantsMoneyMsg.gmMilestones))),
                .thead(.tr(.forEach([GrantsMoneyMsg.gmMilestone, .gmDue, .gmState]) { .th(.attribute(named: "scope", value: "col"), .text(c($0))) })),
                .tbody(.forEach(milestones) { row in
                    .tr(.td(GrantsMoneyComponents.typed(c.language == .zh || row.milestone.titleEn.isEmpty ? row.milestone.titleZh : row.milestone.titleEn, c)),
                        .td(.text(row.milestone.due.description)),
                        .td(.unwrap(row.report, { r in
                            .group(.text(c(GrantsMoneyMsg.gmMilestoneDone) + " · " + BeijingDay.format(r.reportedAt)),
                                   .if(!r.note.isEmpty, .group(.br(), GrantsMoneyComponents.typed(r.note, c))))
                        }, else: mayReport ? report(row.milestone, c) : .text(c(GrantsMoneyMsg.gmMilestoneOpen)))))
                })
            )),
            .h2(.text(c(GrantsMoneyMsg.gmTranches))),
            .div(.id(Components.fieldID("tranche")),
                 .if(tranches.isEmpty, .p(.text(c(GrantsMoneyMsg.gmNoAgreement))), else: .table(
                .caption(.text(c(GrantsMoneyMsg.gmTranches))),
                .thead(.tr(.forEach([GrantsMoneyMsg.gmAmount, .gmMilestone, .gmState]) { .th(.attribute(named: "scope", value: "col"), .text(c($0))) })),
                .tbody(.forEach(tranches) { t in
                    .tr(.td(.text(GrantsMoneyComponents.yuan(t.tranche.amount, c))),
                        .td(.unwrap(t.milestone, { m in GrantsMoneyComponents.typed(c.language == .zh || m.titleEn.isEmpty ? m.titleZh : m.titleEn, c) },
                                    else: .text(c(GrantsMoneyMsg.gmOnSignature)))),
                        .td(.text(c.text(t.status.label)),
                            .unwrap(t.release) { r in .text(" · " + BeijingDay.format(r.releasedAt)) },
                            .if(mayRelease && t.status != .released, release(t, c))))
                })
            )))
        )).render()
    }

    func report(_ m: Milestone, _ c: PageContext) -> Node<HTML.BodyContext> {
        let noteID = "note-\(m.id.uuidString.lowercased())"
        return Components.form(action: GrantsMoneyURL.milestones(project.id.rawValue).path, c,
            GrantsMoneyComponents.hidden("milestone_id", m.id.uuidString.lowercased()),
            .div(.class("field"), .label(.for(noteID), .text(c(GrantsMoneyMsg.gmMilestoneNote))),
                 .input(.id(noteID), .name("note"), .type(.text), .class("input"))),
            Components.submit(c(GrantsMoneyMsg.gmReportDone), secondary: true))
    }

    func release(_ t: TrancheView, _ c: PageContext) -> Node<HTML.BodyContext> {
        Components.form(action: GrantsMoneyURL.tranches(project.id.rawValue).path, c,
            GrantsMoneyComponents.hidden("tranche_id", t.tranche.id.uuidString.lowercased()),
            Components.submit(c(GrantsMoneyMsg.gmRelease)))
    }
}
