import Enterprise
import Foundation
import Identity
import KechuangCore
import Plot

/// `/enterprises`: the tiers and every criterion with its source, the registries with their
/// yearly evaluations, and the S&T finance products. Public.
struct EnterpriseHomePage {
    let tiers: [TierRuleSet]
    let entries: [RegistryEntry]
    let products: [FinanceProduct]
    let names: [UUID: String]

    func render(_ c: PageContext) -> String {
        let colon = EnterpriseText.colon(c)
        return Layout(context: c, title: c(EnterpriseMsg.entHomeTitle), content: .div(
            .h1(.text(c(EnterpriseMsg.entHomeTitle))),
            .p(.text(c(EnterpriseMsg.entHomeIntro))),
            .ul(.if(c.can(.actForEnterprises), .li(.a(.href(EnterpriseURL.mine.path), .text(c(EnterpriseMsg.entMineLink))))),
                .if(c.can(.actForEnterprises), .li(.a(.href(EnterpriseURL.provider.path), .text(c(EnterpriseMsg.entProviderLink))))),
                .if(c.can(.runEnterpriseProgrammes), .li(.a(.href(EnterpriseURL.office.path), .text(c(EnterpriseMsg.entOfficeLink)))))),
            .h2(.id("tiers"), .text(c(EnterpriseMsg.entTiersTitle))),
            .p(.class("hint"), .text(c(EnterpriseMsg.entTiersIntro))),
            .forEach(tiers) { set in
                .group(
                    .h3(.text(c.text(set.tier.label) + Components.parenthesised("\(c(EnterpriseMsg.entVersion)) \(set.version)", c))),
                    .ul(.forEach(set.criteria) { criterion in
                        .li(.text(c.text(criterion.label)), .text(c.language == .zh ? "——" : " — "), EnterpriseText.source(criterion.source, c),
                            .text(Components.parenthesised(EnterpriseText.basis(criterion.basis, c), c)))
                    }),
                    .if(!set.checkedByDistrict.isEmpty, .group(
                        .p(.text(c(EnterpriseMsg.entCheckedByDistrict))),
                        .ul(.forEach(set.checkedByDistrict) { .li(.text(c.text($0))) })))
                )
            },
            .h2(.id("registries"), .text(c(EnterpriseMsg.entRegistriesTitle))),
            .forEach(RegistryKind.allCases) { kind in
                let list = entries.filter { $0.kind == kind }
                return .group(
                    .h3(.text(c.text(kind.label) + Components.parenthesised(EnterpriseText.basis(kind.basis, c), c))),
                    .if(list.isEmpty, .p(.text(c(EnterpriseMsg.entNoEntries))), else: .ul(.forEach(list) { e in
                        .li(Components.localized(zh: e.nameZh, en: e.nameEn, c), .text(colon), Components.zh(e.field, c),
                            .text(EnterpriseText.sep(c) + "\(c(EnterpriseMsg.entRecognised)) \(e.recognisedYear)"),
                            .if(!e.evaluations.isEmpty, .text(EnterpriseText.sep(c) + c(EnterpriseMsg.entEvaluations) + colon
                                + e.evaluations.map { "\($0.year) \(c.text($0.grade.label))" }.joined(separator: c.language == .zh ? "、" : ", "))))
                    }))
                )
            },
            .h2(.id("finance"), .text(c(EnterpriseMsg.entFinanceTitle))),
            .if(products.isEmpty, .p(.text(c(EnterpriseMsg.entNoProducts))), else: .ul(.forEach(products) { p in
                .li(.strong(Components.localized(zh: p.nameZh, en: p.nameEn, c)), .text(" · \(c.text(p.kind.label))"),
                    .text(Components.parenthesised(EnterpriseText.basis(p.kind.basis, c), c)), .text(colon), Components.zh(names[p.providerID] ?? "", c),
                    .text(colon), Components.zh(p.descriptionZh, c))
            }))
        )).render()
    }
}
