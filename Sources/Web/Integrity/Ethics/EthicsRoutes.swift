import Foundation
import Identity
import Integrity
import KechuangCore
import Vapor

extension Request {
    var ethicsRegistry: EthicsRegistry { EthicsRegistry(db: db, now: services.now) }
}

/// The ethics registry (Art. 61): the public register of committees; research offices and integrity
/// officers register committees, decisions and expert re-reviews (`EthicsAccess` decides which).
struct EthicsRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, EthicsURL.registry, action: .viewEthicsRegistry, use: registry)
        routes.on(.GET, EthicsURL.manage, action: .manageEthicsRegistry, use: manage)
        routes.on(.POST, EthicsURL.committees, action: .manageEthicsRegistry, use: registerCommittee)
        routes.on(.POST, EthicsURL.approvals, action: .manageEthicsRegistry, use: recordApproval)
        routes.on(.POST, EthicsURL.expertReviews, action: .manageEthicsRegistry, use: recordExpertReview)
    }

    @Sendable func registry(req: Request) async throws -> Response {
        let committees = try await req.ethicsRegistry.committees()
        var organisations: [UUID: Organisation] = [:]
        for id in Set(committees.map(\.organisationID)) { organisations[id] = try await req.organisations.find(Organisation.ID(id)) }
        let page = EthicsRegistryPage(committees: committees, organisations: organisations, today: BeijingDay(containing: req.services.now()))
        return PageRenderer.response(page.render(PageContext(req)))
    }

    func managePage(_ req: Request, form: String = "", values: [String: String] = [:], errors: [FieldError] = []) async throws -> EthicsManagePage {
        let person = try req.requirePrincipal().person
        let viewer = EthicsAccess.Viewer(person)
        let organisations = try await req.organisations.list(limit: 1000).filter { EthicsAccess.mayManage(viewer, organisation: $0.id.rawValue) }
        return EthicsManagePage(committees: try await req.ethicsRegistry.committees(managedBy: person), organisations: organisations,
                                approvals: try await req.ethicsRegistry.approvals(visibleTo: person), today: BeijingDay(containing: req.services.now()),
                                form: form, values: values, errors: errors)
    }

    @Sendable func manage(req: Request) async throws -> Response {
        PageRenderer.response(try await managePage(req).render(PageContext(req)))
    }

    /// Runs one registration; a refusal shows the page again with its form's errors (422).
    func submit(_ req: Request, form: String, notice: EthicsMsg,
                _ body: @escaping @Sendable ([String: String], Person) async throws -> Void) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.content.decode([String: String].self)
        do {
            try await body(values, person)
            return req.redirect(to: EthicsURL.manage, notice: notice)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await managePage(req, form: form, values: values, errors: errors).render(PageContext(req)),
                                         status: .unprocessableEntity)
        }
    }

    @Sendable func registerCommittee(req: Request) async throws -> Response {
        try await submit(req, form: "committee", notice: .ethRegistered) { values, person in
            _ = try await req.ethicsRegistry.registerCommittee(try EthicsForm.committee(values), by: person)
        }
    }

    @Sendable func recordApproval(req: Request) async throws -> Response {
        try await submit(req, form: "approval", notice: .ethRecorded) { values, person in
            _ = try await req.ethicsRegistry.recordApproval(try EthicsForm.approval(values), by: person)
        }
    }

    @Sendable func recordExpertReview(req: Request) async throws -> Response {
        try await submit(req, form: "review", notice: .ethReviewRecorded) { values, person in
            guard let id = values["approval_id"].flatMap(UUID.init(uuidString:)) else {
                throw DomainError.validation([FieldError(field: "approval_id", rule: "ethics.expert_review.approval.required",
                                                         message: LocalizedText(zh: "请选择批件", en: "Select the approval"), basis: .art(61))])
            }
            _ = try await req.ethicsRegistry.recordExpertReview(EthicsApproval.ID(id), try EthicsForm.expertReview(values), by: person)
        }
    }

    // MARK: API

    @Sendable func committeesJSON(req: Request) async throws -> [EthicsCommitteeJSON] {
        try await req.ethicsRegistry.committees().map(EthicsCommitteeJSON.init)
    }

    @Sendable func approvalsJSON(req: Request) async throws -> [EthicsApprovalJSON] {
        try await req.ethicsRegistry.approvals(visibleTo: try req.requirePrincipal().person).map(EthicsApprovalJSON.init)
    }
}

struct EthicsCommitteeJSON: Content {
    struct Member: Content {
        let name: String
        let expertise: String
    }

    let id: UUID
    let organisation_id: UUID
    let name_zh: String
    let name_en: String
    let registration_number: String
    let registration_date: String
    let scopes: [String]
    let members: [Member]
    let article: String

    init(_ m: EthicsCommittee) {
        id = m.id.rawValue; organisation_id = m.organisationID; name_zh = m.nameZh; name_en = m.nameEn
        registration_number = m.registrationNumber; registration_date = m.registrationDate.description
        scopes = m.scopes.map(\.rawValue); members = m.members.map { Member(name: $0.name, expertise: $0.expertise) }; article = "61(2)"
    }
}

struct EthicsApprovalJSON: Content {
    struct Review: Content {
        let reviewed_on: String
        let body: String
        let approved: Bool
        let note: String
    }

    let id: UUID
    let committee_id: UUID
    let approval_number: String
    let project_title: String
    let decision_date: String
    let scopes: [String]
    let valid_from: String
    let valid_until: String
    let high_risk_activities: [String]
    let expert_review: Review?
    let article: String

    init(_ a: EthicsApproval) {
        id = a.id.rawValue; committee_id = a.committeeID.rawValue; approval_number = a.approvalNumber; project_title = a.projectTitle
        decision_date = a.decisionDate.description; scopes = a.scopes.map(\.rawValue); valid_from = a.validFrom.description
        valid_until = a.validUntil.description; high_risk_activities = a.highRiskActivities
        expert_review = a.expertReview.map { Review(reviewed_on: $0.reviewedOn.description, body: $0.body, approved: $0.approved, note: $0.note) }
        article = "61"
    }
}
