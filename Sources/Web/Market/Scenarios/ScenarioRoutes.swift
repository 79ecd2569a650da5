import Export
import Foundation
import Identity
import KechuangCore
import Market
import Review
import Vapor

extension Request {
    var scenarioBatches: ScenarioBatches { ScenarioBatches(db: db, now: services.now) }
    var scenarioSolutions: Solutions { Solutions(db: db, now: services.now) }
    var scenarioPilots: Pilots { Pilots(db: db, now: services.now) }
    var marketPanels: MarketPanels { MarketPanels(db: db, now: services.now) }
    var certifications: Certifications { Certifications(db: db, now: services.now) }
    var marketToday: BeijingDay { BeijingDay(containing: services.now()) }

    func marketForm() throws -> [String: String] { try content.decode([String: String].self) }

    /// Organisations the signed-in person may act for, as (id, name) for a select.
    func actingOrganisations(_ person: Person, types: Set<OrganisationType>? = nil) async throws -> [(UUID, String)] {
        var out: [(UUID, String)] = []
        for id in MarketAccess.Viewer(person).actsFor.sorted(by: { $0.uuidString < $1.uuidString }) {
            let org = try await organisations.find(Organisation.ID(id))
            if let types, !types.contains(org.type) { continue }
            out.append((id, org.nameZh))
        }
        return out
    }
}

/// Scenario demand lists (Art. 35) for the public, the submitting organisations and the experts:
/// the lists, their feed, solutions, published pilots, and the market's review forms.
/// `ScenarioAdminRoutes` has the departments' pages.
struct ScenarioRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, ScenarioURL.scenarios, action: .viewScenarios, use: list)
        routes.on(.GET, ScenarioURL.feed, action: .viewScenarios, use: feed)
        routes.on(.GET, ScenarioURL.batch(SiteURL.anyID), action: .viewScenarios, use: batch)
        routes.on(.GET, ScenarioURL.pilots, action: .viewScenarios, use: pilots)
        routes.on(.GET, ScenarioURL.solutionForm(SiteURL.anyID), action: .submitScenarioSolutions, use: solutionForm)
        routes.on(.POST, ScenarioURL.solutionForm(SiteURL.anyID), action: .submitScenarioSolutions, use: submit)
        routes.on(.GET, ScenarioURL.mine, action: .submitScenarioSolutions, use: mine)
        routes.on(.GET, ScenarioURL.solution(SiteURL.anyID), action: .submitScenarioSolutions, use: solution)
        routes.on(.GET, ScenarioURL.reviews, action: .reviewMarketSubmissions, use: reviews)
        routes.on(.GET, ScenarioURL.review(SiteURL.anyID), action: .reviewMarketSubmissions, use: review)
        routes.on(.POST, ScenarioURL.review(SiteURL.anyID), action: .reviewMarketSubmissions, use: submitReview)
        ScenarioAdminRoutes().register(on: routes)
        CertificationRoutes().register(on: routes)
    }

    @Sendable func list(req: Request) async throws -> Response {
        PageRenderer.response(ScenarioListPage(batches: try await req.scenarioBatches.published(), today: req.marketToday).render(PageContext(req)))
    }

    @Sendable func feed(req: Request) async throws -> Response {
        let base = CallFeeds.baseURL(req)
        var items: [FeedItem] = []
        for b in try await req.scenarioBatches.published() {
            let count = try await req.scenarioBatches.scenarios(of: b.id).count
            items.append(FeedItem(id: b.id.uuidString.lowercased(), title: b.titleZh,
                                  summary: "\(b.departmentName)：\(count) 个场景，征集至 \(b.closesOn)\(b.titleEn.isEmpty ? "" : " — " + b.titleEn)",
                                  link: base + ScenarioURL.batch(b.id.rawValue).path, updated: b.publishedOn?.start ?? b.createdAt,
                                  starts: b.publishedOn?.start ?? b.createdAt, ends: b.closesOn.startOfNextDay))
        }
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "application/atom+xml; charset=utf-8")
        return Response(status: .ok, headers: headers,
                        body: .init(string: AtomFeed.feed(title: "科创 · 应用场景需求清单", selfURL: base + ScenarioURL.feed.path, items: items)))
    }

    @Sendable func batch(req: Request) async throws -> Response {
        let (batch, scenarios) = try await req.scenarioBatches.find(try req.idParameter(as: ScenarioBatch.ID.self), as: req.principal?.person)
        return PageRenderer.response(ScenarioBatchPage(batch: batch, scenarios: scenarios, today: req.marketToday).render(PageContext(req)))
    }

    @Sendable func pilots(req: Request) async throws -> Response {
        PageRenderer.response(PilotsPage(pilots: try await req.scenarioPilots.published()).render(PageContext(req)))
    }

    func formPage(_ req: Request, values: [String: String] = [:], errors: [FieldError] = []) async throws -> SolutionFormPage {
        let person = try req.requirePrincipal().person
        let (scenario, batch) = try await req.scenarioBatches.scenario(try req.idParameter(as: Scenario.ID.self), as: person)
        return SolutionFormPage(scenario: scenario, batch: batch, organisations: try await req.actingOrganisations(person, types: Solutions.submitterTypes),
                                values: values, errors: errors)
    }

    @Sendable func solutionForm(req: Request) async throws -> Response {
        PageRenderer.response(try await formPage(req).render(PageContext(req)))
    }

    static func solutionInput(_ v: [String: String]) -> SolutionInput {
        SolutionInput(organisationID: v["organisation_id"].flatMap(UUID.init(uuidString:)), title: v["title"] ?? "", text: v["text"] ?? "",
                      team: ScenarioComponents.team(v["team"] ?? ""), priorDeployments: v["prior_deployments"] ?? "")
    }

    @Sendable func submit(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.marketForm()
        do {
            let solution = try await req.scenarioSolutions.submit(to: try req.idParameter(as: Scenario.ID.self), Self.solutionInput(values), by: person)
            return req.redirect(to: ScenarioURL.solution(solution.id.rawValue), notice: MarketScenarioMsg.mscSubmitted)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await formPage(req, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func mine(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        return PageRenderer.response(MySolutionsPage(solutions: try await req.scenarioSolutions.mine(person),
                                                     applications: try await req.certifications.mine(person)).render(PageContext(req)))
    }

    @Sendable func solution(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: Solution.ID.self)
        let (solution, scenario, batch) = try await req.scenarioSolutions.find(id, as: person)
        return PageRenderer.response(SolutionPage(solution: solution, scenario: scenario, batch: batch,
                                                  pilot: try await req.scenarioPilots.pilot(of: id, as: person)).render(PageContext(req)))
    }

    // MARK: Experts

    func subject(of review: PanelReview, _ req: Request, as person: Person) async throws -> MarketReviewSubject {
        switch review.subject.kind {
        case .solution:
            let (s, scenario, _) = try await req.scenarioSolutions.find(Solution.ID(review.subject.id), as: person)
            return .solution(s, scenario)
        case .certification:
            return .certification(try await req.certifications.find(CertificationApplication.ID(review.subject.id), as: person))
        }
    }

    @Sendable func reviews(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        var rows: [(review: PanelReview, title: String)] = []
        for r in try await req.marketPanels.assignments(of: person) { rows.append((r, try await subject(of: r, req, as: person).title)) }
        return PageRenderer.response(MarketReviewsPage(rows: rows).render(PageContext(req)))
    }

    @Sendable func review(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let r = try await req.marketPanels.review(try req.idParameter(as: PanelReview.ID.self), as: person)
        return PageRenderer.response(MarketReviewFormPage(review: r, subject: try await subject(of: r, req, as: person)).render(PageContext(req)))
    }

    static func reviewInput(_ v: [String: String]) -> ReviewInput {
        ReviewInput(scores: v.filter { $0.key.hasPrefix("score_") }.reduce(into: [:]) { $0[String($1.key.dropFirst(6))] = $1.value },
                    comment: v["comment"] ?? "", language: v["language"] ?? "", confidentiality: v["confidentiality"] == "yes", noConflict: v["no_conflict"] == "yes")
    }

    @Sendable func submitReview(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: PanelReview.ID.self)
        let values = try req.marketForm()
        do {
            _ = try await req.marketPanels.submit(id, Self.reviewInput(values), by: person)
            return req.redirect(to: ScenarioURL.reviews, notice: MarketScenarioMsg.mscReviewSubmitted)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let r = try await req.marketPanels.review(id, as: person)
            return PageRenderer.response(MarketReviewFormPage(review: r, subject: try await subject(of: r, req, as: person), values: values, errors: errors)
                .render(PageContext(req)), status: .unprocessableEntity)
        }
    }
}
