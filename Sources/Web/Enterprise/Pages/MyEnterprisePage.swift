import Enterprise
import Foundation
import Identity
import KechuangCore
import Plot

/// `/enterprises/mine`: the enterprise's tier (what it meets, which criterion keeps it from the
/// next tier and by how much), its yearly profile form, the benefits matched for it without an
/// application, its vouchers with the redemption form, and the finance products it qualifies for.
struct MyEnterprisePage {
    struct Data {
        var organisation: Organisation
        var profiles: [EnterpriseProfile]
        var evaluated: (profile: EnterpriseProfile, evaluation: TierEvaluation)?
        var matches: [(match: BenefitMatch, benefit: Benefit)]
        var vouchers: [Voucher]
        var redemptions: [Redemption]
        var providers: [(VoucherProvider, String)]
        var finance: [(product: FinanceProduct, results: [CriterionResult], eligible: Bool)]
    }

    let data: Data?
    let formYear: Int
    let today: BeijingDay
    var values: [String: String]
    var errors: [FieldError] = []

    func render(_ c: PageContext) -> String {
        Layout(context: c, title: c(EnterpriseMsg.entMineTitle), content: .div(
            Components.errorSummary(errors, c),
            .p(.a(.href(EnterpriseURL.home.path), .text(c(EnterpriseMsg.entHomeTitle)))),
            .h1(.text(c(EnterpriseMsg.entMineTitle))),
            .unwrap(data, { d in body(d, c) }, else: .p(.text(c(EnterpriseMsg.entMineNone))))
        )).render()
    }

    func body(_ d: Data, _ c: PageContext) -> Node<HTML.BodyContext> {
        let colon = EnterpriseText.colon(c)
        let current = d.profiles.first { $0.year == formYear }
        let redeemed = Set(d.redemptions.map(\.voucherID))
        let usable = d.vouchers.filter { !redeemed.contains($0.id) && $0.expiresOn >= today }
        return .group(
            .p(.strong(Components.localized(zh: d.organisation.nameZh, en: d.organisation.nameEn, c)), .text(" · USCC \(d.organisation.uscc)")),
            // The tier.
            .h2(.id("tier"), .text(c(EnterpriseMsg.entTierTitle))),
            .unwrap(d.evaluated, { e in
                .group(
                    .p(.text("\(c(EnterpriseMsg.entEvaluatedOn)) \(e.profile.year)")),
                    .p(.class("tier-reached"), .text(c(EnterpriseMsg.entTierReached) + colon),
                       .strong(.text(e.evaluation.reached.map { c.text($0.label) } ?? c(EnterpriseMsg.entTierNone)))),
                    .unwrap(e.evaluation.next) { next in
                        .group(
                            .p(.text(c(EnterpriseMsg.entNextTier) + colon), .strong(.text(c.text(next.label)))),
                            .h3(.text(c(EnterpriseMsg.entMissing))),
                            .ul(.class("missing-criteria"), .forEach(e.evaluation.missing) { EnterpriseText.result($0, c) })
                        )
                    },
                    .h3(.text(c(EnterpriseMsg.entAllTiers))),
                    .forEach(e.evaluation.results) { r in
                        .element(named: "details", nodes: [
                            .element(named: "summary", nodes: [.text(c.text(r.tier.label) + colon + c(r.criteria.allSatisfy(\.met) ? EnterpriseMsg.entMet : .entNotMet))]),
                            .ul(.forEach(r.criteria) { EnterpriseText.result($0, c) }),
                        ])
                    }
                )
            }, else: .p(.text(c(EnterpriseMsg.entTierNone)))),
            // Benefits matched without application.
            .h2(.id("benefits"), .text(c(EnterpriseMsg.entBenefitsTitle))),
            .if(d.matches.isEmpty, .p(.text(c(EnterpriseMsg.entBenefitsNone))), else: .ul(.class("benefits"), .forEach(d.matches) { m in
                .li(.strong(Components.localized(zh: m.benefit.titleZh, en: m.benefit.titleEn, c)), .text(" · \(m.match.year) · \(c.text(m.match.state.label))"),
                    .p(Components.localized(zh: m.benefit.summaryZh, en: m.benefit.summaryEn, c)),
                    .p(.text(c(EnterpriseMsg.entArticle) + colon + EnterpriseText.basis(m.benefit.basis, c)),
                       .if(m.benefit.source != nil, .group(.text(EnterpriseText.sep(c)), EnterpriseText.source(m.benefit.source, c)))),
                    .p(.text(c(EnterpriseMsg.entBenefitReason) + colon)), .ul(.forEach(m.match.reasons) { EnterpriseText.result($0, c) }))
            })),
            // Vouchers.
            .h2(.id("vouchers"), .text(c(EnterpriseMsg.entVouchersTitle) + Components.parenthesised(Components.article(ArticleRef(23, paragraph: 3), c), c))),
            .if(d.vouchers.isEmpty, .p(.text(c(EnterpriseMsg.entVouchersNone))), else: .ul(.forEach(d.vouchers) { v in
                .li(.text("\(c(EnterpriseMsg.entVoucherValue))\(colon)\(EnterpriseText.yuan(v.faceValueFen, c))\(EnterpriseText.sep(c))\(c(EnterpriseMsg.entExpires)) \(v.expiresOn)"),
                    .unwrap(d.redemptions.first { $0.voucherID == v.id }) { r in .text(EnterpriseText.sep(c) + c.text(r.state.label)) })
            })),
            .if(!usable.isEmpty && !d.providers.isEmpty, Components.form(action: EnterpriseURL.redeem.path, c,
                .h3(.text(c(EnterpriseMsg.entRedeem))),
                Components.selectField(name: "voucher", label: c(EnterpriseMsg.entVouchersTitle),
                                       options: usable.map { ($0.id.uuidString.lowercased(), "\(EnterpriseText.yuan($0.faceValueFen, c)) · \(c(EnterpriseMsg.entExpires)) \($0.expiresOn)") },
                                       selected: values["voucher"] ?? usable.first?.id.uuidString.lowercased(), errors: errors, c),
                Components.selectField(name: "provider", label: c(EnterpriseMsg.entProvider), options: d.providers.map { ($0.0.id.uuidString.lowercased(), $0.1) },
                                       selected: values["provider"], errors: errors, c),
                Components.selectField(name: "service", label: c(EnterpriseMsg.entService), options: Components.options(VoucherService.self, \.label, c),
                                       selected: values["service"], errors: errors, c),
                Components.textField(.init(name: "amount", label: c(EnterpriseMsg.entAmount), value: values["amount"] ?? "", width: "width-10"), errors: errors, c),
                Components.textField(.init(name: "instrument", label: c(EnterpriseMsg.entInstrument), hint: c(EnterpriseMsg.entInstrumentHint),
                                           value: values["instrument"] ?? ""), errors: errors, c),
                Components.textField(.init(name: "description", label: c(EnterpriseMsg.entDescription), value: values["description"] ?? ""), errors: errors, c),
                Components.submit(c(EnterpriseMsg.entRedeem)))),
            // Finance products.
            .h2(.id("finance"), .text(c(EnterpriseMsg.entFinanceMatches))),
            .if(d.finance.isEmpty, .p(.text(c(EnterpriseMsg.entNoProducts))), else: .ul(.forEach(d.finance) { f in
                .li(.strong(Components.localized(zh: f.product.nameZh, en: f.product.nameEn, c)),
                    .text(" · \(c.text(f.product.kind.label)) · \(c(f.eligible ? EnterpriseMsg.entEligible : .entNotEligible))"),
                    .ul(.forEach(f.results) { EnterpriseText.result($0, c) }))
            })),
            // The profile.
            .h2(.id("profile"), .text(c(EnterpriseMsg.entProfileTitle))),
            .if(!d.profiles.isEmpty, Components.scrollTable(label: c(EnterpriseMsg.entProfileTitle),
                .thead(.tr(.th(.text(c(EnterpriseMsg.entYear))), .th(.text(c(EnterpriseMsg.entState))), .th(.text(c(EnterpriseMsg.entTierReached))),
                           .th(.text(c(EnterpriseMsg.entReturnedNote))), .th(.text(c(EnterpriseMsg.entSubmit))))),
                .tbody(.forEach(d.profiles) { p in
                    .tr(.td(.text(String(p.year))), .td(.text(c.text(p.state.label))), .td(.text(p.tier.map { c.text($0.label) } ?? "—")),
                        .td(Components.zh(p.note, c)),
                        .td(.if(p.state == .draft || p.state == .returned, Components.form(action: EnterpriseURL.submit(p.id.rawValue).path, c,
                                                                                          Components.submit(c(EnterpriseMsg.entSubmit), secondary: true)))))
                }))),
            .if(current == nil || current?.state == .draft || current?.state == .returned, profileForm(d, c))
        )
    }

    func profileForm(_ d: Data, _ c: PageContext) -> Node<HTML.BodyContext> {
        func field(_ name: String, _ label: EnterpriseMsg, hint: String? = nil) -> Node<HTML.FormContext> {
            Components.textField(.init(name: name, label: c(label), hint: hint, value: values[name] ?? "", width: "width-20"), errors: errors, c)
        }
        let money = c(EnterpriseMsg.entMoneyHint)
        return Components.form(action: EnterpriseURL.saveProfile.path, c,
            .input(.type(.hidden), .name("organisation_id"), .value(d.organisation.id.rawValue.uuidString.lowercased())),
            field("year", .entYear), field("industry_code", .entIndustry, hint: c(EnterpriseMsg.entIndustryHint)),
            Components.selectField(name: "size", label: c(EnterpriseMsg.entSize), options: Components.options(EnterpriseSize.self, \.label, c),
                                   selected: values["size"], errors: errors, c),
            field("staff", .entStaff), field("rd_staff", .entRDStaff), field("revenue", .entRevenue, hint: money), field("rd_spending", .entRDSpending, hint: money),
            field("high_tech_revenue", .entHighTechRevenue, hint: money), field("assets", .entAssets, hint: money), field("class_one_ip", .entClassOneIP),
            field("class_two_ip", .entClassTwoIP), field("founded_year", .entFounded), field("niche_years", .entNiche), field("main_business_percent", .entMainBusiness),
            field("equity_financing", .entEquity, hint: money), field("valuation", .entValuation),
            Components.checkbox(name: "listed", value: EnterpriseForm.yes, label: c(EnterpriseMsg.entListed), checked: values["listed"] == EnterpriseForm.yes),
            Components.selectField(name: "district", label: c(EnterpriseMsg.entDistrict), options: Components.options(District.self, \.label, c),
                                   selected: values["district"] ?? d.organisation.district.rawValue, errors: errors, c),
            field("zone", .entZone), field("legal_representative", .entLegalRep), field("shareholders", .entShareholders, hint: c(EnterpriseMsg.entShareholdersHint)),
            Components.submit(c(EnterpriseMsg.entSave)))
    }
}
