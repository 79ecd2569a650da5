import Foundation
import Identity
import KechuangCore
import Market
import Plot

private typealias M = MarketScenarioMsg

/// `/scenarios/items/:id/solution`: the solution form, under the scenario it answers.
struct SolutionFormPage {
    let scenario: Scenario
    let batch: ScenarioBatch
    let organisations: [(UUID, String)]
    var values: [String: String] = [:]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        let value = { (k: String) in values[k] ?? "" }
        return Layout(context: c, title: c(M.mscSolutionTitle), content: .div(
            .class("narrow"),
            Components.errorSummary(errors, c),
            .p(.a(.href(ScenarioURL.batch(batch.id.rawValue).path), Components.localized(zh: batch.titleZh, en: batch.titleEn, c))),
            .h1(.text(c(M.mscSolutionTitle))),
            .div(.id(Components.fieldID("scenario")),
                 .attribute(named: "class", value: errors.contains { $0.field == "scenario" } ? "field-error" : nil),
                 .h2(.text("\(scenario.position). "), Components.localized(zh: scenario.titleZh, en: scenario.titleEn, c)),
                 .p(.text(c(M.mscClosesOn) + (c.language == .zh ? "：" : ": ") + batch.closesOn.description))),
            ScenarioComponents.details(scenario, c),
            .if(organisations.isEmpty, .p(.class("notice"), .text(c(M.mscNoOrganisation)))),
            Components.form(action: ScenarioURL.solutionForm(scenario.id.rawValue).path, c,
                Components.selectField(name: "organisation_id", label: c(M.mscOrganisation), hint: c(M.mscOrganisationHint),
                                       options: organisations.map { ($0.0.uuidString.lowercased(), $0.1) }, selected: value("organisation_id").lowercased(), errors: errors, c),
                Components.textField(.init(name: "title", label: c(M.mscSolutionName), value: value("title")), errors: errors, c),
                Components.textArea("text", c(M.mscSolutionText), c(M.mscSolutionTextHint), value("text"), errors, c),
                Components.textArea("team", c(M.mscTeam), c(M.mscTeamHint), value("team"), errors, c),
                Components.textArea("prior_deployments", c(M.mscDeployments), c(M.mscDeploymentsHint), value("prior_deployments"), errors, c),
                .p(.class("hint"), .text(c(M.mscAttachmentsNote))),
                Components.submit(c(M.mscSubmitButton))
            )
        )).render()
    }
}

/// `/scenarios/mine`: the person's and their organisations' solutions and recognition applications.
struct MySolutionsPage {
    let solutions: [(solution: Solution, scenario: Scenario)]
    let applications: [CertificationApplication]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(M.mscMineTitle), content: .div(
            .p(.a(.href(ScenarioURL.scenarios.path), .text(c(M.mscTitle)))),
            .h1(.text(c(M.mscMineTitle))),
            .if(solutions.isEmpty, .p(.text(c(M.mscMineNone))), else: Components.scrollTable(label: c(M.mscMineTitle),
                .thead(.tr(.th(.text(c(M.mscSolutionName))), .th(.text(c(M.mscScenario))), .th(.text(c(M.mscOrganisation))),
                           .th(.text(c(M.mscSubmittedAt))), .th(.text(c(M.mscState))))),
                .tbody(.forEach(solutions) { row in
                    .tr(.td(.a(.href(ScenarioURL.solution(row.solution.id.rawValue).path), Components.lang(of: row.solution.title, c), .text(row.solution.title))),
                        .td(Components.localized(zh: row.scenario.titleZh, en: row.scenario.titleEn, c)), .td(Components.zh(row.solution.organisationName, c)),
                        .td(.text(c.format(row.solution.submittedAt))), .td(.text(c.text(row.solution.state.label))))
                })
            )),
            .h2(.text(c(M.mcrMineTitle))),
            .p(.a(.href(CertificationURL.apply.path), .text(c(M.mcrApplyLink)))),
            .if(!applications.isEmpty, Components.scrollTable(label: c(M.mcrMineTitle),
                .thead(.tr(.th(.text(c(M.mcrName))), .th(.text(c(M.mcrKind))), .th(.text(c(M.mcrStatus))), .th(.text(c(M.mcrNumber))))),
                .tbody(.forEach(applications) { a in
                    .tr(.td(.a(.href(CertificationURL.application(a.id.rawValue).path), Components.lang(of: a.name, c), .text(a.name))),
                        .td(.text(c.text(a.kind.label))), .td(.text(c.text(a.state.label))), .td(.text(a.certificateNumber ?? "—")))
                })
            ))
        )).render()
    }
}

/// `/scenarios/solutions/:id`: a solution as its organisation sees it, with the decision and the pilot.
struct SolutionPage {
    let solution: Solution
    let scenario: Scenario
    let batch: ScenarioBatch
    let pilot: Pilot?

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: solution.title, content: .div(
            .p(.a(.href(ScenarioURL.mine.path), .text(c(M.mscMineTitle)))),
            .h1(Components.lang(of: solution.title, c), .text(solution.title)),
            .p(.text(c(M.mscScenario) + (c.language == .zh ? "：" : ": ")),
               .a(.href(ScenarioURL.batch(batch.id.rawValue).path), Components.localized(zh: scenario.titleZh, en: scenario.titleEn, c))),
            ScenarioComponents.solution(solution, c),
            .unwrap(pilot) { p in
                .section(.h2(.text(c(M.mscPilotTitle))),
                         .p(.text(c(M.mscStartOn) + (c.language == .zh ? "：" : ": ") + p.startOn.description)),
                         ScenarioComponents.milestoneList(p.milestones, c),
                         .if(!p.outcome.isEmpty, .p(Components.lang(of: p.outcome, c), .text(p.outcome))))
            }
        )).render()
    }
}
