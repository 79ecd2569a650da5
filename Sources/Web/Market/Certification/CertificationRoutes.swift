import Foundation
import Identity
import KechuangCore
import Market
import Vapor

/// Certification (Art. 34): the public list of certificates, applying with evidence per criterion
/// (refused under a procurement restriction, Art. 60), and the departments' panel, decision and revocation.
struct CertificationRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, CertificationURL.certificates, action: .viewCertificates, use: certificates)
        routes.on(.GET, CertificationURL.apply, action: .applyForCertification, use: applyForm)
        routes.on(.POST, CertificationURL.apply, action: .applyForCertification, use: apply)
        routes.on(.GET, CertificationURL.application(SiteURL.anyID), action: .applyForCertification, use: application)
        routes.on(.GET, CertificationURL.admin, action: .manageCertification, use: admin)
        routes.on(.GET, CertificationURL.adminApplication(SiteURL.anyID), action: .manageCertification, use: adminApplication)
        routes.on(.POST, CertificationURL.adminPanel(SiteURL.anyID), action: .manageCertification, use: panel)
        routes.on(.POST, CertificationURL.adminDecision(SiteURL.anyID), action: .manageCertification, use: decide)
        routes.on(.POST, CertificationURL.adminRevoke(SiteURL.anyID), action: .manageCertification, use: revoke)
    }

    @Sendable func certificates(req: Request) async throws -> Response {
        PageRenderer.response(CertificatesPage(certificates: try await req.certifications.certificates(), today: req.marketToday).render(PageContext(req)))
    }

    func applyPage(_ req: Request, kind: CertificationKind?, values: [String: String] = [:], errors: [FieldError] = []) async throws -> CertificationApplyPage {
        let person = try req.requirePrincipal().person
        return CertificationApplyPage(kind: kind, organisations: try await req.actingOrganisations(person), values: values, errors: errors)
    }

    @Sendable func applyForm(req: Request) async throws -> Response {
        let kind = (try? req.query.get(String.self, at: "kind")).flatMap(CertificationKind.init(rawValue:))
        return PageRenderer.response(try await applyPage(req, kind: kind).render(PageContext(req)))
    }

    static func input(_ v: [String: String]) -> CertificationInput {
        CertificationInput(kind: v["kind"].flatMap(CertificationKind.init(rawValue:)), organisationID: v["organisation_id"].flatMap(UUID.init(uuidString:)),
                           name: v["name"] ?? "", description: v["description"] ?? "", discipline: v["discipline"] ?? "",
                           evidence: v.filter { $0.key.hasPrefix("evidence_") }.reduce(into: [:]) { $0[String($1.key.dropFirst(9))] = $1.value })
    }

    @Sendable func apply(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.marketForm()
        let input = Self.input(values)
        do {
            let a = try await req.certifications.apply(input, by: person)
            return req.redirect(to: CertificationURL.application(a.id.rawValue), notice: MarketScenarioMsg.mcrApplied)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await applyPage(req, kind: input.kind, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func application(req: Request) async throws -> Response {
        let a = try await req.certifications.find(try req.idParameter(as: CertificationApplication.ID.self), as: try req.requirePrincipal().person)
        return PageRenderer.response(CertificationApplicationPage(application: a).render(PageContext(req)))
    }

    @Sendable func admin(req: Request) async throws -> Response {
        PageRenderer.response(CertificationAdminListPage(applications: try await req.certifications.all(as: try req.requirePrincipal().person)).render(PageContext(req)))
    }

    func adminPage(_ req: Request, values: [String: String] = [:], errors: [FieldError] = []) async throws -> CertificationAdminPage {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: CertificationApplication.ID.self)
        let a = try await req.certifications.find(id, as: person)
        guard MarketAccess.mayManageCertification(MarketAccess.Viewer(person)) else { throw DomainError.notFound(entity: "certification application") }
        let subject = MarketPanel.Subject(kind: .certification, id: id.rawValue)
        return CertificationAdminPage(application: a, panel: try await req.marketPanels.panel(of: subject), reviews: try await req.marketPanels.reviews(of: subject),
                                      values: values, errors: errors)
    }

    @Sendable func adminApplication(req: Request) async throws -> Response {
        PageRenderer.response(try await adminPage(req).render(PageContext(req)))
    }

    func step(_ req: Request, notice: MarketScenarioMsg, _ body: (Person, CertificationApplication.ID, [String: String]) async throws -> Void) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: CertificationApplication.ID.self)
        let values = try req.marketForm()
        do {
            try await body(person, id, values)
            return req.redirect(to: CertificationURL.adminApplication(id.rawValue), notice: notice)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await adminPage(req, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func panel(req: Request) async throws -> Response {
        try await step(req, notice: .mscAssigned) { person, id, v in
            _ = try await req.certifications.assignPanel(id, reviewers: try ScenarioAdminRoutes.reviewers(v), by: person)
        }
    }

    @Sendable func decide(req: Request) async throws -> Response {
        try await step(req, notice: .mcrDecided) { person, id, v in
            guard let decision = v["decision"], ["certify", "refuse"].contains(decision) else {
                throw DomainError.validation([FieldError(field: "decision", rule: "certification.decision.choice",
                    message: LocalizedText(zh: "请选择结论", en: "Choose the decision"))])
            }
            _ = try await req.certifications.decide(id, certify: decision == "certify", reason: v["reason"] ?? "", by: person)
        }
    }

    @Sendable func revoke(req: Request) async throws -> Response {
        try await step(req, notice: .mcrRevoked) { person, id, v in
            _ = try await req.certifications.revoke(id, reason: v["revocation_reason"] ?? "", by: person)
        }
    }
}
