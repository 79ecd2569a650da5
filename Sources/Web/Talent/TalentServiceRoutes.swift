import Foundation
import Identity
import KechuangCore
import Talent
import Vapor

/// The signed-in pages of the Talent module: one's representative achievements (Art. 41) and the
/// evaluators' dossier; the one-stop service (Art. 47, 72) for the person and the departments' desks.
struct TalentServiceRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, TalentURL.achievements, action: .useTalentServices, use: achievements)
        routes.on(.POST, TalentURL.achievements, action: .useTalentServices, use: addAchievement)
        routes.on(.POST, TalentURL.removeAchievement(SiteURL.anyID), action: .useTalentServices, use: removeAchievement)
        routes.on(.GET, TalentURL.dossier(SiteURL.anyID), action: .readTalentDossiers, use: dossier)
        routes.on(.GET, TalentURL.services, action: .useTalentServices, use: services)
        routes.on(.POST, TalentURL.services, action: .useTalentServices, use: submit)
        routes.on(.GET, TalentURL.request(SiteURL.anyID), action: .useTalentServices, use: request)
        routes.on(.POST, TalentURL.step(SiteURL.anyID), action: .useTalentServices, use: step)
        routes.on(.GET, TalentURL.desk, action: .serveTalentDesks, use: desk)
        routes.on(.POST, TalentURL.deskOfficers, action: .managePeople, use: assign)
    }

    // MARK: Achievements (Art. 41)

    func achievementsPage(_ req: Request, values: [String: String] = [:], errors: [FieldError] = []) async throws -> AchievementsPage {
        AchievementsPage(achievements: try await req.talentAchievements.list(of: try req.requirePrincipal().person.id), values: values, errors: errors)
    }

    @Sendable func achievements(req: Request) async throws -> Response {
        PageRenderer.response(try await achievementsPage(req).render(PageContext(req)))
    }

    @Sendable func addAchievement(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.formValues()
        do {
            _ = try await req.talentAchievements.add(TalentForm.achievement(values), by: person)
            return req.redirect(to: TalentURL.achievements, notice: TalentMsg.talAdded)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await achievementsPage(req, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func removeAchievement(req: Request) async throws -> Response {
        try await req.talentAchievements.remove(try req.idParameter(as: Achievement.ID.self), by: try req.requirePrincipal().person)
        return req.redirect(to: TalentURL.achievements, notice: TalentMsg.talRemoved)
    }

    @Sendable func dossier(req: Request) async throws -> Response {
        let viewer = try req.requirePrincipal().person
        let person = try await req.people.find(try req.idParameter())
        return PageRenderer.response(DossierPage(dossier: try await req.talentAchievements.dossier(of: person, as: viewer)).render(PageContext(req)))
    }

    // MARK: One-stop services (Art. 47, 72)

    func servicesPage(_ req: Request, values: [String: String] = [:], errors: [FieldError] = []) async throws -> ServicesPage {
        let person = try req.requirePrincipal().person
        try await req.serviceRequests.escalateOverdue()
        var values = values
        if values.isEmpty, let kind = TalentRoutes.queryItems(req)["kind"].flatMap(ServiceKind.init(rawValue:)) { values["kind"] = kind.rawValue }
        return ServicesPage(requests: try await req.serviceRequests.mine(person), timeline: try await req.serviceRequests.timeline(person),
                            now: req.services.now(), values: values, errors: errors)
    }

    @Sendable func services(req: Request) async throws -> Response {
        PageRenderer.response(try await servicesPage(req).render(PageContext(req)))
    }

    @Sendable func submit(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.formValues()
        do {
            let request = try await req.serviceRequests.submit(kind: values["kind"].flatMap(ServiceKind.init(rawValue:)), details: values["details"] ?? "",
                                                               documents: TalentForm.documents(values), by: person)
            return req.redirect(to: TalentURL.request(request.id.rawValue), notice: TalentMsg.talSubmitted)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await servicesPage(req, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    static func names(_ ids: some Sequence<UUID>, req: Request) async -> [UUID: String] {
        var names: [UUID: String] = [:]
        for id in Set(ids) { names[id] = try? await req.people.find(id).name }
        return names
    }

    func requestPage(_ req: Request, _ id: ServiceRequest.ID, values: [String: String] = [:], errors: [FieldError] = []) async throws -> ServiceRequestPage {
        let person = try req.requirePrincipal().person
        let (request, events) = try await req.serviceRequests.find(id, as: person)
        let names = await Self.names(events.compactMap(\.actorID) + [request.personID], req: req)
        return ServiceRequestPage(request: request, events: events, applicant: names[request.personID] ?? "",
                                  names: names, handle: try await req.serviceRequests.may(.handle, person, request),
                                  reply: request.personID == person.id, now: req.services.now(), values: values, errors: errors)
    }

    @Sendable func request(req: Request) async throws -> Response {
        PageRenderer.response(try await requestPage(req, try req.idParameter(as: ServiceRequest.ID.self)).render(PageContext(req)))
    }

    @Sendable func step(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: ServiceRequest.ID.self)
        let values = try req.formValues()
        do {
            guard let step = values["step"].flatMap(ServiceStep.init(rawValue:)) else {
                throw DomainError.validation([FieldError(field: "step", rule: "service.step.required",
                                                         message: LocalizedText(zh: "请选择操作", en: "Select a step"), basis: .art(47))])
            }
            _ = try await req.serviceRequests.step(id, step, note: values["note"] ?? "", expectedVersion: TalentForm.int(values["version"]), by: person)
            return req.redirect(to: TalentURL.request(id.rawValue), notice: TalentMsg.talStepDone)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await requestPage(req, id, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    // MARK: Desks

    func deskPage(_ req: Request, values: [String: String] = [:], errors: [FieldError] = []) async throws -> DeskPage {
        let person = try req.requirePrincipal().person
        try await req.serviceRequests.escalateOverdue()
        let queue = try await req.serviceRequests.queue(for: person)
        return DeskPage(queue: queue, names: await Self.names(queue.map(\.personID), req: req), serves: try await req.serviceRequests.desks(of: person.id),
                        admin: person.roles.contains(.platformAdmin), now: req.services.now(), values: values, errors: errors)
    }

    @Sendable func desk(req: Request) async throws -> Response {
        PageRenderer.response(try await deskPage(req).render(PageContext(req)))
    }

    @Sendable func assign(req: Request) async throws -> Response {
        let admin = try req.requirePrincipal().person
        let values = try req.formValues()
        do {
            guard let officer = try await req.people.find(email: TalentForm.trimmed(values, "email")) else {
                throw DomainError.validation([FieldError(field: "email", rule: "desk.officer.known", message: TalentMsg.talPersonUnknown.text)])
            }
            try await req.serviceRequests.assign(officer, to: values["department"] ?? "", by: admin.auditActor)
            return req.redirect(to: TalentURL.desk, notice: TalentMsg.talAssigned)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await deskPage(req, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }
}
