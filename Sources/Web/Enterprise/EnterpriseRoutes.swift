import Enterprise
import Foundation
import Identity
import KechuangCore
import Policy
import Vapor

extension Request {
    var enterpriseProfiles: Profiles { Profiles(db: db, now: services.now) }
    var enterpriseBenefits: BenefitMatching { BenefitMatching(db: db, now: services.now) }
    var enterpriseVouchers: Vouchers { Vouchers(db: db, now: services.now) }
    var enterpriseRegistries: Registries { Registries(db: db, now: services.now) }
}

/// The pages of the Enterprise module (Art. 23, 25, 26, 37, 51–54): the public tiers, registries
/// and finance products; the enterprise's own page; the officers' desk; the voucher provider's page.
struct EnterpriseRoutes {
    func register(on app: Application) {
        app.on(.GET, EnterpriseURL.home, action: .viewEnterprises, use: home)
        app.on(.GET, EnterpriseURL.mine, action: .actForEnterprises, use: mine)
        app.on(.POST, EnterpriseURL.saveProfile, action: .actForEnterprises, use: saveProfile)
        app.on(.POST, EnterpriseURL.submit(SiteURL.anyID), action: .actForEnterprises, use: submit)
        app.on(.POST, EnterpriseURL.redeem, action: .actForEnterprises, use: redeem)
        app.on(.GET, EnterpriseURL.provider, action: .actForEnterprises, use: provider)
        app.on(.POST, EnterpriseURL.claim(SiteURL.anyID), action: .actForEnterprises, use: claim)
        app.on(.GET, EnterpriseURL.office, action: .runEnterpriseProgrammes, use: office)
        app.on(.POST, EnterpriseURL.verify(SiteURL.anyID), action: .runEnterpriseProgrammes, use: verify)
        app.on(.POST, EnterpriseURL.runMatching, action: .runEnterpriseProgrammes, use: runMatching)
        app.on(.POST, EnterpriseURL.decide(SiteURL.anyID), action: .runEnterpriseProgrammes, use: decide)
        app.on(.POST, EnterpriseURL.settle(SiteURL.anyID), action: .runEnterpriseProgrammes, use: settle)
        app.on(.POST, EnterpriseURL.importCriteria, action: .runEnterpriseProgrammes, use: importCriteria)
        EnterpriseSetupRoutes().register(on: app)
    }

    static func names(_ ids: some Sequence<UUID>, _ req: Request) async throws -> [UUID: String] {
        var names: [UUID: String] = [:]
        for id in Set(ids) { names[id] = try await req.organisations.find(Organisation.ID(id)).name(in: req.language) }
        return names
    }

    static func status(_ error: any Error) -> HTTPStatus {
        if case DomainError.duplicate = error { return .conflict }
        return .unprocessableEntity
    }

    // MARK: Public

    @Sendable func home(req: Request) async throws -> Response {
        let entries = try await req.enterpriseRegistries.entries()
        let products = try await req.enterpriseRegistries.products()
        let names = try await Self.names(products.map(\.providerID), req)
        let page = EnterpriseHomePage(tiers: TierCriteria.inForce(at: req.services.now()), entries: entries, products: products, names: names)
        return PageRenderer.response(page.render(PageContext(req)))
    }

    // MARK: The enterprise

    static func formYear(_ req: Request) -> Int { BeijingDay(containing: req.services.now()).year - 1 }

    func minePage(_ req: Request, organisation requested: UUID? = nil, values: [String: String]? = nil, errors: [FieldError] = []) async throws -> MyEnterprisePage {
        let person = try req.requirePrincipal().person
        let enterprises = try await req.enterpriseProfiles.enterprises(of: person)
        let year = Self.formYear(req)
        let today = BeijingDay(containing: req.services.now())
        guard let org = enterprises.first(where: { $0.id.rawValue == requested }) ?? enterprises.first else {
            return MyEnterprisePage(data: nil, formYear: year, today: today, values: [:], errors: errors)
        }
        let id = org.id.rawValue
        let profiles = try await req.enterpriseProfiles.profiles(of: id)
        let verified = profiles.first { $0.state == .verified }
        let evaluated = verified.map { ($0, req.enterpriseProfiles.evaluation($0)) }
        var matches: [(match: BenefitMatch, benefit: Benefit)] = []
        for m in try await req.enterpriseBenefits.matches(of: id) { matches.append((m, try await req.enterpriseBenefits.benefit(m.benefitID))) }
        let providers = try await req.enterpriseVouchers.providers()
        let providerNames = try await Self.names(providers.map(\.organisationID), req)
        var finance: [(product: FinanceProduct, results: [CriterionResult], eligible: Bool)] = []
        if let verified { finance = try await req.enterpriseRegistries.matchProducts(ProfileFacts(year: verified.year, figures: verified.figures)) }
        let current = profiles.first { $0.year == year } ?? profiles.first
        let data = MyEnterprisePage.Data(organisation: org, profiles: profiles, evaluated: evaluated, matches: matches,
                                         vouchers: try await req.enterpriseVouchers.vouchers(of: id), redemptions: try await req.enterpriseVouchers.redemptions(of: id),
                                         providers: providers.map { ($0, providerNames[$0.organisationID] ?? "") }, finance: finance)
        let formValues = values ?? current.map { EnterpriseForm.values(year, $0.figures) } ?? ["year": String(year), "district": org.district.rawValue]
        return MyEnterprisePage(data: data, formYear: year, today: today, values: formValues, errors: errors)
    }

    @Sendable func mine(req: Request) async throws -> Response {
        PageRenderer.response(try await minePage(req).render(PageContext(req)))
    }

    @Sendable func saveProfile(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.content.decode([String: String].self)
        let organisation = values["organisation_id"].flatMap(UUID.init(uuidString:))
        do {
            guard let organisation else { throw DomainError.notFound(entity: "enterprise") }
            let org = try await req.organisations.find(Organisation.ID(organisation))
            let (year, figures) = try EnterpriseForm.profile(values, defaultDistrict: org.district)
            let existing = try await req.enterpriseProfiles.profile(of: organisation, year: year)
            _ = try await req.enterpriseProfiles.save(organisation, year: year, figures, expectedVersion: existing?.version, by: person)
            return req.redirect(to: EnterpriseURL.mine, notice: EnterpriseMsg.entSaved)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await minePage(req, organisation: organisation, values: values, errors: errors).render(PageContext(req)),
                                         status: Self.status(error))
        }
    }

    @Sendable func submit(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        do {
            _ = try await req.enterpriseProfiles.submit(try req.idParameter(as: EnterpriseProfile.ID.self), by: person)
            return req.redirect(to: EnterpriseURL.mine, notice: EnterpriseMsg.entSubmitted)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await minePage(req, errors: errors.map { FieldError(field: "year", rule: $0.rule, message: $0.message, basis: $0.basis) })
                .render(PageContext(req)), status: Self.status(error))
        }
    }

    @Sendable func redeem(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.content.decode([String: String].self)
        do {
            guard let voucher = values["voucher"].flatMap(UUID.init(uuidString:)) else {
                throw DomainError.validation([EnterpriseRules.Refusal.notHolder.error])
            }
            let instrument = (values["instrument"] ?? "").trimmingCharacters(in: .whitespaces)
            let input = Vouchers.RedemptionInput(providerID: values["provider"].flatMap(UUID.init(uuidString:)).map { VoucherProvider.ID($0) },
                                                 service: values["service"].flatMap(VoucherService.init(rawValue:)), amountFen: EnterpriseForm.fen(values["amount"]),
                                                 instrumentID: UUID(uuidString: instrument), description: values["description"] ?? "")
            _ = try await req.enterpriseVouchers.redeem(Voucher.ID(voucher), input, by: person)
            return req.redirect(to: EnterpriseURL.mine, notice: EnterpriseMsg.entRedeemed)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await minePage(req, errors: errors).render(PageContext(req)), status: Self.status(error))
        }
    }

    // MARK: The provider

    func providerPage(_ req: Request, errors: [FieldError] = []) async throws -> ProviderPage {
        let person = try req.requirePrincipal().person
        var rows: [Redemption] = []
        for p in try await req.enterpriseVouchers.providers(of: person) { rows += try await req.enterpriseVouchers.redemptions(at: p.id) }
        let names = try await Self.names(rows.map(\.organisationID), req)
        return ProviderPage(redemptions: rows.map { ($0, names[$0.organisationID] ?? "") }, errors: errors)
    }

    @Sendable func provider(req: Request) async throws -> Response {
        PageRenderer.response(try await providerPage(req).render(PageContext(req)))
    }

    @Sendable func claim(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = try req.content.decode([String: String].self)
        do {
            _ = try await req.enterpriseVouchers.claim(try req.idParameter(as: Redemption.ID.self), serviceRecord: values["service_record"] ?? "", by: person)
            return req.redirect(to: EnterpriseURL.provider, notice: EnterpriseMsg.entClaimed)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await providerPage(req, errors: errors).render(PageContext(req)), status: Self.status(error))
        }
    }

    // MARK: The officers' desk

    func officePage(_ req: Request, errors: [FieldError] = []) async throws -> EnterpriseOfficePage {
        let person = try req.requirePrincipal().person
        let awaiting = try await req.enterpriseProfiles.awaitingVerification(by: person)
        let pending = try await req.enterpriseBenefits.pending()
        let claims = try await req.enterpriseVouchers.claimed()
        var providerOrgs: [VoucherProvider.ID: UUID] = [:]
        for p in try await req.enterpriseVouchers.providers() { providerOrgs[p.id] = p.organisationID }
        let names = try await Self.names(awaiting.map(\.organisationID) + pending.map(\.organisationID) + claims.map(\.organisationID)
                                         + Array(providerOrgs.values), req)
        var benefits: [Benefit.ID: Benefit] = [:]
        for b in try await req.enterpriseBenefits.benefits() { benefits[b.id] = b }
        var imported = true
        for doc in CriteriaDocuments.all {
            do { _ = try await req.policies.document(doc.id) } catch DomainError.notFound { imported = false }
        }
        return EnterpriseOfficePage(
            awaiting: awaiting.map { ($0, names[$0.organisationID] ?? "") },
            pending: pending.compactMap { m in benefits[m.benefitID].map { (m, $0, names[m.organisationID] ?? "") } },
            claims: claims.map { ($0, names[$0.organisationID] ?? "", providerOrgs[$0.providerID].flatMap { names[$0] } ?? "") },
            matchingYear: Self.formYear(req), criteriaImported: imported, errors: errors)
    }

    @Sendable func office(req: Request) async throws -> Response {
        PageRenderer.response(try await officePage(req).render(PageContext(req)))
    }

    func officeAction(_ req: Request, notice: EnterpriseMsg, _ body: (Person, [String: String]) async throws -> Void) async throws -> Response {
        let person = try req.requirePrincipal().person
        let values = (try? req.content.decode([String: String].self)) ?? [:]
        do {
            try await body(person, values)
            return req.redirect(to: EnterpriseURL.office, notice: notice)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(try await officePage(req, errors: errors).render(PageContext(req)), status: Self.status(error))
        }
    }

    @Sendable func verify(req: Request) async throws -> Response {
        let approve = ((try? req.content.decode([String: String].self)) ?? [:])["decision"] == "verify"
        return try await officeAction(req, notice: approve ? .entVerified : .entReturned) { person, values in
            _ = try await req.enterpriseProfiles.verify(try req.idParameter(as: EnterpriseProfile.ID.self), approve: approve, note: values["note"] ?? "", by: person)
        }
    }

    @Sendable func runMatching(req: Request) async throws -> Response {
        try await officeAction(req, notice: .entMatched) { person, values in
            _ = try await req.enterpriseBenefits.run(year: values["year"].flatMap { Int($0) } ?? Self.formYear(req), by: person)
        }
    }

    @Sendable func decide(req: Request) async throws -> Response {
        try await officeAction(req, notice: .entDecided) { person, values in
            _ = try await req.enterpriseBenefits.decide(try req.idParameter(as: BenefitMatch.ID.self), confirm: values["decision"] == "confirm",
                                                        note: values["note"] ?? "", by: person)
        }
    }

    @Sendable func settle(req: Request) async throws -> Response {
        try await officeAction(req, notice: .entSettled) { person, _ in
            _ = try await req.enterpriseVouchers.settle(try req.idParameter(as: Redemption.ID.self), by: person)
        }
    }

    @Sendable func importCriteria(req: Request) async throws -> Response {
        try await officeAction(req, notice: .entImported) { person, _ in
            try await CriteriaDocuments.importMissing(into: req.policies, actor: person.auditActor)
        }
    }
}
