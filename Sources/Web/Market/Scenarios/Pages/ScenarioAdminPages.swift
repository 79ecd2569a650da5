import Foundation
import Identity
import KechuangCore
import Market
import Plot

private typealias M = MarketScenarioMsg

/// `/admin/scenarios`: the department's lists and the form for a new one.
struct ScenarioAdminPage {
    let batches: [ScenarioBatch]
    let departments: [(UUID, String)]
    let today: BeijingDay
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let value = { (k: String) in values[k] ?? "" }
        return Layout(context: c, title: c(M.mscAdminTitle), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(ScenarioURL.scenarios.path), .text(c(M.mscTitle)))),
            .h1(.text(c(M.mscAdminTitle))),
            .p(.class("lead"), .text(c(M.mscAdminIntro))),
            .if(batches.isEmpty, .p(.text(c(M.mscAdminNone))), else: Components.scrollTable(label: c(M.mscAdminTitle),
                .thead(.tr(.th(.text(c(M.mscTitleZh))), .th(.text(c(M.mscDepartment))), .th(.text(c(M.mscClosesOn))), .th(.text(c(M.mscPhase))))),
                .tbody(.forEach(batches) { b in
                    .tr(.td(.a(.href(ScenarioURL.adminBatch(b.id.rawValue).path), Components.localized(zh: b.titleZh, en: b.titleEn, c))),
                        .td(Components.zh(b.departmentName, c)), .td(.text(b.closesOn.description)), .td(.text(c.text(b.phase(on: today).label))))
                })
            )),
            .h2(.text(c(M.mscNewBatch))),
            Components.form(action: ScenarioURL.admin.path, c,
                Components.selectField(name: "department_id", label: c(M.mscDepartment), options: departments.map { ($0.0.uuidString.lowercased(), $0.1) },
                                       selected: value("department_id").lowercased(), errors: errors, c),
                Components.textField(.init(name: "title_zh", label: c(M.mscTitleZh), value: value("title_zh")), errors: errors, c),
                Components.textField(.init(name: "title_en", label: c(M.mscTitleEn), value: value("title_en")), errors: errors, c),
                Components.textArea("summary", c(M.mscSummary), nil, value("summary"), errors, c),
                Components.textField(.init(name: "closes_on", label: c(M.mscClosesOn), hint: c(M.mscClosesHint), value: value("closes_on"), width: "width-10"), errors: errors, c),
                Components.submit(c(M.mscCreateButton))
            )
        )).render()
    }
}

/// `/admin/scenarios/:id`: a list's scenarios, the form to add one, publishing, and the solutions received.
struct ScenarioBatchAdminPage {
    let batch: ScenarioBatch
    let scenarios: [Scenario]
    let solutions: [Solution]
    let today: BeijingDay
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let value = { (k: String) in values[k] ?? "" }
        let titles = Dictionary(uniqueKeysWithValues: scenarios.map { ($0.id, $0) })
        return Layout(context: c, title: ScenarioComponents.title(zh: batch.titleZh, en: batch.titleEn, c), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(ScenarioURL.admin.path), .text(c(M.mscAdminTitle)))),
            .h1(Components.localized(zh: batch.titleZh, en: batch.titleEn, c)),
            .dl(.class("meta"),
                .dt(.text(c(M.mscDepartment))), .dd(Components.zh(batch.departmentName, c)),
                .dt(.text(c(M.mscClosesOn))), .dd(.text(batch.closesOn.description)),
                .dt(.text(c(M.mscPhase))), .dd(.strong(.text(c.text(batch.phase(on: today).label))))),
            .if(batch.publishedOn != nil, .p(.a(.href(ScenarioURL.batch(batch.id.rawValue).path), .text(c(M.mscPublicPage))))),
            .h2(.text(c(M.mscScenarios))),
            .ol(.forEach(scenarios) { s in .li(Components.localized(zh: s.titleZh, en: s.titleEn, c)) }),
            .if(batch.publishedOn == nil, .group(
                .h2(.text(c(M.mscAddScenario))),
                Components.form(action: ScenarioURL.adminItems(batch.id.rawValue).path, c,
                    Components.textField(.init(name: "title_zh", label: c(M.mscScenarioTitleZh), value: value("title_zh")), errors: errors, c),
                    Components.textField(.init(name: "title_en", label: c(M.mscScenarioTitleEn), value: value("title_en")), errors: errors, c),
                    Components.textArea("problem", c(M.mscProblem), nil, value("problem"), errors, c),
                    Components.textField(.init(name: "site", label: c(M.mscSite), value: value("site")), errors: errors, c),
                    Components.textArea("resources", c(M.mscResources), nil, value("resources"), errors, c),
                    Components.textArea("expected_outcome", c(M.mscOutcome), nil, value("expected_outcome"), errors, c),
                    Components.textField(.init(name: "budget", label: c(M.mscBudget), hint: c(M.mscBudgetHint), value: value("budget"), width: "width-10"), errors: errors, c),
                    Components.textField(.init(name: "timeline", label: c(M.mscTimeline), value: value("timeline")), errors: errors, c),
                    Components.textField(.init(name: "contact", label: c(M.mscContact), value: value("contact")), errors: errors, c),
                    Components.textField(.init(name: "discipline", label: c(M.mscDiscipline), hint: c(M.mscDisciplineHint), value: value("discipline"), width: "width-5"), errors: errors, c),
                    Components.submit(c(M.mscAddButton))
                ),
                .h2(.text(c(M.mscPublishButton))),
                .div(.id(Components.fieldID("publish")), .p(.class("hint"), .text(c(M.mscPublishHint))),
                     Components.form(action: ScenarioURL.adminPublish(batch.id.rawValue).path, c, Components.submit(c(M.mscPublishButton))))
            )),
            .h2(.text(c(M.mscSolutions))),
            .if(solutions.isEmpty, .p(.text(c(M.mscNoSolutions))), else: Components.scrollTable(label: c(M.mscSolutions),
                .thead(.tr(.th(.text(c(M.mscSolutionName))), .th(.text(c(M.mscScenario))), .th(.text(c(M.mscOrganisation))), .th(.text(c(M.mscState))))),
                .tbody(.forEach(solutions) { s in
                    .tr(.td(.a(.href(ScenarioURL.adminSolution(s.id.rawValue).path), Components.lang(of: s.title, c), .text(s.title))),
                        .td(.unwrap(titles[s.scenarioID]) { sc in .group(.text("\(sc.position). "), Components.localized(zh: sc.titleZh, en: sc.titleEn, c)) }),
                        .td(Components.zh(s.organisationName, c)), .td(.text(c.text(s.state.label))))
                })
            ))
        )).render()
    }
}

/// `/admin/scenario-solutions/:id`: the solution, its expert panel, the decision and the pilot.
struct SolutionAdminPage {
    let solution: Solution
    let scenario: Scenario
    let batch: ScenarioBatch
    let panel: MarketPanel?
    let reviews: [PanelReview]
    let pilot: Pilot?
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let value = { (k: String) in values[k] ?? "" }
        let undecided = [.submitted, .reviewing].contains(solution.state)
        return Layout(context: c, title: solution.title, content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(ScenarioURL.adminBatch(batch.id.rawValue).path), Components.localized(zh: batch.titleZh, en: batch.titleEn, c))),
            .h1(Components.lang(of: solution.title, c), .text(solution.title)),
            .p(.text(c(M.mscScenario) + (c.language == .zh ? "：" : ": ") + "\(scenario.position). "), Components.localized(zh: scenario.titleZh, en: scenario.titleEn, c)),
            ScenarioComponents.solution(solution, c),
            .h2(.text(c(M.mscPanelTitle))),
            .p(.class("hint"), .text(c(M.mscPanelIntro))),
            ScenarioComponents.panel(panel, reviews, c),
            .if(undecided && !reviews.contains { $0.submittedAt != nil },
                ScenarioComponents.panelForm(action: ScenarioURL.adminPanel(solution.id.rawValue).path, errors: errors, c)),
            .if(undecided, .group(
                .h2(.text(c(M.mscDecisionTitle))),
                Components.form(action: ScenarioURL.adminDecision(solution.id.rawValue).path, c,
                    Components.selectField(name: "decision", label: c(M.mscDecision), options: [("select", c(M.mscSelect)), ("reject", c(M.mscNotSelect))],
                                           selected: value("decision"), errors: errors, c),
                    Components.textArea("reason", c(M.mscReason), c(M.mscReasonHint), value("reason"), errors, c),
                    Components.textField(.init(name: "pilot_start", label: c(M.mscPilotStart), hint: c(M.mscDateHint), value: value("pilot_start"), width: "width-10"), errors: errors, c),
                    Components.submit(c(M.mscDecideButton))
                )
            )),
            .unwrap(pilot) { p in
                .group(
                    .h2(.text(c(M.mscPilotTitle))),
                    Components.form(action: ScenarioURL.adminPilot(solution.id.rawValue).path, c,
                        Components.textField(.init(name: "start_on", label: c(M.mscStartOn), hint: c(M.mscDateHint),
                                                   value: values["start_on"] ?? p.startOn.description, width: "width-10"), errors: errors, c),
                        Components.textArea("milestones", c(M.mscMilestones), c(M.mscMilestonesHint), values["milestones"] ?? ScenarioComponents.milestonesText(p.milestones), errors, c),
                        Components.textArea("outcome", c(M.mscPilotOutcome), nil, values["outcome"] ?? p.outcome, errors, c),
                        Components.submit(c(M.mscSavePilot))
                    ),
                    .if(p.publishedAt == nil, Components.form(action: ScenarioURL.adminPilotPublish(solution.id.rawValue).path, c, Components.submit(c(M.mscPublishPilot), secondary: true)),
                        else: .p(.a(.href(ScenarioURL.pilots.path), .text(c(M.mscPilotPublished)))))
                )
            }
        )).render()
    }
}
