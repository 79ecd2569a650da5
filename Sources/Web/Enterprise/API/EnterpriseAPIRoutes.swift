import Enterprise
import Foundation
import KechuangCore
import Vapor

/// The tiers' criteria, the finance products, an enterprise's evaluation and benefits, the
/// matching run and voucher redemption over the JSON API. Refusals are RFC 9457 problems citing Art. 23(3).
struct EnterpriseAPIRoutes {
    func register(on routes: any RoutesBuilder) {
        routes.on(.GET, EnterpriseAPI.criteria, action: .viewEnterprises, use: criteria)
        routes.on(.GET, EnterpriseAPI.finance, action: .viewEnterprises, use: finance)
        routes.on(.GET, EnterpriseAPI.mine, action: .actForEnterprises, use: mine)
        routes.on(.POST, EnterpriseAPI.matching, action: .runEnterpriseProgrammes, use: matching)
        routes.on(.POST, EnterpriseAPI.redeem(SiteURL.anyID), action: .actForEnterprises, use: redeem)
    }

    @Sendable func criteria(req: Request) async throws -> [TierJSON] {
        TierCriteria.inForce(at: req.services.now()).map(TierJSON.init)
    }

    @Sendable func finance(req: Request) async throws -> [FinanceProductJSON] {
        try await req.enterpriseRegistries.products().map(FinanceProductJSON.init)
    }

    @Sendable func mine(req: Request) async throws -> [EnterpriseStatusJSON] {
        let person = try req.requirePrincipal().person
        var out: [EnterpriseStatusJSON] = []
        for org in try await req.enterpriseProfiles.enterprises(of: person) {
            let profile = try await req.enterpriseProfiles.latestVerified(of: org.id.rawValue)
            let evaluation = profile.map { req.enterpriseProfiles.evaluation($0) }
            var benefits: [MatchJSON] = []
            for m in try await req.enterpriseBenefits.matches(of: org.id.rawValue) { benefits.append(MatchJSON(m, try await req.enterpriseBenefits.benefit(m.benefitID))) }
            out.append(EnterpriseStatusJSON(organisation_id: org.id.rawValue, name_zh: org.nameZh, uscc: org.uscc, year: profile?.year, state: profile?.state.rawValue,
                                            tier: evaluation?.reached?.rawValue, next_tier: evaluation?.next?.rawValue,
                                            missing: evaluation?.missing.map(ResultJSON.init) ?? [], benefits: benefits))
        }
        return out
    }

    @Sendable func matching(req: Request) async throws -> MatchingRunJSON {
        let person = try req.requirePrincipal().person
        let year = (try? req.content.decode(MatchingBody.self))?.year ?? EnterpriseRoutes.formYear(req)
        let report = try await req.enterpriseBenefits.run(year: year, by: person)
        return MatchingRunJSON(year: year, benefits: report.benefits, profiles: report.profiles, new_matches: report.newMatches)
    }

    @Sendable func redeem(req: Request) async throws -> Response {
        let person = try req.requirePrincipal().person
        let body = try req.content.decode(RedemptionBody.self)
        let input = Vouchers.RedemptionInput(providerID: body.provider_id.map { VoucherProvider.ID($0) }, service: body.service.flatMap(VoucherService.init(rawValue:)),
                                             amountFen: body.amount_fen, instrumentID: body.instrument_id, description: body.description ?? "")
        let r = try await req.enterpriseVouchers.redeem(try req.idParameter(as: Voucher.ID.self), input, by: person)
        return try await RedemptionJSON(r).created(at: EnterpriseAPI.mine, for: req)
    }
}
