import Foundation
import Identity
import KechuangCore
import Market
import Review
import Vapor

/// The technology-market API (Art. 36): listings and their search, matches both ways with their
/// reasons, contracts and the registrar's decisions (refusals are problems citing their basis),
/// the statistics and the turnover of registered contracts.
struct TradeAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        let any = SiteURL.anyID
        routes.on(.GET, TradeAPI.supplies, action: .viewTechMarket, use: supplies)
        routes.on(.POST, TradeAPI.supplies, action: .tradeTechnology, use: offer)
        routes.on(.GET, TradeAPI.supplyMatches(any), action: .viewTechMarket, use: supplyMatches)
        routes.on(.GET, TradeAPI.demands, action: .viewTechMarket, use: demands)
        routes.on(.POST, TradeAPI.demands, action: .tradeTechnology, use: post)
        routes.on(.GET, TradeAPI.demandMatches(any), action: .viewTechMarket, use: demandMatches)
        routes.on(.GET, TradeAPI.contracts, action: .submitTechContracts, use: contracts)
        routes.on(.POST, TradeAPI.contracts, action: .submitTechContracts, bodyLimit: BodyLimit.upload, use: submit)
        routes.on(.GET, TradeAPI.contract(any), action: .submitTechContracts, use: contract)
        routes.on(.POST, TradeAPI.registerContract(any), action: .registerTechContracts, use: register)
        routes.on(.POST, TradeAPI.returnContract(any), action: .registerTechContracts, use: returnContract)
        routes.on(.GET, TradeAPI.statistics, action: .viewTechMarket, use: statistics)
        routes.on(.GET, TradeAPI.turnover, action: .viewTechMarket, use: turnover)
    }

    static func words(_ req: Request) -> (String, TechField?) {
        let q = InstrumentsRoutes.queryItems(req)
        return ((q["q"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines), q["field"].flatMap(TechField.init(rawValue:)))
    }

    @Sendable func supplies(req: Request) async throws -> [MarketSupplyJSON] {
        let (words, field) = Self.words(req)
        if words.isEmpty { return try await req.techListings.openSupplies(field: field, limit: 500).map(MarketSupplyJSON.init) }
        try await req.tradeMatcher.refreshIfStale(on: req.db)
        return try await req.techListings.supplies(req.tradeMatcher.searchSupplies(words, field: field, limit: 500)).map(MarketSupplyJSON.init)
    }

    @Sendable func demands(req: Request) async throws -> [MarketDemandJSON] {
        let (words, field) = Self.words(req)
        if words.isEmpty { return try await req.techListings.openDemands(field: field, limit: 500).map(MarketDemandJSON.init) }
        try await req.tradeMatcher.refreshIfStale(on: req.db)
        return try await req.techListings.demands(req.tradeMatcher.searchDemands(words, field: field, limit: 500)).map(MarketDemandJSON.init)
    }

    @Sendable func offer(req: Request) async throws -> Response {
        let s = try await req.techListings.offer(TradeForm.supply(try req.content.decode([String: String].self)), by: try req.requirePrincipal().person)
        return try await MarketSupplyJSON(s).created(at: TradeURL.supply(s.id.rawValue), for: req)
    }

    @Sendable func post(req: Request) async throws -> Response {
        let d = try await req.techListings.post(try TradeForm.demand(try req.content.decode([String: String].self)), by: try req.requirePrincipal().person)
        return try await MarketDemandJSON(d).created(at: TradeURL.demand(d.id.rawValue), for: req)
    }

    @Sendable func supplyMatches(req: Request) async throws -> [MarketMatchJSON] {
        let s = try await req.techListings.supply(try req.idParameter(as: TechSupply.ID.self))
        try await req.tradeMatcher.refreshIfStale(on: req.db)
        return req.tradeMatcher.demands(for: s).map(MarketMatchJSON.init)
    }

    @Sendable func demandMatches(req: Request) async throws -> MarketDemandMatchesJSON {
        let d = try await req.techListings.demand(try req.idParameter(as: TechDemand.ID.self))
        try await req.tradeMatcher.refreshIfStale(on: req.db)
        let viewer = TradeAccess.Viewer(req.principal?.person)
        let seesExperts = viewer.organisations.contains(d.organisationID) || !viewer.roles.isDisjoint(with: [.departmentStaff, .programmeOfficer, .platformAdmin])
        let experts = seesExperts ? TradeMatcher.experts(for: d, pool: try await ExpertPool(db: req.db, now: req.services.now).list(activeOnly: true)) : []
        return MarketDemandMatchesJSON(supplies: req.tradeMatcher.supplies(for: d).map(MarketMatchJSON.init),
                                 experts: experts.map { MarketExpertMatchJSON(person_id: $0.personID, name: $0.name, affinity: $0.affinity) })
    }

    @Sendable func contracts(req: Request) async throws -> [MarketContractJSON] {
        try await req.techContracts.list(as: try req.requirePrincipal().person).map(MarketContractJSON.init)
    }

    @Sendable func contract(req: Request) async throws -> MarketContractJSON {
        MarketContractJSON(try await req.techContracts.find(try req.idParameter(as: TechnologyContract.ID.self), as: try req.requirePrincipal().person))
    }

    @Sendable func submit(req: Request) async throws -> Response {
        let body = try req.content.decode(MarketContractBody.self)
        var pdf: (data: Data, name: String)?
        if let raw = body.pdf_base64 {
            guard let data = Data(base64Encoded: raw) else {
                throw DomainError.validation([FieldError(field: "pdf_base64", rule: "contract.pdf.base64", message: LocalizedText(zh: "PDF 须为 Base64 编码", en: "The PDF is base64-encoded"))])
            }
            pdf = (data, body.pdf_name ?? "contract.pdf")
        }
        let k = try await req.techContracts.submit(try TradeForm.contract(body.fields), pdf: pdf, store: req.services.attachments, by: try req.requirePrincipal().person)
        return try await MarketContractJSON(k).created(at: TradeAPI.contract(k.id.rawValue), for: req)
    }

    @Sendable func register(req: Request) async throws -> MarketContractJSON {
        let body = try req.content.decode(MarketDecisionBody.self)
        return MarketContractJSON(try await req.techContracts.register(try req.idParameter(as: TechnologyContract.ID.self), expectedVersion: body.version,
                                                                 by: try req.requirePrincipal().person))
    }

    @Sendable func returnContract(req: Request) async throws -> MarketContractJSON {
        let body = try req.content.decode(MarketDecisionBody.self)
        return MarketContractJSON(try await req.techContracts.returnForCorrection(try req.idParameter(as: TechnologyContract.ID.self),
                                                                            reason: body.reason.flatMap(ReturnReason.init(rawValue:)), note: body.note ?? "",
                                                                            expectedVersion: body.version, by: try req.requirePrincipal().person))
    }

    @Sendable func statistics(req: Request) async throws -> MarketStatisticsJSON {
        MarketStatisticsJSON(try await MarketContractRoutes.stats(req).0)
    }

    /// `?from=` and `?to=` (days, both included); a bad day is a 422 naming it.
    @Sendable func turnover(req: Request) async throws -> MarketTurnoverJSON {
        let q = InstrumentsRoutes.queryItems(req)
        var problems: [FieldError] = []
        func day(_ k: String) -> BeijingDay? {
            guard let d = q[k].flatMap(BeijingDay.init(parsing:)) else {
                problems.append(FieldError(field: k, rule: "turnover.day", message: LocalizedText(zh: "请按 2026-01-31 的格式填写日期", en: "Write the day as e.g. 2026-01-31")))
                return nil
            }
            return d
        }
        let from = day("from"), to = day("to")
        guard let from, let to, problems.isEmpty else { throw DomainError.validation(problems) }
        let t = try await TechnologyContracts.turnover(from: from, to: to, on: req.db)
        return MarketTurnoverJSON(from: from.description, to: to.description, contracts: t.contracts, amount: t.amount, technical_amount: t.technicalAmount)
    }
}
