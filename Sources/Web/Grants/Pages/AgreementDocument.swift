import Foundation
import Grants
import KechuangCore
import Plot

/// The task agreement as one printable bilingual document (Chinese, then English, for every
/// part), printed to PDF by `AgreementPDF`. Self-contained: inline style, no links to load.
struct AgreementDocument {
    let view: AgreementView
    let piName: String

    func render() -> String {
        let p = view.project, t = view.agreement.terms
        func both(_ key: GrantsMsg) -> String { "\(key.text.zh) / \(key.text.en)" }
        let milestones = Dictionary(uniqueKeysWithValues: t.milestones.map { ($0.id, $0) })
        let html = HTML(
            .attribute(named: "lang", value: "zh-CN"),
            .head(.meta(.charset(.utf8)), .title("\(p.number) 任务书 Task agreement"),
                  .element(named: "style", text: Self.style)),
            .body(
                .h1(.text("科技计划项目任务书"), .br(), .span(.attribute(named: "lang", value: "en"), .text("Task agreement of a funded project"))),
                .if(view.stage != .signed, .p(.class("draft"), .text(both(.agrDraftMark)))),
                .table(
                    .tr(.th(.text(both(.projectNumber))), .td(.text(p.number))),
                    .tr(.th(.text(both(.projectTitle))), .td(.text(p.titleZh), .br(), .span(.attribute(named: "lang", value: "en"), .text(p.titleEn)))),
                    .tr(.th(.text(both(.projectPI))), .td(.text(piName))),
                    .tr(.th(.text(both(.projectPeriod))), .td(.text("\(p.startDate) – \(p.endDate)"))),
                    .tr(.th(.text(both(.projectAwarded))), .td(.text(String(p.awardedAmount)))),
                    .tr(.th(.text(both(.projectFunding))), .td(.text("\(p.fundingKind.label.zh) / \(p.fundingKind.label.en)"))),
                    .tr(.th(.text(both(.projectResearch))), .td(.text("\(p.researchType.label.zh) / \(p.researchType.label.en)"))),
                    .tr(.th(.text(both(.projectBudgetMode))), .td(.text("\(p.budgetMode.label.zh) / \(p.budgetMode.label.en)")))
                ),
                .h2(.text(both(.agrObjectives))), .p(.text(t.objectivesZh)), .p(.attribute(named: "lang", value: "en"), .text(t.objectivesEn)),
                .h2(.text(both(.agrDeliverables))), .p(.text(t.deliverablesZh)), .p(.attribute(named: "lang", value: "en"), .text(t.deliverablesEn)),
                .h2(.text(both(.agrIndicators))),
                .table(.tr(.th(.text(both(.agrIndicatorName))), .th(.text(both(.agrUnit))), .th(.text(both(.agrTarget)))),
                       .forEach(t.indicators) { i in .tr(.td(.text("\(i.nameZh) / \(i.nameEn)")), .td(.text(i.unit)), .td(.text(AgreementText.number(i.target)))) }),
                .h2(.text(both(.agrMilestones))),
                .table(.tr(.th(.text(both(.agrDue))), .th(.text(both(.agrMilestone)))),
                       .forEach(t.milestones) { m in .tr(.td(.text(m.due.description)), .td(.text("\(m.titleZh) / \(m.titleEn)"))) }),
                .h2(.text(both(.agrBudget))),
                .table(.tr(.th(.text(both(.agrYear))), .th(.text(both(.agrAmount)))),
                       .forEach(t.budgetByYear) { y in .tr(.td(.text(String(y.year))), .td(.text(String(y.amount)))) }),
                .h2(.text(both(.agrTranches))),
                .table(.tr(.th(.text(both(.agrAmount))), .th(.text(both(.agrMilestone)))),
                       .forEach(t.tranches) { tr in
                           let m = tr.milestoneID.flatMap { milestones[$0] }
                           return .tr(.td(.text(String(tr.amount))), .td(.text(m.map { "\($0.titleZh) / \($0.titleEn)" } ?? both(.agrOnSignature))))
                       }),
                .h2(.text(both(.agrSignatures))),
                .table(.tr(.th(.text(both(.agrParty))), .th(.text(both(.agrSigner))), .th(.text(both(.agrAt))), .th(.text(both(.agrSigned)))),
                       .forEach(view.validSignatures) { s in
                           .tr(.td(.text("\(s.party.label.zh) / \(s.party.label.en)")), .td(.text(s.name)),
                               .td(.text(BeijingTime.format(s.at) + "（北京时间 Beijing time）")), .td(.class("hash"), .text(s.sha256)))
                       }),
                .p(.class("hash"), .text("\(both(.agrHash)): \(view.sha256)"))
            )
        )
        return html.render()
    }

    static let style = """
    body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 11pt; margin: 2cm; color: #000; }
    h1 { font-size: 16pt; text-align: center; } h2 { font-size: 12pt; margin-top: 1.2em; }
    table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #444; padding: 4px 6px; text-align: left; vertical-align: top; }
    th { width: 30%; font-weight: bold; } .hash { font-family: monospace; font-size: 8pt; word-break: break-all; }
    .draft { border: 2px solid #000; padding: 6px; text-align: center; font-weight: bold; }
    """
}
