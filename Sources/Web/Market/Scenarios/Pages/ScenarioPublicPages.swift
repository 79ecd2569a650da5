import Foundation
import KechuangCore
import Market
import Plot

private typealias M = MarketScenarioMsg

/// `/scenarios`: published lists, newest first, with links for each role.
struct ScenarioListPage {
    let batches: [ScenarioBatch]
    let today: BeijingDay

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(M.mscTitle), content: .div(
            .h1(.text(c(M.mscTitle))),
            .p(.class("lead"), .text(c(M.mscIntro))),
            .ul(
                .li(.a(.href(ScenarioURL.feed.path), .text(c(M.mscFeed)))),
                .li(.a(.href(ScenarioURL.pilots.path), .text(c(M.mscPilotsLink)))),
                .li(.a(.href(CertificationURL.certificates.path), .text(c(M.mscCertificatesLink)))),
                .if(c.can(.manageScenarioBatches), .li(.a(.href(ScenarioURL.admin.path), .text(c(M.mscManageLink))))),
                .if(c.can(.submitScenarioSolutions), .li(.a(.href(ScenarioURL.mine.path), .text(c(M.mscMineLink))))),
                .if(c.can(.reviewMarketSubmissions), .li(.a(.href(ScenarioURL.reviews.path), .text(c(M.mscReviewsLink)))))
            ),
            .if(batches.isEmpty, .p(.text(c(M.mscNone))), else: Components.scrollTable(label: c(M.mscTitle),
                .thead(.tr(.th(.text(c(M.mscTitleZh))), .th(.text(c(M.mscDepartment))), .th(.text(c(M.mscPublishedOn))),
                           .th(.text(c(M.mscClosesOn))), .th(.text(c(M.mscPhase))))),
                .tbody(.forEach(batches) { b in
                    .tr(.td(.a(.href(ScenarioURL.batch(b.id.rawValue).path), Components.localized(zh: b.titleZh, en: b.titleEn, c))),
                        .td(Components.zh(b.departmentName, c)), .td(.text(b.publishedOn?.description ?? "—")), .td(.text(b.closesOn.description)),
                        .td(.text(c.text(b.phase(on: today).label))))
                })
            ))
        )).render()
    }
}

/// `/scenarios/batches/:id`: a list's scenarios, each with what the department offers and a link to submit.
struct ScenarioBatchPage {
    let batch: ScenarioBatch
    let scenarios: [Scenario]
    let today: BeijingDay

    func render(_ c: PageContext) -> String {
        let open = batch.phase(on: today) == .open
        let title = ScenarioComponents.title(zh: batch.titleZh, en: batch.titleEn, c)
        return Layout(context: c, title: title, content: .div(
            .p(.a(.href(ScenarioURL.scenarios.path), .text(c(M.mscTitle)))),
            .h1(Components.localized(zh: batch.titleZh, en: batch.titleEn, c)),
            .dl(.class("meta"),
                .dt(.text(c(M.mscDepartment))), .dd(Components.zh(batch.departmentName, c)),
                .dt(.text(c(M.mscPublishedOn))), .dd(.text(batch.publishedOn?.description ?? "—")),
                .dt(.text(c(M.mscClosesOn))), .dd(.text(batch.closesOn.description)),
                .dt(.text(c(M.mscPhase))), .dd(.strong(.text(c.text(batch.phase(on: today).label))))),
            .if(!batch.summary.isEmpty, .p(Components.lang(of: batch.summary, c), .text(batch.summary))),
            .if(!open, .p(.class("notice"), .text(c(M.mscClosedNote)))),
            .h2(.text(c(M.mscScenarios))),
            .forEach(scenarios) { s in
                .section(
                    .h3(.id("scenario-\(s.position)"), .text("\(s.position). "), Components.localized(zh: s.titleZh, en: s.titleEn, c)),
                    ScenarioComponents.details(s, c),
                    .if(open && c.person == nil,
                        .p(.a(.href(SiteURL.Link(path: SiteURL.login.path, query: ["next": ScenarioURL.solutionForm(s.id.rawValue).path]).string), .text(c(M.mscSignInToSubmit))))),
                    .if(open && c.person != nil, .p(.a(.class("button"), .href(ScenarioURL.solutionForm(s.id.rawValue).path), .text(c(M.mscSubmitLink)))))
                )
            }
        )).render()
    }
}

/// `/scenarios/pilots`: published pilots and their outcomes.
struct PilotsPage {
    let pilots: [Pilots.Published]

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(M.mscPilotsTitle), content: .div(
            .p(.a(.href(ScenarioURL.scenarios.path), .text(c(M.mscTitle)))),
            .h1(.text(c(M.mscPilotsTitle))),
            .p(.class("lead"), .text(c(M.mscPilotsIntro))),
            .if(pilots.isEmpty, .p(.text(c(M.mscPilotsNone)))),
            .forEach(pilots) { p in
                .section(
                    .h2(Components.lang(of: p.solution.title, c), .text(p.solution.title)),
                    .dl(.class("meta"),
                        .dt(.text(c(M.mscScenario))), .dd(.a(.href(ScenarioURL.batch(p.batch.id.rawValue).path), Components.localized(zh: p.scenario.titleZh, en: p.scenario.titleEn, c))),
                        .dt(.text(c(M.mscDepartment))), .dd(Components.zh(p.batch.departmentName, c)),
                        .dt(.text(c(M.mscOrganisation))), .dd(Components.zh(p.solution.organisationName, c)),
                        .dt(.text(c(M.mscStartOn))), .dd(.text(p.pilot.startOn.description)),
                        .dt(.text(c(M.mscPilotOutcome))), .dd(Components.lang(of: p.pilot.outcome, c), .text(p.pilot.outcome))),
                    .h3(.text(c(M.mscMilestones))),
                    ScenarioComponents.milestoneList(p.pilot.milestones, c)
                )
            }
        )).render()
    }
}
