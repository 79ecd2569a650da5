import Foundation
import Grants
import Identity
import KechuangCore
import Plot

/// `/projects/:id/closure/changes`: the project's change requests with every approval step; the
/// research office decides first (Art. 22), then the programme officer, whose approval changes
/// the project; the PI files a request.
struct ChangesPage {
    typealias M = GrantsClosureMsg
    let project: Project
    let requests: [ChangeRequest]
    let mayEdit: Bool
    let mayApprove: Bool
    let mayManage: Bool
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(M.gcChanges), content: .div(
            Components.errorSummary(errors, c),
            .h1(.text(c(M.gcChanges))),
            GrantsClosureComponents.heading(project, c),
            GrantsClosureComponents.nav(project, current: GrantsClosureURL.changes(project.id.rawValue).path, c),
            .if(requests.isEmpty, .p(.text(c(M.gcNoChanges))), else: .forEach(requests) { request(c, $0) }),
            .if(mayEdit, form(c))
        )).render()
    }

    func mayDecide(_ r: ChangeRequest) -> Bool { (r.state == .submitted && mayApprove) || (r.state == .officeApproved && mayManage) }

    func request(_ c: PageContext, _ r: ChangeRequest) -> Node<HTML.BodyContext> {
        .section(
            .h2(.text("\(c.text(r.kind.label)) · \(c.text(r.state.label))")),
            .dl(.dt(.text(c(M.gcReason))), .dd(GrantsMoneyComponents.typed(r.reason, c)),
                .unwrap(r.details.newEndDate) { .group(.dt(.text(c(M.gcNewEndDate))), .dd(.text($0.description))) },
                .unwrap(r.details.newPrincipalInvestigatorName) { .group(.dt(.text(c(M.gcNewPI))), .dd(GrantsMoneyComponents.typed($0, c))) },
                .unwrap(r.details.team) { team in .group(.dt(.text(c(M.gcTeam))), .dd(GrantsMoneyComponents.typed(team.map { "\($0.name) <\($0.email)>" }.joined(separator: "; "), c))) }),
            .if(!r.steps.isEmpty, .ol(.attribute(named: "aria-label", value: c(M.gcSteps)), .forEach(r.steps) { s in
                .li(GrantsMoneyComponents.typed(s.byName, c), .text(" · \(c.text(s.role == "research_office" ? Role.researchOffice.label : Role.programmeOfficer.label)) · "),
                    .text(s.approve ? c(M.gcApprove) : c(M.gcReject)), .text(" · \(BeijingTime.format(s.at))"),
                    .if(!s.comment.isEmpty, .group(.text(" · "), GrantsMoneyComponents.typed(s.comment, c))))
            })),
            .if(mayDecide(r), GrantsClosureComponents.decisionForm(action: GrantsClosureURL.changeDecision(r.id.rawValue).path, object: r.id.rawValue,
                                                                  approve: c(M.gcApprove), reject: c(M.gcReject), errors: errors, c))
        )
    }

    func form(_ c: PageContext) -> Node<HTML.BodyContext> {
        func v(_ k: String) -> String { values[k] ?? "" }
        return .div(
            .h2(.text(c(M.gcFileChange))),
            Components.form(action: GrantsClosureURL.changes(project.id.rawValue).path, c,
                Components.selectField(name: "kind", label: c(M.gcKind), options: Components.options(ChangeKind.self, \.label, c), selected: v("kind"), errors: errors, c),
                Components.textArea("reason", c(M.gcReason), nil, v("reason"), errors, c),
                Components.textField(.init(name: "new_end_date", label: c(M.gcNewEndDate), hint: c(.dateHint), value: v("new_end_date"), width: "width-10"), errors: errors, c),
                Components.textField(.init(name: "new_pi", label: c(M.gcNewPI), hint: c(M.gcNewPIHint), value: v("new_pi"), type: .email), errors: errors, c),
                Components.textArea("team", c(M.gcTeam), c(M.gcTeamHint), v("team"), errors, c),
                Components.submit(c(M.gcFileChange))))
    }
}
