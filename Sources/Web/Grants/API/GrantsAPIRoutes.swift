import Foundation
import Grants
import Identity
import KechuangCore
import Projects
import Vapor

/// The funding decision, projects, task agreements and the young scientists' share over the JSON
/// API: the same services as the pages, so the same refusals, each citing its article in the problem.
struct GrantsAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        let any = SiteURL.anyID
        routes.on(.GET, GrantsAPI.award(any), action: .decideFunding, use: facts)
        routes.on(.POST, GrantsAPI.award(any), action: .decideFunding, use: fund)
        routes.on(.POST, GrantsAPI.notFunded(any), action: .decideFunding, use: notFund)
        routes.on(.GET, GrantsAPI.projects, action: .viewProjects, use: projects)
        routes.on(.GET, GrantsAPI.project(any), action: .viewProjects, use: project)
        routes.on(.GET, GrantsAPI.agreement(any), action: .viewProjects, use: agreement)
        routes.on(.PUT, GrantsAPI.agreement(any), action: .signProjectAgreements, use: update)
        routes.on(.POST, GrantsAPI.agreementSignatures(any), action: .signProjectAgreements, use: sign)
        routes.on(.GET, GrantsAPI.youngScientists, action: .decideFunding, use: young)
    }

    func person(_ req: Request) throws -> Person { try req.requirePrincipal().person }

    struct AwardBody: Content {
        var awarded_amount: Int?
        var start_date: String?
        var end_date: String?
        var funding_kind: String?
        var research_type: String?
        var reason: String?
        var down_selection_milestone: String?
    }

    struct ReasonBody: Content {
        var reason: String?
    }

    struct SignBody: Content {
        var party: String?
        /// The digest of the text the signer read (optional; refused when the text changed since).
        var sha256: String?
    }

    @Sendable func facts(req: Request) async throws -> FundingFactsJSON {
        FundingFactsJSON(try await req.awards.facts(try req.idParameter(as: GrantApplication.ID.self), as: try person(req)))
    }

    @Sendable func fund(req: Request) async throws -> Response {
        let body = try req.content.decode(AwardBody.self)
        let input = AwardInput(awardedAmount: body.awarded_amount.map(String.init) ?? "", startDate: body.start_date ?? "", endDate: body.end_date ?? "",
                               fundingKind: body.funding_kind ?? "", researchType: body.research_type ?? "", reason: body.reason ?? "",
                               downSelectionMilestone: body.down_selection_milestone ?? "")
        let project = try await req.awards.fund(try req.idParameter(as: GrantApplication.ID.self), input, by: try person(req))
        return try await ProjectJSON(project).created(at: GrantsAPI.project(project.id.rawValue), for: req)
    }

    @Sendable func notFund(req: Request) async throws -> FundingFactsJSON {
        let body = try req.content.decode(ReasonBody.self)
        let id = try req.idParameter(as: GrantApplication.ID.self)
        let officer = try person(req)
        _ = try await req.awards.notFund(id, reason: body.reason ?? "", by: officer)
        return FundingFactsJSON(try await req.awards.facts(id, as: officer))
    }

    @Sendable func projects(req: Request) async throws -> [ProjectJSON] {
        try await req.grantProjects.list(for: try person(req)).map(ProjectJSON.init)
    }

    @Sendable func project(req: Request) async throws -> ProjectJSON {
        ProjectJSON(try await req.grantProjects.find(try req.idParameter(as: Project.ID.self), as: try person(req)))
    }

    @Sendable func agreement(req: Request) async throws -> AgreementJSON {
        AgreementJSON(try await req.taskAgreements.find(project: try req.idParameter(as: Project.ID.self), as: try person(req)))
    }

    @Sendable func update(req: Request) async throws -> AgreementJSON {
        let input = try req.content.decode(AgreementInput.self)
        return AgreementJSON(try await req.taskAgreements.update(project: try req.idParameter(as: Project.ID.self), input, by: try person(req)))
    }

    @Sendable func sign(req: Request) async throws -> Response {
        let body = try req.content.decode(SignBody.self)
        guard let party = body.party.flatMap(AgreementParty.init(rawValue:)) else {
            throw DomainError.validation([FieldError(field: "party", rule: "agreement.party.required",
                message: LocalizedText(zh: "请写明签署方：principal_investigator、research_office 或 programme_officer",
                                       en: "Name the party: principal_investigator, research_office or programme_officer"))])
        }
        let id = try req.idParameter(as: Project.ID.self)
        let view = try await req.taskAgreements.sign(project: id, as: party, sha256: body.sha256, by: try person(req))
        return try await AgreementJSON(view).created(at: GrantsAPI.agreement(id.rawValue), for: req)
    }

    @Sendable func young(req: Request) async throws -> [YoungShareJSON] {
        let definition = YoungScientistDefinition.standard
        return try await req.youngScientists.shares(birthYear: req.birthYearByEmail).map {
            YoungShareJSON(programme_id: $0.programmeID, programme_zh: $0.programmeName.zh, programme_en: $0.programmeName.en, year: $0.year,
                           projects: $0.projects, led_by_young: $0.ledByYoung, joined_by_young: $0.joinedByYoung, led_share: $0.ledShare,
                           joined_share: $0.joinedShare, definition_zh: definition.source.zh, definition_en: definition.source.en)
        }
    }
}
