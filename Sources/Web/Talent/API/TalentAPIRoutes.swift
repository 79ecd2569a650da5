import Foundation
import KechuangCore
import Talent
import Vapor

/// The Talent API: the catalogue with its versions (Art. 40), openings and their search,
/// representative achievements (a sixth is a 422 problem citing Art. 41), one-stop service
/// requests and their steps (Art. 47, 72), compliance, and the points calculator (Art. 72).
struct TalentAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, TalentAPI.catalogue, action: .viewTalent, use: catalogue)
        routes.on(.GET, TalentAPI.entry(SiteURL.anyID), action: .viewTalent, use: entry)
        routes.on(.POST, TalentAPI.catalogue, action: .manageTalentCatalogue, use: publish)
        routes.on(.POST, TalentAPI.adjust(SiteURL.anyID), action: .manageTalentCatalogue, use: adjust)
        routes.on(.GET, TalentAPI.openings, action: .viewTalent, use: openings)
        routes.on(.POST, TalentAPI.openings, action: .postTalentOpenings, use: post)
        routes.on(.GET, TalentAPI.achievements, action: .useTalentServices, use: achievements)
        routes.on(.POST, TalentAPI.achievements, action: .useTalentServices, use: addAchievement)
        routes.on(.GET, TalentAPI.requests, action: .useTalentServices, use: requests)
        routes.on(.POST, TalentAPI.requests, action: .useTalentServices, use: submit)
        routes.on(.GET, TalentAPI.request(SiteURL.anyID), action: .useTalentServices, use: request)
        routes.on(.POST, TalentAPI.steps(SiteURL.anyID), action: .useTalentServices, use: step)
        routes.on(.GET, TalentAPI.compliance, action: .viewTalent, use: compliance)
        routes.on(.POST, TalentAPI.points, action: .viewTalent, use: points)
    }

    @Sendable func catalogue(req: Request) async throws -> [CatalogueEntryJSON] {
        try await req.talentCatalogue.current().map(CatalogueEntryJSON.init)
    }

    @Sendable func entry(req: Request) async throws -> CatalogueEntryVersionsJSON {
        let entry = try await req.talentCatalogue.find(try req.idParameter(as: CatalogueEntry.ID.self))
        return CatalogueEntryVersionsJSON(entry: .init(entry), current: try await req.talentCatalogue.isCurrent(entry),
                                          versions: try await req.talentCatalogue.versions(code: entry.code).map(CatalogueEntryJSON.init))
    }

    @Sendable func publish(req: Request) async throws -> Response {
        let entry = try await req.talentCatalogue.publish(try req.content.decode(CatalogueEntryBody.self).input, by: try req.requirePrincipal().person)
        return try await CatalogueEntryJSON(entry).created(at: TalentAPI.entry(entry.id.rawValue), for: req)
    }

    @Sendable func adjust(req: Request) async throws -> Response {
        let entry = try await req.talentCatalogue.adjust(try req.idParameter(as: CatalogueEntry.ID.self), try req.content.decode(CatalogueEntryBody.self).input,
                                                         by: try req.requirePrincipal().person)
        return try await CatalogueEntryJSON(entry).created(at: TalentAPI.entry(entry.id.rawValue), for: req)
    }

    @Sendable func openings(req: Request) async throws -> [OpeningJSON] {
        try await TalentRoutes.find(TalentRoutes.queryItems(req), req: req, limit: 500).map(OpeningJSON.init)
    }

    @Sendable func post(req: Request) async throws -> Response {
        let opening = try await req.talentOpenings.post(try TalentForm.opening(try req.content.decode(OpeningBody.self).values), by: try req.requirePrincipal().person)
        return try await OpeningJSON(opening).created(at: TalentURL.opening(opening.id.rawValue), for: req)
    }

    @Sendable func achievements(req: Request) async throws -> [AchievementJSON] {
        try await req.talentAchievements.list(of: try req.requirePrincipal().person.id).map(AchievementJSON.init)
    }

    @Sendable func addAchievement(req: Request) async throws -> Response {
        let a = try await req.talentAchievements.add(try req.content.decode(AchievementBody.self).input, by: try req.requirePrincipal().person)
        return try await AchievementJSON(a).created(at: TalentAPI.achievements, for: req)
    }

    @Sendable func requests(req: Request) async throws -> [ServiceRequestJSON] {
        try await req.serviceRequests.mine(try req.requirePrincipal().person).map { ServiceRequestJSON($0) }
    }

    @Sendable func submit(req: Request) async throws -> Response {
        let body = try req.content.decode(ServiceRequestBody.self)
        let r = try await req.serviceRequests.submit(kind: body.kind.flatMap(ServiceKind.init(rawValue:)), details: body.details ?? "",
                                                     documents: body.documents ?? [], by: try req.requirePrincipal().person)
        return try await ServiceRequestJSON(r).created(at: TalentAPI.request(r.id.rawValue), for: req)
    }

    @Sendable func request(req: Request) async throws -> ServiceRequestJSON {
        let (r, events) = try await req.serviceRequests.find(try req.idParameter(as: ServiceRequest.ID.self), as: try req.requirePrincipal().person)
        return ServiceRequestJSON(r, events: events)
    }

    @Sendable func step(req: Request) async throws -> ServiceRequestJSON {
        let body = try req.content.decode(ServiceStepBody.self)
        guard let step = body.step.flatMap(ServiceStep.init(rawValue:)) else {
            throw DomainError.validation([FieldError(field: "step", rule: "service.step.required",
                                                     message: LocalizedText(zh: "请选择操作", en: "Select a step"), basis: .art(47))])
        }
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: ServiceRequest.ID.self)
        _ = try await req.serviceRequests.step(id, step, note: body.note ?? "", expectedVersion: body.version, by: person)
        let (r, events) = try await req.serviceRequests.find(id, as: person)
        return ServiceRequestJSON(r, events: events)
    }

    @Sendable func compliance(req: Request) async throws -> [ComplianceJSON] {
        try await req.serviceRequests.escalateOverdue()
        return try await req.serviceRequests.compliance().map(ComplianceJSON.init)
    }

    @Sendable func points(req: Request) async throws -> PointsJSON {
        let (facts, errors) = TalentForm.points(try req.content.decode(PointsBody.self).query)
        if !errors.isEmpty { throw DomainError.validation(errors) }
        return PointsJSON(PointsAssessment.assess(facts, on: BeijingDay(containing: req.services.now())))
    }
}
