import Foundation
import Identity
import KechuangCore
import Talent
import Vapor

struct OpeningSearchKey: StorageKey {
    typealias Value = OpeningSearch
}

extension Request {
    var talentCatalogue: TalentCatalogue { TalentCatalogue(db: db, now: services.now) }
    var talentOpenings: TalentOpenings { TalentOpenings(db: db, now: services.now) }
    var talentAchievements: Achievements { Achievements(db: db, now: services.now) }
    var serviceRequests: ServiceRequests { ServiceRequests(db: db, now: services.now) }
    /// The node's openings index, installed when the routes are registered.
    var openingSearch: OpeningSearch { application.storage[OpeningSearchKey.self] ?? OpeningSearch() }

    func formValues() throws -> [String: String] { try content.decode([String: String].self) }
}

/// The public pages of the Talent module: the catalogue (Art. 40) with its versions, the openings
/// and their search, the points calculator (Art. 72) and the departments' compliance (Art. 47).
/// `TalentServiceRoutes` has the signed-in pages.
struct TalentRoutes {
    func register(on app: Application) {
        app.storage[OpeningSearchKey.self] = OpeningSearch()
        register(routes: app)
        TalentServiceRoutes().register(on: app)
    }

    func register(routes: any RoutesBuilder) {
        routes.on(.GET, TalentURL.home, action: .viewTalent, use: home)
        routes.on(.POST, TalentURL.catalogue, action: .manageTalentCatalogue, use: publish)
        routes.on(.GET, TalentURL.entry(SiteURL.anyID), action: .viewTalent, use: entry)
        routes.on(.POST, TalentURL.adjust(SiteURL.anyID), action: .manageTalentCatalogue, use: adjust)
        routes.on(.POST, TalentURL.withdraw(SiteURL.anyID), action: .manageTalentCatalogue, use: withdraw)
        routes.on(.GET, TalentURL.openings, action: .viewTalent, use: openings)
        routes.on(.POST, TalentURL.openings, action: .postTalentOpenings, use: post)
        routes.on(.GET, TalentURL.opening(SiteURL.anyID), action: .viewTalent, use: opening)
        routes.on(.POST, TalentURL.closeOpening(SiteURL.anyID), action: .postTalentOpenings, use: close)
        routes.on(.GET, TalentURL.points, action: .viewTalent, use: points)
        routes.on(.GET, TalentURL.compliance, action: .viewTalent, use: compliance)
    }

    static func queryItems(_ req: Request) -> [String: String] { InstrumentsRoutes.queryItems(req) }

    // MARK: Catalogue

    @Sendable func home(req: Request) async throws -> Response {
        PageRenderer.response(TalentHomePage(entries: try await req.talentCatalogue.current()).render(PageContext(req)))
    }

    @Sendable func publish(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.formValues()
        do {
            let entry = try await req.talentCatalogue.publish(TalentForm.entry(values), by: person)
            return req.redirect(to: TalentURL.entry(entry.id.rawValue), notice: TalentMsg.talPublished)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let page = TalentHomePage(entries: try await req.talentCatalogue.current(), values: values, errors: errors)
            return PageRenderer.response(page.render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    func entryPage(_ req: Request, _ id: CatalogueEntry.ID, values: [String: String] = [:], errors: [FieldError] = []) async throws -> CatalogueEntryPage {
        let entry = try await req.talentCatalogue.find(id)
        return CatalogueEntryPage(entry: entry, versions: try await req.talentCatalogue.versions(code: entry.code),
                                  openings: try await req.talentOpenings.browse(entryCode: entry.code, limit: 100), values: values, errors: errors)
    }

    @Sendable func entry(req: Request) async throws -> Response {
        PageRenderer.response(try await entryPage(req, try req.idParameter(as: CatalogueEntry.ID.self)).render(PageContext(req)))
    }

    @Sendable func adjust(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: CatalogueEntry.ID.self)
        let values = try req.formValues()
        do {
            let entry = try await req.talentCatalogue.adjust(id, TalentForm.entry(values), by: person)
            return req.redirect(to: TalentURL.entry(entry.id.rawValue), notice: TalentMsg.talAdjusted)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await entryPage(req, id, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func withdraw(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let id = try req.idParameter(as: CatalogueEntry.ID.self)
        let values = try req.formValues()
        do {
            let entry = try await req.talentCatalogue.withdraw(id, note: TalentForm.trimmed(values, "withdraw_note"), by: person)
            return req.redirect(to: TalentURL.entry(entry.id.rawValue), notice: TalentMsg.talWithdrawnNotice)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            let renamed = errors.map { FieldError(field: $0.field == "note" ? "withdraw_note" : $0.field, rule: $0.rule, message: $0.message, basis: $0.basis) }
            return PageRenderer.response(try await entryPage(req, id, errors: renamed).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    // MARK: Openings

    /// Open openings matching the query: words through the search engine, or every open one by facet.
    static func find(_ q: [String: String], req: Request, limit: Int = 200) async throws -> [Opening] {
        let text = String((q["q"] ?? "").prefix(200))
        let field = q["field"].flatMap(TalentField.init(rawValue:)), district = q["district"].flatMap(District.init(rawValue:))
        let organisation = q["organisation"].flatMap(UUID.init(uuidString:))
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            return try await req.talentOpenings.browse(field: field, district: district, organisation: organisation, limit: limit)
        }
        try await req.openingSearch.refreshIfStale(on: req.db)
        let ids = req.openingSearch.search(text, field: field, organisation: organisation, district: district?.rawValue, limit: limit)
        return try await req.talentOpenings.open(ids)
    }

    func openingsPage(_ req: Request, values: [String: String] = [:], errors: [FieldError] = []) async throws -> OpeningsPage {
        let query = Self.queryItems(req)
        let rows = req.method == .GET ? try await Self.find(query, req: req) : []
        let names = try await InstrumentsRoutes.organisationNames(rows.map(\.organisationID), req: req)
        var postFor: [(String, String)] = []
        if let person = req.principal?.person, PageContext(req).can(.postTalentOpenings) {
            let offices = person.roles.contains(.platformAdmin) ? try await req.organisations.list(search: nil, limit: 200).map(\.id.rawValue)
                : person.memberships.filter { $0.role == .researchOffice }.compactMap(\.organisationID)
            let own = try await InstrumentsRoutes.organisationNames(offices, req: req)
            postFor = own.map { ($0.key.uuidString.lowercased(), $0.value) }.sorted { $0.1 < $1.1 }
        }
        return OpeningsPage(query: query, rows: rows, names: names, entries: try await req.talentCatalogue.current(), postFor: postFor, values: values, errors: errors)
    }

    @Sendable func openings(req: Request) async throws -> Response {
        PageRenderer.response(try await openingsPage(req).render(PageContext(req)))
    }

    @Sendable func post(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.formValues()
        do {
            let opening = try await req.talentOpenings.post(try TalentForm.opening(values), by: person)
            return req.redirect(to: TalentURL.opening(opening.id.rawValue), notice: TalentMsg.talPosted)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await openingsPage(req, values: values, errors: errors).render(PageContext(req)), status: .unprocessableEntity)
        }
    }

    @Sendable func opening(req: Request) async throws -> Response {
        let opening = try await req.talentOpenings.find(try req.idParameter(as: Opening.ID.self))
        let organisation = try await req.organisations.find(Organisation.ID(opening.organisationID)).name(in: req.language)
        let entry = try? await req.talentCatalogue.find(opening.entryID)
        let mayClose = req.principal.map { TalentAccess.mayPost(.init($0.person), for: opening.organisationID) } ?? false
        return PageRenderer.response(OpeningPage(opening: opening, organisation: organisation, entry: entry, mayClose: mayClose).render(PageContext(req)))
    }

    @Sendable func close(req: Request) async throws -> Response {
        let opening = try await req.talentOpenings.close(try req.idParameter(as: Opening.ID.self), by: try req.requirePrincipal().person)
        return req.redirect(to: TalentURL.opening(opening.id.rawValue), notice: TalentMsg.talClosed)
    }

    // MARK: Points and compliance

    @Sendable func points(req: Request) async throws -> Response {
        let query = Self.queryItems(req)
        var page = PointsPage(query: query, result: nil)
        if query["calculate"] != nil {
            let (facts, errors) = TalentForm.points(query)
            page.errors = errors
            if errors.isEmpty { page = PointsPage(query: query, result: PointsAssessment.assess(facts, on: BeijingDay(containing: req.services.now()))) }
        }
        return PageRenderer.response(page.render(PageContext(req)), status: page.errors.isEmpty ? .ok : .unprocessableEntity)
    }

    @Sendable func compliance(req: Request) async throws -> Response {
        try await req.serviceRequests.escalateOverdue()
        return PageRenderer.response(CompliancePage(rows: try await req.serviceRequests.compliance()).render(PageContext(req)))
    }
}
