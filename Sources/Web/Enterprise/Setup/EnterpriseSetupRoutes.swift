import Enterprise
import Foundation
import Identity
import KechuangCore
import Vapor

/// The officers' set-up pages (Art. 23(3), 25, 26, 37, 51–54): add and change benefits with
/// their conditions, voucher programmes with their caps, registered providers, registry entries
/// and finance products. Who may is `EnterpriseAccess.setsUpProgrammes` (the domain checks it
/// again); every change is audited by the domain with its article.
struct EnterpriseSetupRoutes {
    func register(on app: Application) {
        app.on(.GET, EnterpriseSetupURL.index, action: .runEnterpriseProgrammes, use: index)
        app.on(.GET, EnterpriseSetupURL.new(EnterpriseSetupURL.anyKind), action: .runEnterpriseProgrammes, use: newForm)
        app.on(.POST, EnterpriseSetupURL.new(EnterpriseSetupURL.anyKind), action: .runEnterpriseProgrammes, use: create)
        app.on(.GET, EnterpriseSetupURL.edit(EnterpriseSetupURL.anyKind, SiteURL.anyID), action: .runEnterpriseProgrammes, use: editForm)
        app.on(.POST, EnterpriseSetupURL.edit(EnterpriseSetupURL.anyKind, SiteURL.anyID), action: .runEnterpriseProgrammes, use: update)
    }

    static func kind(_ req: Request) throws -> SetupKind {
        guard let kind = req.parameters.get("kind").flatMap(SetupKind.init(rawValue:)) else { throw Abort(.notFound) }
        return kind
    }

    static func requireSetsUp(_ req: Request) throws -> Person {
        let person = try req.requirePrincipal().person
        guard EnterpriseAccess.setsUpProgrammes(.init(person)) else { throw Abort(.notFound) }
        return person
    }

    @Sendable func index(req: Request) async throws -> Response {
        _ = try Self.requireSetsUp(req)
        let products = try await req.enterpriseRegistries.products()
        let providers = try await req.enterpriseVouchers.allProviders()
        let names = try await EnterpriseRoutes.names(products.map(\.providerID) + providers.map(\.organisationID), req)
        let page = SetupIndexPage(benefits: try await req.enterpriseBenefits.benefits(), programmes: try await req.enterpriseVouchers.programmes(),
                                  providers: providers, entries: try await req.enterpriseRegistries.entries(), products: products, names: names)
        return PageRenderer.response(page.render(PageContext(req)))
    }

    /// The organisation named by its USCC in `organisation_uscc`, or an error on that field.
    static func organisation(_ v: [String: String], _ req: Request, basis: ArticleRef) async throws -> Organisation {
        let uscc = SetupForms.text(v, "organisation_uscc", max: 18).uppercased()
        if !uscc.isEmpty, let org = try await req.organisations.list(search: uscc, limit: 5).first(where: { $0.uscc == uscc }) { return org }
        throw DomainError.validation([FieldError(field: "organisation_uscc", rule: "organisation.uscc", message: LocalizedText(
            zh: "请填写已在平台登记的机构的统一社会信用代码", en: "Enter the unified social credit code of an organisation registered on the platform"), basis: .article(basis))])
    }

    func formPage(_ req: Request, _ kind: SetupKind, id: UUID?, values: [String: String], errors: [FieldError] = []) -> SetupFormPage {
        SetupFormPage(kind: kind, id: id, values: values, errors: errors)
    }

    @Sendable func newForm(req: Request) async throws -> Response {
        _ = try Self.requireSetsUp(req)
        let kind = try Self.kind(req)
        var values: [String: String] = ["year": String(EnterpriseRoutes.formYear(req)), "recognised_year": String(EnterpriseRoutes.formYear(req))]
        if kind == .programmes { values = values.merging(SetupForms.conditionValues(Vouchers.smeEligibility)) { a, _ in a } }
        return PageRenderer.response(formPage(req, kind, id: nil, values: values).render(PageContext(req)))
    }

    @Sendable func editForm(req: Request) async throws -> Response {
        _ = try Self.requireSetsUp(req)
        let kind = try Self.kind(req)
        let id = try req.idParameter()
        return PageRenderer.response(formPage(req, kind, id: id, values: try await stored(kind, id, req)).render(PageContext(req)))
    }

    /// The form's values from what is stored.
    func stored(_ kind: SetupKind, _ id: UUID, _ req: Request) async throws -> [String: String] {
        switch kind {
        case .benefits: return SetupForms.benefitValues(try await req.enterpriseBenefits.benefit(Benefit.ID(id)))
        case .programmes: return SetupForms.programmeValues(try await req.enterpriseVouchers.programme(VoucherProgramme.ID(id)))
        case .providers:
            let p = try await req.enterpriseVouchers.provider(VoucherProvider.ID(id))
            return SetupForms.providerValues(p, uscc: try await req.organisations.find(Organisation.ID(p.organisationID)).uscc)
        case .registries:
            let e = try await req.enterpriseRegistries.entry(RegistryEntry.ID(id))
            return SetupForms.registryValues(e, uscc: try await req.organisations.find(Organisation.ID(e.organisationID)).uscc)
        case .products:
            let p = try await req.enterpriseRegistries.product(FinanceProduct.ID(id))
            return SetupForms.productValues(p, uscc: try await req.organisations.find(Organisation.ID(p.providerID)).uscc)
        }
    }

    @Sendable func create(req: Request) async throws -> Response {
        try await save(req, id: nil)
    }

    @Sendable func update(req: Request) async throws -> Response {
        try await save(req, id: try req.idParameter())
    }

    func save(_ req: Request, id: UUID?) async throws -> Response {
        let person = try Self.requireSetsUp(req)
        let kind = try Self.kind(req)
        let v = try req.content.decode([String: String].self)
        do {
            switch kind {
            case .benefits:
                let (input, active) = try SetupForms.benefit(v)
                if let id { _ = try await req.enterpriseBenefits.update(Benefit.ID(id), input, active: active, by: person) }
                else { _ = try await req.enterpriseBenefits.create(input, by: person) }
            case .programmes:
                let input = try SetupForms.programme(v)
                if let id { _ = try await req.enterpriseVouchers.updateProgramme(VoucherProgramme.ID(id), input, by: person) }
                else { _ = try await req.enterpriseVouchers.createProgramme(input, by: person) }
            case .providers:
                if let id {
                    _ = try await req.enterpriseVouchers.updateProvider(VoucherProvider.ID(id), services: SetupForms.services(v),
                                                                        legalRepresentative: SetupForms.text(v, "legal_representative", max: 100),
                                                                        shareholders: SetupForms.shareholders(v), active: v["active"] == EnterpriseForm.yes, by: person)
                } else {
                    let org = try await Self.organisation(v, req, basis: ArticleRef(23, paragraph: 3))
                    _ = try await req.enterpriseVouchers.registerProvider(org.id.rawValue, services: SetupForms.services(v),
                                                                          legalRepresentative: SetupForms.text(v, "legal_representative", max: 100),
                                                                          shareholders: SetupForms.shareholders(v), by: person)
                }
            case .registries:
                let org = try await Self.organisation(v, req, basis: ArticleRef(23, paragraph: 2))
                if let id {
                    let current = try await req.enterpriseRegistries.entry(RegistryEntry.ID(id))
                    _ = try await req.enterpriseRegistries.updateEntry(RegistryEntry.ID(id), try SetupForms.registry(v, organisationID: org.id.rawValue, members: current.members), by: person)
                } else {
                    _ = try await req.enterpriseRegistries.add(try SetupForms.registry(v, organisationID: org.id.rawValue, members: []), by: person)
                }
            case .products:
                let org = try await Self.organisation(v, req, basis: ArticleRef(53))
                let input = try SetupForms.product(v, providerID: org.id.rawValue)
                if let id { _ = try await req.enterpriseRegistries.updateProduct(FinanceProduct.ID(id), input, by: person) }
                else { _ = try await req.enterpriseRegistries.addProduct(input, by: person) }
            }
            return req.redirect(to: EnterpriseSetupURL.index, notice: EnterpriseMsg.entSetupSaved)
        } catch {
            guard let errors = formErrors(error) else { throw error }
            return PageRenderer.response(formPage(req, kind, id: id, values: v, errors: errors).render(PageContext(req)), status: EnterpriseRoutes.status(error))
        }
    }
}
