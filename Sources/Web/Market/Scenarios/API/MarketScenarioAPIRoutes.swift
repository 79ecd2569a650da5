import Foundation
import KechuangCore
import Market
import Vapor

/// Published scenario lists with their scenarios, submitting a solution (after closing: a 422
/// problem citing Art. 35), the public certificate list, and applying for recognition (under a
/// procurement restriction: a 422 problem citing Art. 60).
struct MarketScenarioAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, MarketScenarioAPI.batches, action: .viewScenarios, use: batches)
        routes.on(.GET, MarketScenarioAPI.batch(SiteURL.anyID), action: .viewScenarios, use: batch)
        routes.on(.POST, MarketScenarioAPI.solutions(SiteURL.anyID), action: .submitScenarioSolutions, use: submit)
        routes.on(.GET, MarketScenarioAPI.certificates, action: .viewCertificates, use: certificates)
        routes.on(.POST, MarketScenarioAPI.certificationApplications, action: .applyForCertification, use: apply)
    }

    @Sendable func batches(req: Request) async throws -> [ScenarioBatchJSON] {
        let today = req.marketToday
        var out: [ScenarioBatchJSON] = []
        for b in try await req.scenarioBatches.published() { out.append(ScenarioBatchJSON(b, scenarios: try await req.scenarioBatches.scenarios(of: b.id), today: today)) }
        return out
    }

    @Sendable func batch(req: Request) async throws -> ScenarioBatchJSON {
        let (b, scenarios) = try await req.scenarioBatches.find(try req.idParameter(as: ScenarioBatch.ID.self), as: req.principal?.person)
        return ScenarioBatchJSON(b, scenarios: scenarios, today: req.marketToday)
    }

    struct SolutionBody: Content {
        var organisation_id: UUID?
        var title: String?
        var text: String?
        var team: [TeamMemberJSON]?
        var prior_deployments: String?
    }

    @Sendable func submit(req: Request) async throws -> Response {
        let body = try req.content.decode(SolutionBody.self)
        let input = SolutionInput(organisationID: body.organisation_id, title: body.title ?? "", text: body.text ?? "",
                                  team: (body.team ?? []).map { TeamMember(name: $0.name, email: $0.email, role: $0.role) }, priorDeployments: body.prior_deployments ?? "")
        let s = try await req.scenarioSolutions.submit(to: try req.idParameter(as: Scenario.ID.self), input, by: try req.requirePrincipal().person)
        return try await SolutionJSON(s).created(at: ScenarioURL.solution(s.id.rawValue), for: req)
    }

    @Sendable func certificates(req: Request) async throws -> [CertificateJSON] {
        let today = req.marketToday
        return try await req.certifications.certificates().map { CertificateJSON($0, today: today) }
    }

    struct ApplicationBody: Content {
        var kind: String?
        var organisation_id: UUID?
        var name: String?
        var description: String?
        var discipline: String?
        var evidence: [String: String]?
    }

    @Sendable func apply(req: Request) async throws -> Response {
        let body = try req.content.decode(ApplicationBody.self)
        let a = try await req.certifications.apply(CertificationInput(kind: body.kind.flatMap(CertificationKind.init(rawValue:)), organisationID: body.organisation_id,
                                                                      name: body.name ?? "", description: body.description ?? "", discipline: body.discipline ?? "",
                                                                      evidence: body.evidence ?? [:]), by: try req.requirePrincipal().person)
        return try await CertificateJSON(a, today: req.marketToday).created(at: CertificationURL.application(a.id.rawValue), for: req)
    }
}

struct TeamMemberJSON: Content {
    let name: String
    let email: String
    let role: String
}

struct ScenarioJSON: Content {
    let id: UUID
    let position: Int
    let title_zh: String
    let title_en: String
    let discipline: String
    let problem: String
    let site: String
    let resources: String
    let expected_outcome: String
    let budget_yuan: Int64?
    let timeline: String
    let contact: String

    init(_ s: Scenario) {
        id = s.id.rawValue
        position = s.position
        title_zh = s.titleZh
        title_en = s.titleEn
        discipline = s.discipline
        problem = s.details.problem
        site = s.details.site
        resources = s.details.resources
        expected_outcome = s.details.expectedOutcome
        budget_yuan = s.details.budgetYuan
        timeline = s.details.timeline
        contact = s.details.contact
    }
}

struct ScenarioBatchJSON: Content {
    let id: UUID
    let department_id: UUID
    let department: String
    let title_zh: String
    let title_en: String
    let summary: String
    let published_on: String?
    let closes_on: String
    let phase: String
    let scenarios: [ScenarioJSON]
    let article: String

    init(_ b: ScenarioBatch, scenarios list: [Scenario], today: BeijingDay) {
        id = b.id.rawValue
        department_id = b.departmentID
        department = b.departmentName
        title_zh = b.titleZh
        title_en = b.titleEn
        summary = b.summary
        published_on = b.publishedOn?.description
        closes_on = b.closesOn.description
        phase = b.phase(on: today).rawValue
        scenarios = list.map(ScenarioJSON.init)
        article = "35"
    }
}

struct SolutionJSON: Content {
    let id: UUID
    let scenario_id: UUID
    let organisation_id: UUID
    let title: String
    let state: String
    let submitted_at: Date

    init(_ s: Solution) {
        id = s.id.rawValue
        scenario_id = s.scenarioID.rawValue
        organisation_id = s.organisationID
        title = s.title
        state = s.state.rawValue
        submitted_at = s.submittedAt
    }
}

struct CertificateJSON: Content {
    let id: UUID
    let kind: String
    let organisation: String
    let name: String
    let state: String
    let certificate_number: String?
    let valid_from: String?
    let valid_until: String?
    let in_force: Bool
    let revocation_reason: String
    let article: String

    init(_ a: CertificationApplication, today: BeijingDay) {
        id = a.id.rawValue
        kind = a.kind.rawValue
        organisation = a.organisationName
        name = a.name
        state = a.state.rawValue
        certificate_number = a.certificateNumber
        valid_from = a.validFrom?.description
        valid_until = a.validUntil?.description
        in_force = a.isInForce(on: today)
        revocation_reason = a.revocationReason
        article = "34(2)"
    }
}
