import Export
import Foundation
import Grants
import KechuangCore
import Plot

/// `/projects/:id/money`: how far the project's money has gone — budget, released, spent,
/// committed, remaining, burn rate against time — as a chart and the same numbers as a table.
struct ExecutionPage {
    let project: Project
    let summary: ExecutionSummary

    func render(_ c: PageContext) -> String {
        let s = summary
        return Layout(context: c, title: c(GrantsMoneyMsg.gmExecutionTitle), content: .div(
            .h1(.text(c(GrantsMoneyMsg.gmExecutionTitle))),
            GrantsMoneyComponents.projectHeading(project, c),
            GrantsMoneyComponents.nav(project, current: GrantsMoneyURL.money(project.id.rawValue).path, c),
            .p(.text(c(GrantsMoneyMsg.gmExecutionIntro))),
            Self.figures(s, c),
            .h2(.text(c(GrantsMoneyMsg.gmChartTitle))),
            .element(named: "figure", nodes: [
                .raw(ExecutionChart.svg(s, id: "execution-chart", c)),
                .element(named: "figcaption", text: c(GrantsMoneyMsg.gmChartCaption)),
            ]),
            Self.categoryTable(s, c),
            Self.monthTable(s, c),
            .p(.a(.href(GrantsMoneyURL.moneyCSV(project.id.rawValue).path), .text(c(GrantsMoneyMsg.gmDownloadCSV))), .text(" · "),
               .a(.href(GrantsMoneyURL.moneyXLSX(project.id.rawValue).path), .text(c(GrantsMoneyMsg.gmDownloadXLSX)))),
            .if(c.can(.decideProjectMoney), .p(.a(.href(GrantsMoneyURL.approvals.path), .text(c(GrantsMoneyMsg.gmApprovalsTitle))), .text(" · "),
                                               .a(.href(GrantsMoneyURL.programme(project.programmeID).path), .text(c(GrantsMoneyMsg.gmProgrammeExecutionTitle))))),
            .if(c.can(.viewInspectionPlan), .p(.a(.href(GrantsMoneyURL.inspections.path), .text(c(GrantsMoneyMsg.gmInspectionsTitle)))))
        )).render()
    }

    static func figures<C: HTML.BodyContext>(_ s: ExecutionSummary, _ c: PageContext) -> Node<C> {
        let rows: [(GrantsMoneyMsg, String)] = [
            (.gmBudgetTotal, GrantsMoneyComponents.yuan(s.budget, c)), (.gmReleased, GrantsMoneyComponents.yuan(s.released, c)),
            (.gmSpent, GrantsMoneyComponents.yuan(s.spent, c)), (.gmCommitted, GrantsMoneyComponents.yuan(s.committed, c)),
            (.gmRemaining, GrantsMoneyComponents.yuan(s.remaining, c)), (.gmSpentShare, GrantsMoneyComponents.percent(s.spentShare)),
            (.gmElapsedShare, GrantsMoneyComponents.percent(s.elapsedShare)),
            (.gmBurnRate, s.burnRate.map { String(format: "%.2f", $0) } ?? "—"),
            (.gmPeriod, "\(s.start) – \(s.end)"), (.gmAsOf, s.asOf.description),
        ]
        return .element(named: "dl", nodes: [.class("summary"), .forEach(rows) { row in
            .group(.element(named: "dt", text: c(row.0)), .element(named: "dd", text: row.1))
        }])
    }

    static func categoryTable<C: HTML.BodyContext>(_ s: ExecutionSummary, _ c: PageContext) -> Node<C> {
        .table(
            .caption(.text(c(GrantsMoneyMsg.gmByCategory))),
            .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(c(GrantsMoneyMsg.gmCategory))),
                       .th(.attribute(named: "scope", value: "col"), .text(c(GrantsMoneyMsg.gmCategoryBudget))),
                       .th(.attribute(named: "scope", value: "col"), .text(c(GrantsMoneyMsg.gmSpent))))),
            .tbody(.forEach(s.byCategory) { row in
                .tr(.th(.attribute(named: "scope", value: "row"), .text(c.text(ExpenditureCategory.label(of: row.category)))),
                    .td(.text(GrantsMoneyComponents.yuan(row.budget, c))), .td(.text(GrantsMoneyComponents.yuan(row.spent, c))))
            })
        )
    }

    static func monthTable<C: HTML.BodyContext>(_ s: ExecutionSummary, _ c: PageContext) -> Node<C> {
        .if(!s.monthly.isEmpty, .table(
            .caption(.text(c(GrantsMoneyMsg.gmByMonth))),
            .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(c(GrantsMoneyMsg.gmMonth))),
                       .th(.attribute(named: "scope", value: "col"), .text(c(GrantsMoneyMsg.gmSpent))),
                       .th(.attribute(named: "scope", value: "col"), .text(c(GrantsMoneyMsg.gmCumulative))))),
            .tbody(.forEach(s.monthly) { m in
                .tr(.th(.attribute(named: "scope", value: "row"), .text(m.month)), .td(.text(GrantsMoneyComponents.yuan(m.spent, c))),
                    .td(.text(GrantsMoneyComponents.yuan(m.cumulative, c))))
            })
        ))
    }

    /// The export: one row per category, then the totals, in yuan.
    static func table(_ s: ExecutionSummary, _ c: PageContext) -> ExportTable {
        var rows: [[ExportCell]] = s.byCategory.map {
            [.text(s.number), .text(c.text(ExpenditureCategory.label(of: $0.category))), .integer($0.budget), .integer($0.spent)]
        }
        rows.append([.text(s.number), .text(c(GrantsMoneyMsg.gmBudgetTotal)), .integer(s.budget), .integer(s.spent)])
        rows.append([.text(s.number), .text(c(GrantsMoneyMsg.gmReleased)), .integer(s.released), .text("")])
        rows.append([.text(s.number), .text(c(GrantsMoneyMsg.gmCommitted)), .text(""), .integer(s.committed)])
        rows.append([.text(s.number), .text(c(GrantsMoneyMsg.gmRemaining)), .integer(s.remaining), .text("")])
        return ExportTable(columns: [c(GrantsMoneyMsg.gmProjectNumber), c(GrantsMoneyMsg.gmCategory), c(GrantsMoneyMsg.gmCategoryBudget), c(GrantsMoneyMsg.gmSpent)],
                           rows: rows)
    }
}

/// `/money/programmes/:id`: every project of a programme, with the programme's totals.
struct ProgrammeExecutionPage {
    let programmeName: String
    let execution: ProgrammeExecution

    func render(_ c: PageContext) -> String {
        let e = execution
        return Layout(context: c, title: c(GrantsMoneyMsg.gmProgrammeExecutionTitle), content: .div(
            .p(.a(.href(GrantsMoneyURL.programmes.path), .text(c(GrantsMoneyMsg.gmProgrammesTitle)))),
            .h1(.text(c(GrantsMoneyMsg.gmProgrammeExecutionTitle))),
            .p(.class("meta"), GrantsMoneyComponents.typed(programmeName, c)),
            .element(named: "dl", nodes: [.class("summary"),
                .element(named: "dt", text: c(GrantsMoneyMsg.gmBudgetTotal)), .element(named: "dd", text: GrantsMoneyComponents.yuan(e.budget, c)),
                .element(named: "dt", text: c(GrantsMoneyMsg.gmReleased)), .element(named: "dd", text: GrantsMoneyComponents.yuan(e.released, c)),
                .element(named: "dt", text: c(GrantsMoneyMsg.gmSpent)), .element(named: "dd", text: GrantsMoneyComponents.yuan(e.spent, c)),
                .element(named: "dt", text: c(GrantsMoneyMsg.gmCommitted)), .element(named: "dd", text: GrantsMoneyComponents.yuan(e.committed, c)),
                .element(named: "dt", text: c(GrantsMoneyMsg.gmRemaining)), .element(named: "dd", text: GrantsMoneyComponents.yuan(e.remaining, c)),
                .element(named: "dt", text: c(GrantsMoneyMsg.gmSpentShare)), .element(named: "dd", text: GrantsMoneyComponents.percent(e.spentShare)),
            ]),
            .if(e.projects.isEmpty, .p(.text(c(GrantsMoneyMsg.gmNoProjects))), else: .table(
                .caption(.text(c(GrantsMoneyMsg.gmProjectsCaption))),
                .thead(.tr(.forEach([GrantsMoneyMsg.gmProjectNumber, .gmProject, .gmBudgetTotal, .gmReleased, .gmSpent, .gmCommitted, .gmRemaining,
                                     .gmSpentShare, .gmElapsedShare, .gmBurnRate]) { .th(.attribute(named: "scope", value: "col"), .text(c($0))) })),
                .tbody(.forEach(e.projects) { s in
                    .tr(.td(.a(.href(GrantsMoneyURL.money(s.projectID.rawValue).path), .text(s.number))),
                        .td(GrantsMoneyComponents.typed(c.language == .zh || s.titleEn.isEmpty ? s.titleZh : s.titleEn, c)),
                        .td(.text(GrantsMoneyComponents.yuan(s.budget, c))), .td(.text(GrantsMoneyComponents.yuan(s.released, c))),
                        .td(.text(GrantsMoneyComponents.yuan(s.spent, c))), .td(.text(GrantsMoneyComponents.yuan(s.committed, c))),
                        .td(.text(GrantsMoneyComponents.yuan(s.remaining, c))), .td(.text(GrantsMoneyComponents.percent(s.spentShare))),
                        .td(.text(GrantsMoneyComponents.percent(s.elapsedShare))), .td(.text(s.burnRate.map { String(format: "%.2f", $0) } ?? "—")))
                })
            )),
            .p(.a(.href(GrantsMoneyURL.programmeCSV(e.programmeID).path), .text(c(GrantsMoneyMsg.gmDownloadCSV))), .text(" · "),
               .a(.href(GrantsMoneyURL.programmeXLSX(e.programmeID).path), .text(c(GrantsMoneyMsg.gmDownloadXLSX))))
        )).render()
    }

    static func table(_ e: ProgrammeExecution, _ c: PageContext) -> ExportTable {
        ExportTable(
            columns: [GrantsMoneyMsg.gmProjectNumber, .gmProject, .gmBudgetTotal, .gmReleased, .gmSpent, .gmCommitted, .gmRemaining, .gmSpentShare,
                      .gmElapsedShare, .gmBurnRate].map { c($0) },
            rows: e.projects.map { s in
                [.text(s.number), .text(c.language == .zh || s.titleEn.isEmpty ? s.titleZh : s.titleEn), .integer(s.budget), .integer(s.released),
                 .integer(s.spent), .integer(s.committed), .integer(s.remaining), .number((s.spentShare * 1000).rounded() / 1000),
                 .number((s.elapsedShare * 1000).rounded() / 1000), s.burnRate.map { .number(($0 * 100).rounded() / 100) } ?? .text("")]
            })
    }
}

/// `/money/programmes`: the programmes, each linking to its execution.
struct ProgrammeListPage {
    let programmes: [(id: UUID, name: String)]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(GrantsMoneyMsg.gmProgrammesTitle), content: .div(
            .h1(.text(c(GrantsMoneyMsg.gmProgrammesTitle))),
            .p(.a(.href(GrantsMoneyURL.approvals.path), .text(c(GrantsMoneyMsg.gmApprovalsTitle)))),
            .if(programmes.isEmpty, .p(.text(c(GrantsMoneyMsg.gmNoProjects))), else: .ul(.forEach(programmes) { p in
                .li(.a(.href(GrantsMoneyURL.programme(p.id).path), GrantsMoneyComponents.typed(p.name, c)))
            }))
        )).render()
    }
}
