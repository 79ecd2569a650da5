import Foundation
import Identity
import KechuangCore
import Market
import Vapor

struct MarketTechManagerJSON: Content {
    var id: UUID
    var name: String
    var licence_number: String
    var licensed_until: String
    var fields: [String]
    var licensed: Bool

    init(_ m: TechnologyManager, today: BeijingDay) {
        id = m.id.rawValue; name = m.name; licence_number = m.licenceNumber; licensed_until = m.licensedUntil.description
        fields = m.fields.map(\.rawValue); licensed = m.isLicensed(on: today)
    }
}

struct MarketPlatformJSON: Content {
    var id: UUID
    var kind: String
    var organisation_id: UUID
    var name: String
    var summary: String
    var fields: [String]
    var services: [String]
    var capacity: String
    var fees: String
    var district: String
    var contact: String
    var status: String
    /// The paragraph of Art. 32 the kind is built under.
    var basis: String
    var managers: [MarketTechManagerJSON]?

    init(_ p: TransferPlatform, managers: [MarketTechManagerJSON]? = nil) {
        id = p.id.rawValue; kind = p.kind.rawValue; organisation_id = p.organisationID; name = p.name; summary = p.summary
        fields = p.fields.map(\.rawValue); services = p.services.map(\.rawValue); capacity = p.capacity; fees = p.fees
        district = p.district.rawValue; contact = p.contact; status = p.status.rawValue; basis = p.kind.basis.code; self.managers = managers
    }
}

struct MarketPlatformRequestJSON: Content {
    var id: UUID
    var platform_id: UUID
    var service: String
    var requester_organisation_id: UUID
    var description: String
    var status: String
    var provider_note: String
    var decided_by: UUID?
    var created_at: Date
    var updated_at: Date

    init(_ r: PlatformServiceRequest) {
        id = r.id.rawValue; platform_id = r.platformID.rawValue; service = r.service.rawValue; requester_organisation_id = r.requesterOrganisationID
        description = r.description; status = r.status.rawValue; provider_note = r.providerNote; decided_by = r.decidedBy
        created_at = r.createdAt; updated_at = r.updatedAt
    }
}

/// The platform registries' API (Art. 32): the same services as the pages; refusals are problems
/// citing their paragraph.
struct PlatformAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        let any = SiteURL.anyID
        routes.on(.GET, PlatformAPI.platforms, action: .viewTransferPlatforms, use: list)
        routes.on(.POST, PlatformAPI.platforms, action: .useTransferPlatforms, use: registerPlatform)
        routes.on(.GET, PlatformAPI.platform(any), action: .viewTransferPlatforms, use: show)
        routes.on(.POST, PlatformAPI.managers(any), action: .useTransferPlatforms, use: addManager)
        routes.on(.POST, PlatformAPI.requestsOf(any), action: .useTransferPlatforms, use: request)
        routes.on(.GET, PlatformAPI.requests, action: .useTransferPlatforms, use: requests)
        routes.on(.GET, PlatformAPI.request(any), action: .useTransferPlatforms, use: showRequest)
        routes.on(.POST, PlatformAPI.answer(any), action: .useTransferPlatforms, use: answer)
    }

    @Sendable func list(req: Request) async throws -> [MarketPlatformJSON] {
        try await PlatformRoutes.found(req).map { MarketPlatformJSON($0) }
    }

    @Sendable func registerPlatform(req: Request) async throws -> Response {
        let p = try await req.transferPlatforms.register(PlatformForm.platform(try req.content.decode([String: String].self)), by: try req.requirePrincipal().person)
        return try await MarketPlatformJSON(p, managers: []).created(at: PlatformAPI.platform(p.id.rawValue), for: req)
    }

    @Sendable func show(req: Request) async throws -> MarketPlatformJSON {
        let p = try await req.transferPlatforms.find(try req.idParameter(as: TransferPlatform.ID.self))
        guard p.status == .active || PlatformAccess.mayKeep(.init(req.principal?.person), for: p.organisationID) else { throw DomainError.notFound(entity: "platform") }
        let today = BeijingDay(containing: req.services.now())
        return MarketPlatformJSON(p, managers: try await req.transferPlatforms.managers(of: p.id).map { MarketTechManagerJSON($0, today: today) })
    }

    @Sendable func addManager(req: Request) async throws -> Response {
        let id = try req.idParameter(as: TransferPlatform.ID.self)
        let m = try await req.transferPlatforms.addManager(try PlatformForm.manager(try req.content.decode([String: String].self)), to: id,
                                                           by: try req.requirePrincipal().person)
        return try await MarketTechManagerJSON(m, today: BeijingDay(containing: req.services.now())).created(at: PlatformAPI.platform(id.rawValue), for: req)
    }

    @Sendable func request(req: Request) async throws -> Response {
        let r = try await req.platformRequests.request(PlatformForm.request(try req.content.decode([String: String].self)),
                                                       of: try req.idParameter(as: TransferPlatform.ID.self), by: try req.requirePrincipal().person)
        return try await MarketPlatformRequestJSON(r).created(at: PlatformAPI.request(r.id.rawValue), for: req)
    }

    @Sendable func requests(req: Request) async throws -> [MarketPlatformRequestJSON] {
        try await req.platformRequests.mine(try req.requirePrincipal().person).map(MarketPlatformRequestJSON.init)
    }

    @Sendable func showRequest(req: Request) async throws -> MarketPlatformRequestJSON {
        MarketPlatformRequestJSON(try await req.platformRequests.find(try req.idParameter(as: PlatformServiceRequest.ID.self), as: try req.requirePrincipal().person))
    }

    @Sendable func answer(req: Request) async throws -> MarketPlatformRequestJSON {
        let values = try req.content.decode([String: String].self)
        return MarketPlatformRequestJSON(try await req.platformRequests.answer(try req.idParameter(as: PlatformServiceRequest.ID.self), try PlatformForm.answer(values),
                                                                               note: values["note"] ?? "", by: try req.requirePrincipal().person))
    }
}
