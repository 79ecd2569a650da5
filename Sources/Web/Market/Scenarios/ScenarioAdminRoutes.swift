import Foundation
import Identity
import KechuangCore
import Market
import Vapor

/// The departments' pages of scenario demand lists (Art. 35): draft, add scenarios, publish; for
/// each solution the expert panel (Review's machinery), the decision with its reason, and the pilot.
struct ScenarioAdminRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, ScenarioURL.admin, action: .manageScenarioBatches, use: admin)
        routes.on(.POST, ScenarioURL.admin, action: .manageScenarioBatches, use: create)
        routes.on(.GET, ScenarioURL.adminBatch(SiteURL.anyID), action: .manageScenarioBatches, use: batch)
        routes.on(.POST, ScenarioURL.adminItems(SiteURL.anyID), action: .manageScenarioBatches, use: addScenario)
        routes.on(.POST, ScenarioURL.adminPublish(SiteURL.anyID), action: .manageScenarioBatches, use: publish)
        routes.on(.GET, ScenarioURL.adminSolution(SiteURL.anyID), action: .manageScenarioBatches, use: solution)
        routes.on(.POST, ScenarioURL.adminPanel(SiteURL.anyID), action: .manageScenarioBatches, use: panel)
        routes.on(.POST, ScenarioURL.adminDecision(SiteURL.anyID), action: .manageScenarioBatches, use: decide)
        routes.on(.POST, ScenarioURL.adminPilot(SiteURL.anyID), action: .manageScenarioBatches, use: pilot)
        routes.on(.POST, ScenarioURL.adminPilotPublish(SiteURL.anyID), action: .manageScenarioBatches, use: publishPilot)
    }

    func departments(_ req: Request, _ person: Person) async throws -> [(UUID, String)] {
        var ids = MarketAccess.Viewer(person).staffOf
        if person.roles.contains(.platformAdmin) {
            ids.formUnion(try await req.organisations.list(limit: 500).filter { $0.type == .governmentDepartment }.map(\.id.rawValue))
        }
        var out: [(UUID, String)] = []
        for id in ids.sorted(by: { $0.uuidString < $1.uuidString }) { out.append((id, try await req.organisations.find(Organisation.ID(id)).nameZh)) }
        return out
    }

    func adminPage(_ req: Request, values: [String: String] = [:], errors: [FieldError] = []) async throws -> ScenarioAdminPage {
        let person = try req.requirePrincipal().person
        return ScenarioAdminPage(batches: try await req.scenarioBatches.managed(by: person), departments: try await departments(req, person),
                                 today: req.marketToday, values: values, errors: errors)
    }

    @Sendable func admin(req: Request) async throws -> Response {
        PageRenderer.response(try await adminPage(req).render(PageContext(req)))
    }

    static func batchInput(_ v: [String: String]) -> ScenarioBatchInput {
        ScenarioBatchInput(departmentID: v["department_id"].flatMap(UUID.init(uuidString:)), titleZh: v["title_zh"] ?? "", titleEn: v["title_en"] ?? "",
                           summary: v["summary"] ?? "", closesOn: v["closes_on"].flatMap { BeijingDay(parsing: $0.trimmingCharacters(in: .whitespaces)) })
    }

    @Sendable func create(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.marketForm()
        do {
            let batch = try await req.scenarioBatches.create(Self.batchInput(values), by: person)
            return req.redirect(to: ScenarioURL.adminBatch(batch.id.rawValue), notice: MarketScenarioMsg.mscCreated)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await adminPage(req, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    func batchPage(_ req: Request, values: [String: String] = [:], errors: [FieldError] = []) async throws -> ScenarioBatchAdminPage {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: ScenarioBatch.ID.self)
        let batch = try await req.scenarioBatches.managed(id, by: person)
        return ScenarioBatchAdminPage(batch: batch, scenarios: try await req.scenarioBatches.scenarios(of: id),
                                      solutions: try await req.scenarioSolutions.list(batch: id, by: person), today: req.marketToday, values: values, errors: errors)
    }

    @Sendable func batch(req: Request) async throws -> Response {
        PageRenderer.response(try await batchPage(req).render(PageContext(req)))
    }

    /// A budget that is not a whole number of yuan is a field error, never a guess.
    static func scenarioInput(_ v: [String: String]) -> (ScenarioInput, [FieldError]) {
        let raw = (v["budget"] ?? "").replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespaces)
        var errors: [FieldError] = []
        let budget = raw.isEmpty ? nil : Int64(raw)
        if !raw.isEmpty && budget == nil {
            errors.append(FieldError(field: "budget", rule: "scenario.budget.number", message: LocalizedText(zh: "预算请填整数元", en: "Enter the budget in whole yuan")))
        }
        let details = ScenarioDetails(problem: v["problem"] ?? "", site: v["site"] ?? "", resources: v["resources"] ?? "", expectedOutcome: v["expected_outcome"] ?? "",
                                      budgetYuan: budget, timeline: v["timeline"] ?? "", contact: v["contact"] ?? "")
        return (ScenarioInput(titleZh: v["title_zh"] ?? "", titleEn: v["title_en"] ?? "", discipline: v["discipline"] ?? "", details: details), errors)
    }

    @Sendable func addScenario(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: ScenarioBatch.ID.self)
        let values = try req.marketForm()
        do {
            let (input, errors) = Self.scenarioInput(values)
            if !errors.isEmpty { throw DomainError.validation(errors) }
            _ = try await req.scenarioBatches.addScenario(to: id, input, by: person)
            return req.redirect(to: ScenarioURL.adminBatch(id.rawValue), notice: MarketScenarioMsg.mscAdded)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await batchPage(req, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func publish(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: ScenarioBatch.ID.self)
        do {
            _ = try await req.scenarioBatches.publish(id, by: person)
            return req.redirect(to: ScenarioURL.adminBatch(id.rawValue), notice: MarketScenarioMsg.mscPublished)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await batchPage(req, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    func solutionPage(_ req: Request, values: [String: String] = [:], errors: [FieldError] = []) async throws -> SolutionAdminPage {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: Solution.ID.self)
        let (solution, scenario, batch) = try await req.scenarioSolutions.find(id, as: person)
        guard MarketAccess.mayManageBatch(MarketAccess.Viewer(person), department: batch.departmentID) else { throw DomainError.notFound(entity: "solution") }
        let subject = MarketPanel.Subject(kind: .solution, id: id.rawValue)
        return SolutionAdminPage(solution: solution, scenario: scenario, batch: batch, panel: try await req.marketPanels.panel(of: subject),
                                 reviews: try await req.marketPanels.reviews(of: subject), pilot: try await req.scenarioPilots.pilot(of: id, as: person),
                                 values: values, errors: errors)
    }

    @Sendable func solution(req: Request) async throws -> Response {
        PageRenderer.response(try await solutionPage(req).render(PageContext(req)))
    }

    /// Runs a department step on a solution and comes back to its page: with a notice, or the errors (422).
    func step(_ req: Request, notice: MarketScenarioMsg, _ body: (Person, Solution.ID, [String: String]) async throws -> Void) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: Solution.ID.self)
        let values = try req.marketForm()
        do {
            try await body(person, id, values)
            return req.redirect(to: ScenarioURL.adminSolution(id.rawValue), notice: notice)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await solutionPage(req, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    static func reviewers(_ v: [String: String]) throws -> Int {
        guard let k = Int((v["reviewers"] ?? "").trimmingCharacters(in: .whitespaces)) else {
            throw DomainError.validation([FieldError(field: "reviewers", rule: "market.panel.size",
                message: LocalizedText(zh: "每项请选 1 到 5 位专家", en: "Choose 1 to 5 experts for each"), basis: .art(29))])
        }
        return k
    }

    @Sendable func panel(req: Request) async throws -> Response {
        try await step(req, notice: .mscAssigned) { person, id, v in
            _ = try await req.scenarioSolutions.assignPanel(id, reviewers: try Self.reviewers(v), by: person)
        }
    }

    @Sendable func decide(req: Request) async throws -> Response {
        try await step(req, notice: .mscDecided) { person, id, v in
            guard let decision = v["decision"], ["select", "reject"].contains(decision) else {
                throw DomainError.validation([FieldError(field: "decision", rule: "solution.decision.choice",
                    message: LocalizedText(zh: "请选择结论", en: "Choose the decision"))])
            }
            _ = try await req.scenarioSolutions.decide(id, select: decision == "select", reason: v["reason"] ?? "",
                                                       pilotStart: v["pilot_start"].flatMap { BeijingDay(parsing: $0.trimmingCharacters(in: .whitespaces)) }, by: person)
        }
    }

    @Sendable func pilot(req: Request) async throws -> Response {
        try await step(req, notice: .mscPilotSaved) { person, id, v in
            guard let milestones = ScenarioComponents.milestones(v["milestones"] ?? "") else {
                throw DomainError.validation([FieldError(field: "milestones", rule: "pilot.milestones.format",
                    message: LocalizedText(zh: "每行以日期开头，如 2027-05-01 部署完成", en: "Start each line with a date, e.g. 2027-05-01 deployed"))])
            }
            _ = try await req.scenarioPilots.record(id, startOn: v["start_on"].flatMap { BeijingDay(parsing: $0.trimmingCharacters(in: .whitespaces)) },
                                                    milestones: milestones, outcome: v["outcome"] ?? "", by: person)
        }
    }

    @Sendable func publishPilot(req: Request) async throws -> Response {
        try await step(req, notice: .mscPilotPublished) { person, id, _ in
            _ = try await req.scenarioPilots.publish(id, by: person)
        }
    }
}
