import Foundation
import Grants
import Integrity
import KechuangCore
import Plot

/// `/projects/:id/closure`: the project's reports with their due days, and final acceptance — the
/// scheme of its category (Art. 31), the panel, the scores and the outcome; the programme officer
/// opens acceptance, chooses the panel and decides (diligent failure: Art. 48, 64).
struct ClosurePage {
    typealias M = GrantsClosureMsg
    let project: Project
    let reports: [ProjectReport]
    let acceptance: Acceptance?
    let panel: [AcceptanceReview]
    let mayManage: Bool
    let now: Date
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(M.gcClosureTitle), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(M.gcClosureTitle))),
            GrantsClosureComponents.heading(project, c),
            GrantsClosureComponents.nav(project, current: GrantsClosureURL.closure(project.id.rawValue).path, c),
            .h2(.text(c(M.gcReports))),
            .if(reports.isEmpty, .p(.text(c(M.gcNoReports))), else: reportTable(c)),
            .h2(.id("acceptance"), .text(c(M.gcAcceptance))),
            acceptanceSection(c)
        )).render()
    }

    func reportTable(_ c: PageContext) -> Node<HTML.BodyContext> {
        .table(
            .caption(.text(c(M.gcReports))),
            GrantsClosureComponents.th([c(M.gcTitle), c(M.gcDue), c(M.gcState), ""]),
            .tbody(.forEach(reports) { r in
                .tr(.td(.text(c.text(r.title))), .td(.text(r.dueDate.description),
                        .if(r.isOverdue(at: now), .strong(.text(" " + c(M.gcOverdue)))),
                        .if(r.isDueSoon(at: now), .text(" " + c(M.gcDueSoon)))),
                    .td(.text(c.text(r.state.label))),
                    .td(.a(.href(GrantsClosureURL.report(r.id.rawValue).path), .text(c(M.gcView)),
                           .span(.class("visually-hidden"), .text(" " + c.text(r.title))))))
            }))
    }

    func acceptanceSection(_ c: PageContext) -> Node<HTML.BodyContext> {
        let schemes: Node<HTML.BodyContext> = .if(mayManage, .p(.a(.href(GrantsURL.acceptanceSchemes(project.programmeID).path + "?type=\(project.researchType.rawValue)"),
                                                            .text(c(GrantsMsg.schLink)))))
        guard let acceptance else {
            return .div(.p(.text(c(M.gcNoAcceptance))), schemes,
                        .if(mayManage, Components.form(action: GrantsClosureURL.acceptanceOpen(project.id.rawValue).path, c,
                                                       Components.submit(c(M.gcOpenAcceptance)))))
        }
        let scheme = acceptance.scheme
        let mean = Acceptance.meanScore(panel, scheme: scheme)
        return .div(
            schemes,
            .dl(.dt(.text(c(M.gcState))), .dd(.text(c.text(acceptance.state.label))),
                .dt(.text(c(M.gcResearchType))), .dd(.text(c.text(scheme.category.label))),
                .dt(.text(c(M.gcReviewerKind))), .dd(.text(c.text(scheme.reviewerKind.label))),
                .dt(.text(c(M.gcIndicator))), .dd(.text(scheme.criteria.map { "\(c.language == .zh ? $0.zh : $0.en) \($0.weight)%" }.joined(separator: c.language == .zh ? "；" : "; "))),
                .dt(.text(c(M.gcMean))), .dd(.text(GrantsClosureComponents.number(mean))),
                .unwrap(acceptance.outcome) { outcome in
                    .group(.dt(.text(c(M.gcOutcome))), .dd(.strong(.text(c.text(outcome.label)))),
                           .dt(.text(c(M.gcFinding))), .dd(GrantsMoneyComponents.typed(acceptance.finding, c)))
                },
                .if(acceptance.integrityRecordID != nil, .group(.dt(.text(c(M.gcMisconduct))), .dd(.text(c(M.gcIntegrityDraft)))))),
            .if(acceptance.outcome == .diligentFailure, .p(.class("notice"), .text(c(M.gcDiligentNote)))),
            .if(mayManage && !panel.isEmpty, .table(
                .caption(.text(c(M.gcPanel))),
                GrantsClosureComponents.th([c(M.gcExpert), c(M.gcAffinity), c(M.gcState)]),
                .tbody(.forEach(panel) { r in
                    .tr(.td(GrantsMoneyComponents.typed(r.expertName, c)), .td(.text(String(r.affinity))),
                        .td(.text(r.submittedAt == nil ? c(M.gcWaitingFor) : GrantsClosureComponents.number(Acceptance.meanScore([r], scheme: scheme)))))
                }))),
            .if(mayManage && acceptance.state != .decided && !panel.contains { $0.submittedAt != nil },
                Components.form(action: GrantsClosureURL.acceptancePanel(project.id.rawValue).path, c,
                                .if(errors.contains { $0.field == "reviewers" }, .p(.id(Components.fieldID("reviewers")), .class("error-message"),
                                    .text(errors.filter { $0.field == "reviewers" }.map { Components.message($0, c) }.joined(separator: " ")))),
                                Components.submit(c(M.gcChoosePanel), secondary: true))),
            .if(mayManage && acceptance.state == .reviewing, decisionForm(c))
        )
    }

    func decisionForm(_ c: PageContext) -> Node<HTML.BodyContext> {
        func v(_ k: String) -> String { values[k] ?? "" }
        let misconduct = FindingKind.allCases.filter(\.isMisconduct).map { ($0.rawValue, c.text($0.label)) }
        return .div(
            .h3(.text(c(M.gcDecide))),
            .p(.text(c(M.gcDiligentNote))),
            Components.form(action: GrantsClosureURL.acceptanceDecision(project.id.rawValue).path, c,
                Components.selectField(name: "outcome", label: c(M.gcOutcome), options: Components.options(AcceptanceOutcome.self, \.label, c),
                                       selected: v("outcome"), errors: errors, c),
                Components.textArea("finding", c(M.gcFinding), c(M.gcFindingHint), v("finding"), errors, c),
                Components.selectField(name: "misconduct", label: c(M.gcMisconduct), hint: c(M.gcMisconductHint), options: misconduct,
                                       selected: v("misconduct"), errors: errors, c),
                Components.textArea("misconduct_description", c(M.gcMisconductDescription), nil, v("misconduct_description"), errors, c),
                Components.submit(c(M.gcDecide))))
    }
}
