import Foundation
import Identity
import KechuangCore
import Projects
import Vapor

/// Applications over the JSON API: the PI starts, edits, checks, submits and withdraws; the
/// research office of the PI's organisation decides (Art. 22); the programme officer lists what
/// reached them. Anyone who may not see an application is told it does not exist (404).
struct ApplicationAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        let api = routes.grouped("api", "v1")
        api.on(.POST, ["calls", ":id", "applications"], action: .applyForCalls, use: start)
        api.on(.GET, ["calls", ":id", "applications"], action: .viewCallApplications, use: callApplications)
        api.on(.GET, ["applications"], action: .applyForCalls, use: mine)
        // Seen by the PI, the research office and (once it reached them) officers: the handler decides.
        api.on(.GET, ["applications", ":id"], action: .viewApplication, use: show)
        api.on(.PUT, ["applications", ":id"], action: .applyForCalls, use: update)
        api.on(.GET, ["applications", ":id", "problems"], action: .viewApplication, use: problems)
        api.on(.POST, ["applications", ":id", "submit"], action: .applyForCalls, use: submit)
        api.on(.POST, ["applications", ":id", "withdraw"], action: .applyForCalls, use: withdraw)
        api.on(.POST, ["applications", ":id", "decision"], action: .reviewInstitutionApplications, use: decide)
    }

    // MARK: Access

    /// Whether `person` may see the application: its PI, a research office of its organisation,
    /// or a programme officer or platform admin once it is with the officer.
    /// The rule is `ApplicationAccess.mayView` (Projects); the service applies it in `find(_:as:)`.
    static func mayView(_ application: GrantApplication, _ person: Person) -> Bool {
        ApplicationAccess.mayView(application, as: person)
    }

    func visible(_ req: Request) async throws -> GrantApplication {
        try await req.applications.find(try req.idParameter(), as: try req.requirePrincipal().person)
    }

    /// The application, only for its own PI; anyone else is told it does not exist.
    func owned(_ req: Request) async throws -> (GrantApplication, Person) {
        let person = try req.requirePrincipal().person
        let application = try await req.applications.find(try req.idParameter())
        guard application.principalInvestigatorID == person.id else { throw DomainError.notFound(entity: "application") }
        return (application, person)
    }

    // MARK: Handlers

    struct StartBody: Content {
        var organisation_id: String?
    }

    @Sendable func start(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let callID = try await req.calls.find(try req.idParameter()).id
        let body: StartBody = req.body.data == nil ? StartBody() : try req.content.decode(StartBody.self)
        let organisation: UUID
        if let raw = body.organisation_id, !raw.isEmpty {
            guard let id = UUID(uuidString: raw) else {
                throw DomainError.validation([FieldError(field: "organisation_id", rule: "application.organisation.id",
                    message: LocalizedText(zh: "单位标识格式不正确", en: "The organisation id is not a valid id"))])
            }
            organisation = id
        } else {
            guard let first = person.memberships.first(where: { $0.role == .applicant })?.organisationID else {
                throw DomainError.forbidden(LocalizedText(zh: "您没有申请人身份，不能申报", en: "You do not hold an applicant role, so you cannot apply"), basis: nil)
            }
            organisation = first
        }
        let application = try await req.applications.start(call: callID, principalInvestigator: person, organisation: organisation)
        let response = try await GrantApplicationJSON(application).encodeResponse(status: .created, for: req)
        response.headers.replaceOrAdd(name: "Location", value: "/api/v1/applications/\(application.id.uuidString.lowercased())")
        return response
    }

    @Sendable func mine(req: Request) async throws -> [GrantApplicationJSON] {
        let person = try req.requirePrincipal().person
        return try await req.applications.list(principalInvestigator: person.id).map(GrantApplicationJSON.init)
    }

    @Sendable func show(req: Request) async throws -> GrantApplicationJSON {
        GrantApplicationJSON(try await visible(req))
    }

    @Sendable func update(req: Request) async throws -> GrantApplicationJSON {
        let (application, person) = try await owned(req)
        let body = try req.content.decode(ApplicationBody.self)
        guard let version = body.version else { throw APIRoutes.versionRequired }
        let draft = try body.draft(keepingConfirmationsOf: application)
        return GrantApplicationJSON(try await req.applications.save(application.id, draft, expectedVersion: version, by: person))
    }

    @Sendable func problems(req: Request) async throws -> ApplicationProblemsJSON {
        let application = try await visible(req)
        return ApplicationProblemsJSON(problems: try await req.applications.problems(application.id).map(ApplicationProblemsJSON.Item.init))
    }

    @Sendable func submit(req: Request) async throws -> GrantApplicationJSON {
        let (application, person) = try await owned(req)
        return GrantApplicationJSON(try await req.applications.submit(application.id, by: person))
    }

    @Sendable func withdraw(req: Request) async throws -> GrantApplicationJSON {
        let (application, person) = try await owned(req)
        return GrantApplicationJSON(try await req.applications.withdraw(application.id, by: person))
    }

    struct DecisionBody: Content {
        var approve: Bool?
        var comment: String?
    }

    @Sendable func decide(req: Request) async throws -> GrantApplicationJSON {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter()
        let body = try req.content.decode(DecisionBody.self)
        guard let approve = body.approve else {
            throw DomainError.validation([FieldError(field: "approve", rule: "application.decision.required",
                message: LocalizedText(zh: "请说明是否同意（approve: true 或 false）", en: "Say whether you approve (approve: true or false)"))])
        }
        return GrantApplicationJSON(try await req.applications.decide(id, approve: approve, comment: body.comment, by: person))
    }

    @Sendable func callApplications(req: Request) async throws -> [GrantApplicationJSON] {
        let call = try await req.calls.find(try req.idParameter())
        return try await req.applications.list(call: call.id).map(GrantApplicationJSON.init)
    }
}

// MARK: JSON shapes

struct GrantApplicationJSON: Content {
    struct Member: Content {
        let name: String
        let email: String
        let organisation_id: UUID?
        let confirmed_at: Date?
    }

    struct Line: Content {
        let category: String
        let amount: Int
        let note: String
    }

    let id: UUID
    let call_id: UUID
    let principal_investigator_id: UUID
    let organisation_id: UUID
    let title_zh: String
    let title_en: String
    let keywords: String
    let discipline: String
    let summary: String
    let plan: String
    let sensitive_areas: [String]
    let has_ethics_approval: Bool
    let pi_phd_year: Int?
    let team: [Member]
    let partners: [UUID]
    let budget: [Line]
    let budget_total: Int
    let sections: [String: String]
    let state: String
    let submitted_at: Date?
    let office_comment: String?
    let officer_note: String?
    let version: Int

    init(_ a: GrantApplication) {
        id = a.id; call_id = a.callID; principal_investigator_id = a.principalInvestigatorID; organisation_id = a.organisationID
        title_zh = a.titleZh; title_en = a.titleEn; keywords = a.keywords; discipline = a.discipline; summary = a.summary; plan = a.plan
        sensitive_areas = a.sensitiveAreas.sorted(); has_ethics_approval = a.hasEthicsApproval; pi_phd_year = a.piPhDYear
        team = a.team.map { Member(name: $0.name, email: $0.email, organisation_id: $0.organisationID, confirmed_at: $0.confirmedAt) }
        partners = a.partners; budget = a.budget.map { Line(category: $0.category, amount: $0.amount, note: $0.note) }
        budget_total = a.budgetTotal; sections = a.sections; state = a.state.rawValue; submitted_at = a.submittedAt; office_comment = a.officeComment
        officer_note = a.officerNote; version = a.version
    }
}

/// The draft's fields as the API receives them (PUT sends the whole draft, with the version read).
struct ApplicationBody: Content {
    struct Member: Content {
        var name: String?
        var email: String?
        var organisation_id: String?
    }

    struct Line: Content {
        var category: String?
        var amount: Int?
        var note: String?
    }

    var title_zh: String?
    var title_en: String?
    var keywords: String?
    var discipline: String?
    var summary: String?
    var plan: String?
    var sensitive_areas: [String]?
    var has_ethics_approval: Bool?
    var pi_phd_year: Int?
    var team: [Member]?
    var partners: [String]?
    var budget: [Line]?
    /// The call's written sections, by heading.
    var sections: [String: String]?
    var version: Int?

    static let sensitiveAreas: Set<String> = ["human", "animal", "ai", "other"]

    /// The draft, or every field that cannot be read. A team member keeps the confirmation they
    /// already gave (matched by email and organisation).
    func draft(keepingConfirmationsOf current: GrantApplication) throws -> ApplicationDraft {
        var errors: [FieldError] = []
        func uuid(_ raw: String?, field: String) -> UUID? {
            guard let raw, !raw.isEmpty else { return nil }
            if let id = UUID(uuidString: raw) { return id }
            errors.append(FieldError(field: field, rule: "application.id.format",
                message: LocalizedText(zh: "单位标识格式不正确", en: "This is not a valid organisation id")))
            return nil
        }
        let areas = Set(sensitive_areas ?? [])
        if !areas.isSubset(of: Self.sensitiveAreas) {
            errors.append(FieldError(field: "sensitive_areas", rule: "application.sensitive_areas.known",
                message: LocalizedText(zh: "敏感领域只能是 human、animal、ai 或 other", en: "Sensitive areas are human, animal, ai or other")))
        }
        var members: [TeamMember] = []
        for (index, member) in (team ?? []).enumerated() {
            let organisation = uuid(member.organisation_id, field: "team[\(index)].organisation_id")
            let email = (member.email ?? "").trimmingCharacters(in: .whitespaces)
            let confirmed = current.team.first { $0.email.lowercased() == email.lowercased() && $0.organisationID == organisation }?.confirmedAt
            members.append(TeamMember(name: member.name ?? "", email: email, organisationID: organisation, confirmedAt: confirmed))
        }
        var partnerIDs: [UUID] = []
        for (index, raw) in (partners ?? []).enumerated() {
            if let id = uuid(raw, field: "partners[\(index)]") { partnerIDs.append(id) }
        }
        var lines: [BudgetLine] = []
        for (index, line) in (budget ?? []).enumerated() {
            let category = line.category ?? ""
            if !(BudgetLine.categories + ["lump_sum"]).contains(category) {
                errors.append(FieldError(field: "budget[\(index)].category", rule: "application.budget.category",
                    message: LocalizedText(zh: "预算科目不存在", en: "There is no such budget category")))
            }
            lines.append(BudgetLine(category: category, amount: line.amount ?? 0, note: line.note ?? ""))
        }
        if !errors.isEmpty { throw DomainError.validation(errors) }
        return ApplicationDraft(titleZh: title_zh ?? "", titleEn: title_en ?? "", keywords: keywords ?? "", discipline: (discipline ?? "").uppercased(), summary: summary ?? "",
                                plan: plan ?? "", sensitiveAreas: areas, hasEthicsApproval: has_ethics_approval ?? false,
                                piPhDYear: pi_phd_year, team: members, partners: partnerIDs, budget: lines, sections: sections ?? [:])
    }
}

/// The self-check: every problem that would stop submission, with the article behind it.
struct ApplicationProblemsJSON: Content {
    struct Item: Content {
        let field: String
        let rule: String
        let message_zh: String
        let message_en: String
        let article: String?

        init(_ error: FieldError) {
            field = error.field; rule = error.rule; message_zh = error.message.zh; message_en = error.message.en
            if case .article(let ref)? = error.basis { article = ref.code } else { article = nil }
        }
    }

    let problems: [Item]
}
