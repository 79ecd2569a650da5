import Export
import Foundation
import Identity
import KechuangCore
import Market
import Review
import Vapor

struct TradeMatcherKey: StorageKey {
    typealias Value = TradeMatcher
}

extension Request {
    var techListings: TechListings { TechListings(db: db, now: services.now) }
    var inquiries: Inquiries { Inquiries(db: db, now: services.now) }
    var techContracts: TechnologyContracts { TechnologyContracts(db: db, now: services.now) }
    /// The node's matching indexes, installed when the routes are registered.
    var tradeMatcher: TradeMatcher { application.storage[TradeMatcherKey.self] ?? TradeMatcher() }

    /// Names of organisations by id (those that exist).
    func organisationNames(_ ids: [UUID]) async throws -> [UUID: String] {
        var out: [UUID: String] = [:]
        for id in Set(ids) { out[id] = try? await Organisations(db: db, now: services.now).find(Organisation.ID(id)).nameZh }
        return out
    }
}

/// The technology market (Art. 36): supplies and demands with their search and matches, inquiries
/// between the parties, technology-contract registration and its public statistics.
struct MarketTradeRoutes {
    typealias M = MarketTradeMsg

    func register(on app: Application) {
        app.storage[TradeMatcherKey.self] = TradeMatcher(glossary: app.webServices.policySearch.glossary)
        let r: any RoutesBuilder = app
        let any = SiteURL.anyID
        r.on(.GET, TradeURL.home, action: .viewTechMarket, use: supplies)
        r.on(.POST, TradeURL.home, action: .tradeTechnology, use: offer)
        r.on(.GET, TradeURL.demands, action: .viewTechMarket, use: demands)
        r.on(.POST, TradeURL.demands, action: .tradeTechnology, use: post)
        r.on(.GET, TradeURL.supply(any), action: .viewTechMarket, use: supply)
        r.on(.GET, TradeURL.demand(any), action: .viewTechMarket, use: demand)
        r.on(.POST, TradeURL.withdrawSupply(any), action: .tradeTechnology, use: withdrawSupply)
        r.on(.POST, TradeURL.withdrawDemand(any), action: .tradeTechnology, use: withdrawDemand)
        r.on(.POST, TradeURL.supplyInquiries(any), action: .tradeTechnology, use: ask)
        r.on(.GET, TradeURL.inquiries, action: .tradeTechnology, use: inquiries)
        r.on(.GET, TradeURL.inquiry(any), action: .tradeTechnology, use: inquiry)
        r.on(.POST, TradeURL.inquiryMessages(any), action: .tradeTechnology, use: write)
        r.on(.POST, TradeURL.inquiryDeal(any), action: .tradeTechnology, use: deal)
        MarketContractRoutes().register(on: r)
    }

    static func viewer(_ req: Request) -> Person? { req.principal?.person }

    /// The organisations the person may list for, as form options.
    static func listFor(_ req: Request) async throws -> [(String, String)] {
        guard let person = viewer(req) else { return [] }
        let ids = Array(TradeAccess.Viewer(person).organisations)
        let names = try await req.organisationNames(ids)
        return ids.compactMap { id in names[id].map { (id.uuidString.lowercased(), $0) } }.sorted { $0.1 < $1.1 }
    }

    func listingsPage(_ req: Request, _ side: ListingsPage.Side, values: [String: String] = [:], errors: [FieldError] = []) async throws -> ListingsPage {
        let query = InstrumentsRoutes.queryItems(req)
        let words = (query["q"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let field = query["field"].flatMap(TechField.init(rawValue:))
        var supplies: [TechSupply] = [], demands: [TechDemand] = []
        if words.isEmpty {
            if side == .supplies { supplies = try await req.techListings.openSupplies(field: field, limit: 100) } else {
                demands = try await req.techListings.openDemands(field: field, limit: 100)
            }
        } else {
            try await req.tradeMatcher.refreshIfStale(on: req.db)
            if side == .supplies { supplies = try await req.techListings.supplies(req.tradeMatcher.searchSupplies(words, field: field, limit: 100)) } else {
                demands = try await req.techListings.demands(req.tradeMatcher.searchDemands(words, field: field, limit: 100))
            }
        }
        let names = try await req.organisationNames(supplies.map(\.organisationID) + demands.map(\.organisationID))
        return ListingsPage(side: side, query: query, supplies: supplies, demands: demands, names: names, listFor: try await Self.listFor(req),
                            values: values, errors: errors)
    }

    @Sendable func supplies(req: Request) async throws -> Response {
        var values: [String: String] = [:]
        let query = InstrumentsRoutes.queryItems(req)
        if let result = query["result"], let project = query["project"] { values = ["result_id": result, "result_project_id": project, "title": query["title"] ?? ""] }
        return PageRenderer.response(try await listingsPage(req, .supplies, values: values).render(PageContext(req)))
    }

    @Sendable func demands(req: Request) async throws -> Response {
        PageRenderer.response(try await listingsPage(req, .demands).render(PageContext(req)))
    }

    @Sendable func offer(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.content.decode([String: String].self)
        do {
            let s = try await req.techListings.offer(TradeForm.supply(values), by: person)
            return req.redirect(to: TradeURL.supply(s.id.rawValue), notice: M.mtrListed)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await listingsPage(req, .supplies, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func post(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.content.decode([String: String].self)
        do {
            let d = try await req.techListings.post(try TradeForm.demand(values), by: person)
            return req.redirect(to: TradeURL.demand(d.id.rawValue), notice: M.mtrListed)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await listingsPage(req, .demands, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    func supplyPage(_ req: Request, _ id: TechSupply.ID, errors: [FieldError] = []) async throws -> ListingPage {
        let s = try await req.techListings.supply(id)
        try await req.tradeMatcher.refreshIfStale(on: req.db)
        let matches = req.tradeMatcher.demands(for: s)
        let demands = try await req.techListings.demands(matches.map(\.demandID))
        let byID = Dictionary(uniqueKeysWithValues: demands.map { ($0.id, $0) })
        let names = try await req.organisationNames([s.organisationID] + demands.map(\.organisationID))
        var askAs: [(String, String)] = []
        if let person = Self.viewer(req) {
            let own = TradeAccess.Viewer(person).organisations.subtracting([s.organisationID])
            let ownNames = try await req.organisationNames(Array(own))
            askAs = own.compactMap { o in ownNames[o].map { ("org:" + o.uuidString.lowercased(), $0) } }
            askAs += try await req.techListings.openDemands(limit: 500).filter { own.contains($0.organisationID) }
                .map { ("demand:" + $0.id.uuidString.lowercased(), "\(ownNames[$0.organisationID] ?? "") · \($0.title)") }
        }
        return ListingPage(supply: s, demand: nil, organisation: names[s.organisationID] ?? "",
                           matches: matches.compactMap { m in byID[m.demandID].map { (m, $0.title, names[$0.organisationID] ?? "") } }, experts: [],
                           askAs: askAs, mayWithdraw: s.status == .open && TradeAccess.mayList(.init(Self.viewer(req)), for: s.organisationID), errors: errors)
    }

    @Sendable func supply(req: Request) async throws -> Response {
        PageRenderer.response(try await supplyPage(req, try req.idParameter(as: TechSupply.ID.self)).render(PageContext(req)))
    }

    @Sendable func demand(req: Request) async throws -> Response {
        let d = try await req.techListings.demand(try req.idParameter(as: TechDemand.ID.self))
        try await req.tradeMatcher.refreshIfStale(on: req.db)
        let matches = req.tradeMatcher.supplies(for: d)
        let supplies = try await req.techListings.supplies(matches.map(\.supplyID))
        let byID = Dictionary(uniqueKeysWithValues: supplies.map { ($0.id, $0) })
        let names = try await req.organisationNames([d.organisationID] + supplies.map(\.organisationID))
        let viewer = TradeAccess.Viewer(Self.viewer(req))
        // Expert names are shown to the demand's organisation and to officers only.
        let seesExperts = viewer.organisations.contains(d.organisationID) || !viewer.roles.isDisjoint(with: [.departmentStaff, .programmeOfficer, .platformAdmin])
        let experts = seesExperts ? TradeMatcher.experts(for: d, pool: try await ExpertPool(db: req.db, now: req.services.now).list(activeOnly: true)) : []
        let page = ListingPage(supply: nil, demand: d, organisation: names[d.organisationID] ?? "",
                               matches: matches.compactMap { m in byID[m.supplyID].map { (m, $0.title, names[$0.organisationID] ?? "") } },
                               experts: experts, askAs: [], mayWithdraw: d.status == .open && TradeAccess.mayList(viewer, for: d.organisationID))
        return PageRenderer.response(page.render(PageContext(req)))
    }

    @Sendable func withdrawSupply(req: Request) async throws -> Response {
        let id = try req.idParameter(as: TechSupply.ID.self)
        try await req.techListings.withdraw(supply: id, by: try req.requirePrincipal().person)
        return req.redirect(to: TradeURL.supply(id.rawValue), notice: M.mtrWithdrawn)
    }

    @Sendable func withdrawDemand(req: Request) async throws -> Response {
        let id = try req.idParameter(as: TechDemand.ID.self)
        try await req.techListings.withdraw(demand: id, by: try req.requirePrincipal().person)
        return req.redirect(to: TradeURL.demand(id.rawValue), notice: M.mtrWithdrawn)
    }

    @Sendable func ask(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: TechSupply.ID.self)
        let values = try req.content.decode([String: String].self)
        let from = values["from"] ?? ""
        let org = from.hasPrefix("org:") ? UUID(uuidString: String(from.dropFirst(4))) : nil
        let demand = from.hasPrefix("demand:") ? TechDemand.ID(String(from.dropFirst(7))) : nil
        do {
            let inquiry = try await req.inquiries.open(supply: id, demand: demand, from: org, message: values["body"] ?? "", by: person)
            return req.redirect(to: TradeURL.inquiry(inquiry.id.rawValue), notice: M.mtrSent)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await supplyPage(req, id, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func inquiries(req: Request) async throws -> Response {
        let list = try await req.inquiries.mine(try req.requirePrincipal().person)
        let supplies = Dictionary(uniqueKeysWithValues: try await req.techListings.supplies(Array(Set(list.map(\.supplyID)))).map { ($0.id, $0.title) })
        return PageRenderer.response(InquiriesPage(rows: list.map { ($0, supplies[$0.supplyID] ?? "") }).render(PageContext(req)))
    }

    func inquiryPage(_ req: Request, _ id: Inquiry.ID, errors: [FieldError] = []) async throws -> InquiryPage {
        let person = try req.requirePrincipal().person
        let i = try await req.inquiries.find(id, as: person)
        let names = try await req.organisationNames([i.fromOrganisationID, i.toOrganisationID])
        let viewer = TradeAccess.Viewer(person)
        return InquiryPage(inquiry: i, supply: try await req.techListings.supply(i.supplyID), names: names,
                           mayWrite: TradeAccess.may(.write, viewer, from: i.fromOrganisationID, to: i.toOrganisationID),
                           mayAgree: TradeAccess.may(.agree, viewer, from: i.fromOrganisationID, to: i.toOrganisationID), errors: errors)
    }

    @Sendable func inquiry(req: Request) async throws -> Response {
        PageRenderer.response(try await inquiryPage(req, try req.idParameter(as: Inquiry.ID.self)).render(PageContext(req)))
    }

    @Sendable func write(req: Request) async throws -> Response {
        let id = try req.idParameter(as: Inquiry.ID.self)
        let values = try req.content.decode([String: String].self)
        do {
            _ = try await req.inquiries.write(id, values["body"] ?? "", by: try req.requirePrincipal().person)
            return req.redirect(to: TradeURL.inquiry(id.rawValue), notice: M.mtrSent)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await inquiryPage(req, id, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func deal(req: Request) async throws -> Response {
        let id = try req.idParameter(as: Inquiry.ID.self)
        _ = try await req.inquiries.agree(id, by: try req.requirePrincipal().person)
        return req.redirect(to: TradeURL.inquiry(id.rawValue), notice: M.mtrDealRecorded)
    }
}
