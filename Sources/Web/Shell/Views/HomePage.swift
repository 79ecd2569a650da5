import Foundation
import Grants
import Identity
import KechuangCore
import Plot
import Portal
import Search
import Vapor

/// `/`: the portal's front page (Art. 56), for a citizen who has ten seconds — what the platform
/// is, a search box for funded projects, and six short lists, each with a link to the whole list:
/// open calls, newest funded projects, newest results, latest policies, data sets, open
/// consultations. A list that cannot be read is shown empty (and logged), never a failed page.
struct HomePage {
    struct Section {
        let id: String
        let title: PortalMsg
        let items: [HomeItem]
        let all: String
        let allLabel: PortalMsg
    }

    var sections: [Section] = []

    static let perSection = 5

    static func load(_ req: Request) async -> HomePage {
        let n = perSection
        async let calls = list(req, "calls") { try await openCalls(req, limit: n) }
        async let projects = list(req, "projects") { try await newestProjects(req, limit: n) }
        async let results = list(req, "results") { try await newestResults(req, limit: n) }
        async let policies = list(req, "policies") { try await latestPolicies(req, limit: n) }
        async let datasets = list(req, "datasets") { try await CatalogueRoutes.homeItems(req, limit: n) }
        async let consultations = list(req, "consultations") { try await ConsultationFeed.homeItems(req, limit: n) }
        return HomePage(sections: [
            Section(id: "open-calls", title: .hpOpenCalls, items: await calls, all: ProjectsURL.calls.path, allLabel: .hpAllCalls),
            Section(id: "new-projects", title: .hpNewProjects, items: await projects, all: PortalURL.projects.path, allLabel: .hpAllProjects),
            Section(id: "new-results", title: .hpNewResults, items: await results, all: GrantsClosureURL.results.path, allLabel: .hpAllResults),
            Section(id: "policies", title: .hpLatestPolicies, items: await policies, all: PolicyURL.policies.path, allLabel: .hpAllPolicies),
            Section(id: "datasets", title: .hpDatasets, items: await datasets, all: CatalogueURL.datasets.path, allLabel: .hpAllDatasets),
            Section(id: "consultations", title: .hpConsultations, items: await consultations, all: ConsultationURL.consultations.path,
                    allLabel: .hpAllConsultations),
        ])
    }

    static func list(_ req: Request, _ name: String, _ body: () async throws -> [HomeItem]) async -> [HomeItem] {
        do { return try await body() } catch {
            req.logger.error("home page list \(name) could not be read: \(String(reflecting: error))")
            return []
        }
    }

    /// Calls open now, closing soonest first, dated by their closing day.
    static func openCalls(_ req: Request, limit: Int) async throws -> [HomeItem] {
        let now = req.services.now()
        return try await req.calls.list().filter { $0.isOpen(at: now) }.sorted { $0.closesAt < $1.closesAt }.prefix(limit).map {
            HomeItem(titleZh: $0.titleZh, titleEn: $0.titleEn, path: ProjectsURL.call($0.id.rawValue).path, date: BeijingDay(containing: $0.closesAt))
        }
    }

    static func newestProjects(_ req: Request, limit: Int) async throws -> [HomeItem] {
        _ = try await req.currentProjectSearch()
        return try await req.publicProjects.newest(limit: limit).map {
            HomeItem(titleZh: $0.titleZh, titleEn: $0.titleEn, path: PortalURL.project($0.number).path, date: $0.awardDate)
        }
    }

    /// The newest registered outputs, each linking to its project's public page.
    static func newestResults(_ req: Request, limit: Int) async throws -> [HomeItem] {
        try await Outputs(db: req.db, now: req.services.now).publicResults().prefix(limit).map {
            HomeItem(titleZh: $0.title, titleEn: nil, path: PortalURL.project($0.projectNumber).path, date: nil)
        }
    }

    static func latestPolicies(_ req: Request, limit: Int) async throws -> [HomeItem] {
        let search = req.services.policySearch
        try await search.refreshIfStale(on: req.db)
        return search.index.search("", limit: limit, filter: SearchFilter(statuses: ["in_force"])).hits.map {
            HomeItem(titleZh: $0.title, titleEn: nil, path: PolicyURL.policy($0.documentID).path, date: nil)
        }
    }

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(.homeTitle), content: .div(
            .h1(.text(c(.homeTitle))),
            .p(.class("lead"), .text(c(.homeLead))),
            .p(.text(c(PortalMsg.hpLead))),
            .form(.method(.get), .action(PortalURL.projects.path), .attribute(named: "role", value: "search"),
                Components.textField(.init(name: "q", label: c(PortalMsg.hpSearchLabel), hint: c(PortalMsg.hpSearchHint), type: .search), errors: [], c),
                Components.submit(c(PortalMsg.hpSearchButton))
            ),
            .if(c.person == nil, .p(.a(.class("button"), .href(SiteURL.login.path), .text(c(.navSignIn))))),
            .div(.class("home-sections"), .forEach(sections) { section(c, $0) }),
            .p(.a(.href(PortalURL.exports.path), .text(c(PortalMsg.hpOpenData)))),
            .p(.a(.href(MonitoringIndicatorsURL.releases.path), .text(c(MonitoringMsg.monHomeLink)))),
            .p(.text(c(.homeRegulation)))
        )).render()
    }

    func section(_ c: PageContext, _ s: Section) -> Node<HTML.BodyContext> {
        .section(.attribute(named: "aria-labelledby", value: s.id),
            .h2(.id(s.id), .text(c(s.title))),
            .if(s.items.isEmpty, .p(.text(c(PortalMsg.hpNothingYet))), else: .ul(.forEach(s.items) { item in
                .li(.a(.href(item.path), Components.localized(zh: item.titleZh, en: item.titleEn, c)),
                    .unwrap(item.date) { day in .text(" · " + day.description) })
            })),
            .p(.a(.href(s.all), .text(c(s.allLabel) + " →")))
        )
    }
}
