import Foundation
import Identity
import KechuangCore
import Market
import Vapor

struct PlatformSearchKey: StorageKey {
    typealias Value = PlatformSearch
}

extension Request {
    var transferPlatforms: TransferPlatforms { TransferPlatforms(db: db, now: services.now) }
    var platformRequests: PlatformRequests { PlatformRequests(db: db, now: services.now) }
    /// The node's registry index, installed when the routes are registered.
    var platformSearch: PlatformSearch { application.storage[PlatformSearchKey.self] ?? PlatformSearch() }
}

/// The registries of transfer offices, proof-of-concept centres and pilot bases and the service
/// requests to them (Art. 32): public list and search, registration and managers by the running
/// organisation, requests from other organisations and the provider's answers.
struct PlatformRoutes {
    typealias M = MarketMsg

    func register(on app: Application) {
        app.storage[PlatformSearchKey.self] = PlatformSearch(glossary: app.webServices.policySearch.glossary)
        let r: any RoutesBuilder = app
        let any = SiteURL.anyID
        r.on(.GET, PlatformURL.home, action: .viewTransferPlatforms, use: list)
        r.on(.POST, PlatformURL.home, action: .useTransferPlatforms, use: registerPlatform)
        r.on(.GET, PlatformURL.platform(any), action: .viewTransferPlatforms, use: show)
        r.on(.POST, PlatformURL.managers(any), action: .useTransferPlatforms, use: addManager)
        r.on(.POST, PlatformURL.close(any), action: .useTransferPlatforms, use: close)
        r.on(.POST, PlatformURL.requestsOf(any), action: .useTransferPlatforms, use: request)
        r.on(.GET, PlatformURL.requests, action: .useTransferPlatforms, use: requests)
        r.on(.GET, PlatformURL.request(any), action: .useTransferPlatforms, use: showRequest)
        r.on(.POST, PlatformURL.answer(any), action: .useTransferPlatforms, use: answer)
    }

    /// Active platforms for the words, kind and field of the query (no words: by name).
    static func found(_ req: Request) async throws -> [TransferPlatform] {
        let query = InstrumentsRoutes.queryItems(req)
        let words = (query["q"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let kind = query["kind"].flatMap(PlatformKind.init(rawValue:)), field = query["field"].flatMap(TechField.init(rawValue:))
        guard !words.isEmpty else { return try await req.transferPlatforms.active(kind: kind, field: field, limit: 200) }
        try await req.platformSearch.refreshIfStale(on: req.db)
        return try await req.transferPlatforms.platforms(req.platformSearch.search(words, kind: kind, limit: 200))
            .filter { p in p.status == .active && (field.map { p.fields.contains($0) } ?? true) }
    }

    func listPage(_ req: Request, values: [String: String] = [:], errors: [FieldError] = []) async throws -> PlatformsPage {
        let platforms = try await Self.found(req)
        let names = try await req.organisationNames(platforms.map(\.organisationID))
        return PlatformsPage(query: InstrumentsRoutes.queryItems(req), platforms: platforms, names: names,
                             listFor: try await MarketTradeRoutes.listFor(req), values: values, errors: errors)
    }

    @Sendable func list(req: Request) async throws -> Response {
        PageRenderer.response(try await listPage(req).render(PageContext(req)))
    }

    @Sendable func registerPlatform(req: Request) async throws -> Response {
        let values = try req.content.decode([String: String].self)
        do {
            let p = try await req.transferPlatforms.register(PlatformForm.platform(values), by: try req.requirePrincipal().person)
            return req.redirect(to: PlatformURL.platform(p.id.rawValue), notice: M.mplRegistered)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await listPage(req, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    func platformPage(_ req: Request, _ id: TransferPlatform.ID, values: [String: String] = [:], errors: [FieldError] = []) async throws -> PlatformPage {
        let p = try await req.transferPlatforms.find(id)
        let viewer = TradeAccess.Viewer(MarketTradeRoutes.viewer(req))
        let keeps = PlatformAccess.mayKeep(viewer, for: p.organisationID)
        // A closed platform is shown to its own organisation only.
        guard p.status == .active || keeps else { throw DomainError.notFound(entity: "platform") }
        let asks = viewer.organisations.filter { PlatformAccess.mayRequest(viewer, from: $0, of: p) }
        let names = try await req.organisationNames([p.organisationID] + Array(asks))
        return PlatformPage(platform: p, organisation: names[p.organisationID] ?? "", managers: try await req.transferPlatforms.managers(of: id),
                            today: BeijingDay(containing: req.services.now()), keeps: keeps,
                            requestAs: asks.compactMap { o in names[o].map { (o.uuidString.lowercased(), $0) } }.sorted { $0.1 < $1.1 },
                            values: values, errors: errors)
    }

    @Sendable func show(req: Request) async throws -> Response {
        PageRenderer.response(try await platformPage(req, try req.idParameter(as: TransferPlatform.ID.self)).render(PageContext(req)))
    }

    @Sendable func addManager(req: Request) async throws -> Response {
        let id = try req.idParameter(as: TransferPlatform.ID.self)
        let values = try req.content.decode([String: String].self)
        do {
            _ = try await req.transferPlatforms.addManager(try PlatformForm.manager(values), to: id, by: try req.requirePrincipal().person)
            return req.redirect(to: PlatformURL.platform(id.rawValue), notice: M.mplManagerAdded)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await platformPage(req, id, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func close(req: Request) async throws -> Response {
        let id = try req.idParameter(as: TransferPlatform.ID.self)
        _ = try await req.transferPlatforms.close(id, by: try req.requirePrincipal().person)
        return req.redirect(to: PlatformURL.platform(id.rawValue), notice: M.mplClosed)
    }

    @Sendable func request(req: Request) async throws -> Response {
        let id = try req.idParameter(as: TransferPlatform.ID.self)
        let values = try req.content.decode([String: String].self)
        do {
            let r = try await req.platformRequests.request(PlatformForm.request(values), of: id, by: try req.requirePrincipal().person)
            return req.redirect(to: PlatformURL.request(r.id.rawValue), notice: M.mplRequestSent)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await platformPage(req, id, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func requests(req: Request) async throws -> Response {
        let list = try await req.platformRequests.mine(try req.requirePrincipal().person)
        let platforms = try await req.transferPlatforms.platforms(Array(Set(list.map(\.platformID))))
        let names = try await req.organisationNames(list.map(\.requesterOrganisationID))
        return PageRenderer.response(PlatformRequestsPage(rows: list, platforms: Dictionary(uniqueKeysWithValues: platforms.map { ($0.id, $0) }), names: names)
            .render(PageContext(req)))
    }

    func requestPage(_ req: Request, _ id: PlatformServiceRequest.ID, errors: [FieldError] = []) async throws -> PlatformRequestPage {
        let person = try req.requirePrincipal().person
        let r = try await req.platformRequests.find(id, as: person)
        let p = try await req.transferPlatforms.find(r.platformID)
        let names = try await req.organisationNames([r.requesterOrganisationID, p.organisationID])
        let answers = PlatformAccess.may(.answer, .init(person), requester: r.requesterOrganisationID, provider: p.organisationID)
        return PlatformRequestPage(request: r, platform: p, names: names, answers: answers, errors: errors)
    }

    @Sendable func showRequest(req: Request) async throws -> Response {
        PageRenderer.response(try await requestPage(req, try req.idParameter(as: PlatformServiceRequest.ID.self)).render(PageContext(req)))
    }

    @Sendable func answer(req: Request) async throws -> Response {
        let id = try req.idParameter(as: PlatformServiceRequest.ID.self)
        let values = try req.content.decode([String: String].self)
        do {
            let a = try PlatformForm.answer(values)
            _ = try await req.platformRequests.answer(id, a, note: values["note_\(a.rawValue)"] ?? values["note"] ?? "", by: try req.requirePrincipal().person)
            return req.redirect(to: PlatformURL.request(id.rawValue), notice: M.mplAnswered)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await requestPage(req, id, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }
}
